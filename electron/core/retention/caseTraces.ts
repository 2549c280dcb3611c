import type { Db } from '../storage/database';

/**
 * What a case leaves outside its own tables: unfinished form input on its pages (any user's
 * draft named by `saker/<id>` or `planer/<id>`, the case page and the plan page), and the import
 * batch's note that it created the case.
 */
export function removeCaseTraces(db: Db, caseId: number): void {
  const draftsOf = (page: string) => [
    `*:${page}/${caseId}`,
    `*:${page}/${caseId}/*`,
    `*:${page}/${caseId}?*`,
  ];
  const remove = db.prepare('DELETE FROM drafts WHERE form GLOB ?');
  for (const pattern of [...draftsOf('saker'), ...draftsOf('planer')]) remove.run(pattern);
  db.prepare("DELETE FROM import_records WHERE kind = 'case' AND record_id = ?").run(caseId);
}
