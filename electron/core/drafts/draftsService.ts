import type { Draft } from '@shared/api/drafts';

import { session, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import type { Db } from '../storage/database';

/** The case a draft's page belongs to (`saker/<id>`, `planer/<id>`), if any. */
const CASE_PAGE = /:(?:saker|planer)\/(\d+)(?:[/?]|$)/;

/** A draft on an anonymised case's page would keep typed text the retention step never removes. */
function checkDraftCase(db: Db, form: string): void {
  const caseId = CASE_PAGE.exec(form)?.[1];
  if (caseId === undefined) return;
  const row = db.prepare('SELECT anonymised_at FROM cases WHERE id = ?').get(Number(caseId)) as
    { anonymised_at: string | null } | undefined;
  if (row?.anonymised_at) throw new CoreError('CASE_ANONYMISED');
}

/**
 * Drafts are the user's own unfinished typing, read back only by them: saving one is not logged
 * (it happens every few seconds while typing); the case it becomes is, when it is registered.
 */
export const draftsHandlers: FeatureHandlers<'drafts'> = {
  'drafts.get': (ctx, input) => {
    const { db, user } = session(ctx);
    const row = db
      .prepare('SELECT data, saved_at FROM drafts WHERE user_id = ? AND form = ?')
      .get(user.id, input.form) as { data: string; saved_at: string } | undefined;
    return row
      ? ({ data: JSON.parse(row.data) as Draft['data'], savedAt: row.saved_at } satisfies Draft)
      : null;
  },

  'drafts.save': (ctx, input) => {
    const { db, user } = session(ctx);
    checkDraftCase(db, input.form);
    const savedAt = ctx.config.now().toISOString();
    db.prepare(
      `INSERT INTO drafts (user_id, form, data, saved_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id, form) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
    ).run(user.id, input.form, JSON.stringify(input.data), savedAt);
    return { savedAt };
  },

  'drafts.discard': (ctx, input) => {
    const { db, user } = session(ctx);
    db.prepare('DELETE FROM drafts WHERE user_id = ? AND form = ?').run(user.id, input.form);
    return null;
  },
};
