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

  /** The chain from the first row, and the newest rows against the head kept outside the database. */
  'audit.verify': (ctx) => {
    const { db, keyFile } = session(ctx);
    const chain = verifyAudit(db);
    const anchor = storedAnchorFinding(db) ?? compareWithAnchor(db, keyFile.anchor);
    return { ...chain, ok: chain.ok && !anchor, anchor };
  },
};
