import { audit, inTransaction, session, type FeatureHandlers } from '../context';
import { listAudit, verifyAudit } from './auditLog';

export const auditHandlers: FeatureHandlers<'audit'> = {
  // Looking at the log is itself logged: it shows who looked at whose records.
  'audit.list': (ctx, input) =>
    inTransaction(ctx, (db) => {
      audit(ctx, { action: 'list', entity: 'audit' });
      return listAudit(db, input);
    }),

  'audit.verify': (ctx) => verifyAudit(session(ctx).db),
};
