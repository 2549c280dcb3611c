import { planListQuery } from '@shared/api/plans';
import type { WarningKind } from '@shared/domain/case';
import type { PlanRules } from '@shared/domain/plan';

import { planRules } from '../settings/rulesInForce';
import { getSetting, setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { deriveRows, type DerivedRow } from './planRows';

/**
 * Each plan's summary as the plans list and IP-fremdrift read it (schema v14, plan_summaries),
 * stored with the day the calendar may change it. A change to what a plan is derived from writes
 * its summary again in the change's transaction (derived/refreshDerived.ts); a new day derives
 * again only the rows whose day has come (refreshExpired, before anything reads them).
 */

/** Raise when this version derives a summary differently: every plan is derived again on open. */
export const PLAN_SUMMARY_VERSION = 1;

/** The warnings the list filters on, each one bit of `warning_kinds`. */
export const PLAN_WARNING_KINDS = planListQuery.shape.warning
  .unwrap()
  .options.filter((k): k is Exclude<typeof k, 'any'> => k !== 'any');

/** The bit of `warning_kinds` a warning kind sets. */
export const warningBit = (kind: WarningKind) =>
  1 << PLAN_WARNING_KINDS.indexOf(kind as (typeof PLAN_WARNING_KINDS)[number]);

const summaryParams = (r: DerivedRow, today: string) => ({
  planId: r.planId,
  status: r.status,
  lastEvaluation: r.lastEvaluation,
  goals: r.progress.goals,
  goalsAchieved: r.progress.goalsAchieved,
  measures: r.progress.measures,
  measuresDone: r.progress.measuresDone,
  percent: r.progress.percent,
  coordinatorId: r.coordinatorId,
  meetings: r.meetingsLast12Months,
  warnings: JSON.stringify(r.warnings),
  warningCount: r.warnings.length,
  warningKinds: r.warnings.reduce((bits, w) => bits | warningBit(w.kind), 0),
  measureOverdueDate: (r.warnings.find((w) => w.kind === 'measureOverdue')?.params.date as string) ?? null,
  today,
  validUntil: r.validUntil,
});

/** Derives and stores the summaries of the plans of the cases given (every plan when null). */
export function writePlanSummaries(
  db: Db,
  caseIds: readonly number[] | null,
  today: string,
  rules: PlanRules = planRules(db),
): void {
  const update = db.prepare(
    `UPDATE plan_summaries SET status = @status, last_evaluation = @lastEvaluation, goals = @goals,
       goals_achieved = @goalsAchieved, measures = @measures, measures_done = @measuresDone,
       progress_percent = @percent, coordinator_id = @coordinatorId, meetings_last_year = @meetings,
       warnings = @warnings, warning_count = @warningCount, warning_kinds = @warningKinds,
       measure_overdue_date = @measureOverdueDate, derived_on = @today, valid_until = @validUntil
     WHERE plan_id = @planId`,
  );
  for (const row of deriveRows(db, caseIds, today, rules)) update.run(summaryParams(row, today));
}

/** Above this many rows expired at once, whether they are all of them is worth asking. */
const ALL_AT_ONCE = 500;

const countSummaries = (db: Db) =>
  (db.prepare('SELECT count(*) AS n FROM plan_summaries').get() as { n: number }).n;

const derivedWith = (rules: PlanRules) => `${PLAN_SUMMARY_VERSION}:${JSON.stringify(rules)}`;

/** Every plan derived again: the rules changed, or this version derives differently. */
export function writeAllPlanSummaries(db: Db, today: string): void {
  const rules = planRules(db);
  writePlanSummaries(db, null, today, rules);
  setSetting(db, 'plan.summariesDerivedWith', derivedWith(rules));
}

/**
 * Brings the stored summaries to `today` before they are read: the rows whose valid_until has come
 * (or, with the clock set back, that were derived on a later day) are derived again, found through
 * their indexes; all of them when the rules or this version's derivation differ from what they
 * were stored with. Costs two index probes and a settings read when nothing has expired.
 */
export function refreshExpired(db: Db, today: string): void {
  const rules = planRules(db);
  if (getSetting(db, 'plan.summariesDerivedWith') !== derivedWith(rules)) {
    writeAllPlanSummaries(db, today);
    return;
  }
  const expired = (
    db
      .prepare(
        `SELECT case_id FROM plan_summaries WHERE valid_until <= @today
         UNION SELECT case_id FROM plan_summaries WHERE derived_on > @today`,
      )
      .all({ today }) as { case_id: number }[]
  ).map((r) => r.case_id);
  if (expired.length === 0) return;
  // Every row pending (a register just migrated or loaded): one pass over the tables, no id list.
  const all = expired.length > ALL_AT_ONCE && expired.length === countSummaries(db);
  writePlanSummaries(db, all ? null : expired, today, rules);
}
