import { markSummariesCurrent, refreshSummary } from '../cases/caseDetail';
import { writeAllPlanSummaries, writePlanSummaries } from '../plans/planSummaries';
import { caseRules } from '../settings/rulesInForce';
import type { Db } from '../storage/database';

/**
 * What is stored as derived from a case's records, written again after every change to them in
 * the change's own transaction: the case's summary (the list's and the dashboards' columns) and,
 * when the case has one, its plan's summary. Every write path that feeds a case's or a plan's
 * derived state (steps, appointments, plan parts, persons, letters that record a step) ends here.
 * `today` is the office's day: what depends on the calendar is stored with the date it expires.
 */
export function refreshDerived(db: Db, caseId: number, today: string): void {
  refreshSummary(db, caseId);
  writePlanSummaries(db, [caseId], today);
}

/** Every case of a person (a change to the person feeds each of them). */
export function refreshDerivedOfPerson(db: Db, personId: number, today: string): void {
  for (const { id } of db.prepare('SELECT id FROM cases WHERE person_id = ?').all(personId) as {
    id: number;
  }[])
    refreshDerived(db, id, today);
}

/**
 * Every case, then every plan in one pass: after a bulk write (a register loaded from its export)
 * that went round the writers. Both are marked as derived with the rules in force, so the next
 * read derives nothing again.
 */
export function refreshDerivedOfAll(db: Db, today: string): void {
  const rules = caseRules(db);
  for (const { id } of db.prepare('SELECT id FROM cases').all() as { id: number }[])
    refreshSummary(db, id, rules);
  markSummariesCurrent(db);
  writeAllPlanSummaries(db, today);
}
