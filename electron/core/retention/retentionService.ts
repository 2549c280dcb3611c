import { personsShown } from '../audit/auditLog';
import { audit, inTransaction, session, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { retentionRules } from '../settings/rulesInForce';
import { setSetting } from '../settings/settingsRepo';
import { anonymiseCases } from './anonymiseCases';
import { deleteCases } from './deleteCases';
import { expiredCases } from './expiredCases';
import { markPurgePending, withSecureDelete } from './purge';

/**
 * Innstillinger → Sletting. Reading the list shows names, so it is logged naming the persons;
 * the one step that anonymises or deletes is checked again in its own transaction (a case
 * reopened or changed since the list was read is refused, and nothing happens), logged with counts
 * only, and followed by a vacuum so the removed bytes leave the file (if that fails, the result
 * says so and the register tries again when it next opens).
 */
export const retentionHandlers: FeatureHandlers<'retention'> = {
  'retention.settings': (ctx) => retentionRules(session(ctx).db),

  'retention.updateSettings': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const before = retentionRules(db);
      setSetting(db, 'retention.rules', input);
      const changed = (['years', 'action'] as const).filter((f) => before[f] !== input[f]);
      if (changed.length)
        audit(ctx, { action: 'update', entity: 'settings', fields: changed.map((f) => `retention.${f}`) });
      return retentionRules(db);
    }),

  'retention.expired': (ctx) =>
    inTransaction(ctx, (db) => {
      const today = ctx.today();
      const settings = retentionRules(db);
      const found = expiredCases(db, today, settings.years);
      audit(ctx, { action: 'list', entity: 'case', fields: personsShown(found.map((c) => c.personId)) });
      return { today, settings, cases: found.map(({ personId: _, ...c }) => c) };
    }),

  'retention.apply': (ctx, input) => {
    const { db } = session(ctx);
    const settings = retentionRules(db);
    if (input.action !== settings.action)
      throw new CoreError('VALIDATION', { action: 'retention.validation.actionChanged' });
    const at = ctx.config.now().toISOString();
    const { result, cleanupPending } = withSecureDelete(db, () =>
      inTransaction(ctx, (tx) => {
        const found = expiredCases(tx, ctx.today(), settings.years, input.caseIds);
        if (found.length !== input.caseIds.length) throw new CoreError('RETENTION_NOT_EXPIRED');
        if (!input.confirmWithoutArchiveCopy && found.some((c) => c.archiveCopyAt === null))
          throw new CoreError('VALIDATION', {
            confirmWithoutArchiveCopy: 'retention.validation.archiveCopyMissing',
          });
        const persons =
          input.action === 'anonymise' ? anonymiseCases(tx, found, at, ctx.today()) : deleteCases(tx, found);
        markPurgePending(tx);
        // Counts only: never a name, an id of what is gone, or any removed value.
        audit(ctx, {
          action: input.action,
          entity: 'case',
          fields: [`cases:${found.length}`, `persons:${persons}`],
        });
        return { action: input.action, cases: found.length, persons };
      }),
    );
    return { ...result, cleanupPending };
  },
};
