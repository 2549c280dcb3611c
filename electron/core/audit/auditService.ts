import { backupAnchors } from '../backup/backupService';
import { audit, inTransaction, session, type FeatureHandlers } from '../context';
import { compareWithAnchor, storedAnchorFinding } from './auditAnchor';
import { listAudit, verifyAudit } from './auditLog';

export const auditHandlers: FeatureHandlers<'audit'> = {
  // Looking at the log is itself logged: it shows who looked at whose records.
  'audit.list': (ctx, input) =>
    inTransaction(ctx, (db) => {
      audit(ctx, { action: 'list', entity: 'audit' });
      return listAudit(db, input);
    }),

  /**
   * The chain from the first row, and the newest rows against the heads kept outside the
   * database: the key file's and the newest backups' manifests.
   */
  'audit.verify': (ctx) => {
    const { db, keyFile } = session(ctx);
    const chain = verifyAudit(db);
    const anchors = [keyFile.anchor, ...backupAnchors(ctx)];
    const anchor =
      storedAnchorFinding(db) ?? anchors.map((a) => compareWithAnchor(db, a)).find((f) => f !== null) ?? null;
    return { ...chain, ok: chain.ok && !anchor, anchor };
  },
};
