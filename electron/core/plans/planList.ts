import type { PlanList, PlanListQuery, PlanListRow } from '@shared/api/plans';
import { planStatuses, type PlanStatus } from '@shared/domain/plan';

import { searchClause } from '../cases/caseList';
import type { Db } from '../storage/database';
import { refreshExpired, warningBit } from './planSummaries';

type Query = Required<Omit<PlanListQuery, 'status' | 'warning'>> & Pick<PlanListQuery, 'status' | 'warning'>;

/**
 * The plans list read from the stored summaries (plan_summaries, schema v14) with SQL: filtered,
 * counted per status, sorted and paged there, so a first call of a day derives only the plans whose
 * summary the calendar has changed (planSummaries.ts), and a keystroke derives nothing.
 */

const STATUS_ORDER = `CASE s.status ${planStatuses.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const RUNNING: readonly PlanStatus[] = ['notStarted', 'inProgress', 'active', 'forEvaluation'];

/** Each order; rows with nothing to sort on come last in either direction, then by case number. */
const ORDER: Record<Query['sort'], (dir: string) => string> = {
  caseNumber: (dir) => `c.case_number ${dir}`,
  personName: (dir) => `pe.sort_name ${dir}, c.case_number ${dir}`,
  status: (dir) => `${STATUS_ORDER} ${dir}, c.case_number ${dir}`,
  nextRevisionDate: (dir) =>
    `p.next_revision_date IS NULL, p.next_revision_date ${dir}, c.case_number ${dir}`,
  progress: (dir) => `s.progress_percent IS NULL, s.progress_percent ${dir}, c.case_number ${dir}`,
  warnings: (dir) => `s.warning_count ${dir}, c.case_number ${dir}`,
};

/** What a row of the list is read from: the summary, the plan's own dates, case, person, coordinator. */
export const PLAN_ROWS_FROM = `plan_summaries s JOIN plans p ON p.id = s.plan_id
  JOIN cases c ON c.id = s.case_id JOIN persons pe ON pe.id = c.person_id`;

interface StoredRow {
  case_id: number;
  case_number: string;
  person_id: number;
  person_name: string;
  status: PlanStatus;
  tool: PlanListRow['tool'];
  period_start: string | null;
  period_end: string | null;
  next_revision_date: string | null;
  last_evaluation: string | null;
  goals: number;
  goals_achieved: number;
  measures: number;
  measures_done: number;
  progress_percent: number | null;
  coordinator_name: string | null;
  warnings: string;
}

const ROW_SELECT = `SELECT s.case_id, c.case_number, c.person_id, pe.name AS person_name, s.status, p.tool,
  p.period_start, p.period_end, p.next_revision_date, s.last_evaluation, s.goals, s.goals_achieved,
  s.measures, s.measures_done, s.progress_percent, k.name AS coordinator_name, s.warnings
  FROM ${PLAN_ROWS_FROM} LEFT JOIN coordinators k ON k.id = s.coordinator_id`;

const toRow = (r: StoredRow): PlanListRow => ({
  caseId: r.case_id,
  caseNumber: r.case_number,
  personId: r.person_id,
  personName: r.person_name,
  status: r.status,
  tool: r.tool,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  nextRevisionDate: r.next_revision_date,
  lastEvaluation: r.last_evaluation,
  progress: {
    goals: r.goals,
    goalsAchieved: r.goals_achieved,
    measures: r.measures,
    measuresDone: r.measures_done,
    percent: r.progress_percent,
  },
  coordinatorName: r.coordinator_name,
  warnings: JSON.parse(r.warnings) as PlanListRow['warnings'],
});

/** The rows of the plans of the cases named, sorted as the list sorts (by next revision date when not said). */
export function storedPlanRows(db: Db, where: string, params: object, order = ORDER.nextRevisionDate('ASC')) {
  return (db.prepare(`${ROW_SELECT} WHERE ${where} ORDER BY ${order}`).all(params) as StoredRow[]).map(toRow);
}

/** Open cases with a granted IP right and no plan yet; the WHERE matches index cases_ip_granted_open. */
function countToStart(db: Db): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM cases c
         WHERE c.status <> 'closed' AND c.rights_granted LIKE '%"individuellPlan"%'
           AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.case_id = c.id)`,
      )
      .get() as { n: number }
  ).n;
}

/** The plans list: the stored rows brought to today, filtered, counted, sorted, paged. */
export function listPlans(db: Db, q: Query, today: string): PlanList {
  refreshExpired(db, today);
  const params: Record<string, string> = {};
  const search = searchClause(q.q, params);
  const where = [...search];
  if (q.warning === 'any') where.push('s.warning_count > 0');
  else if (q.warning) where.push(`(s.warning_kinds & ${warningBit(q.warning)}) <> 0`);
  const matching = where.length > 0 ? where.join(' AND ') : '1';

  const statusCounts = Object.fromEntries(planStatuses.map((s) => [s, 0])) as Record<PlanStatus, number>;
  // Without a search the counts need no join: one pass over the summaries.
  const counted = search.length === 0 ? 'plan_summaries s' : PLAN_ROWS_FROM;
  for (const r of db
    .prepare(`SELECT s.status, count(*) AS n FROM ${counted} WHERE ${matching} GROUP BY s.status`)
    .all(params) as { status: PlanStatus; n: number }[])
    statusCounts[r.status] = r.n;

  const statuses: readonly PlanStatus[] =
    q.status === 'running' ? RUNNING : q.status ? [q.status] : planStatuses;
  const total = statuses.reduce((n, s) => n + statusCounts[s], 0);
  const inStatus = q.status ? `s.status IN (${statuses.map((s) => `'${s}'`).join(', ')})` : '1';
  // The page is found on ids first (the sort reads narrow rows); only its rows are read in full.
  const from =
    search.length > 0 || q.sort === 'personName'
      ? PLAN_ROWS_FROM
      : 'plan_summaries s JOIN plans p ON p.id = s.plan_id JOIN cases c ON c.id = s.case_id';
  const page = db
    .prepare(
      `SELECT s.case_id FROM ${from} WHERE ${matching} AND ${inStatus}
       ORDER BY ${ORDER[q.sort](q.desc ? 'DESC' : 'ASC')} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.limit, offset: q.offset }) as { case_id: number }[];
  const byCase = new Map(
    storedPlanRows(db, 's.case_id IN (SELECT value FROM json_each(@ids))', {
      ids: JSON.stringify(page.map((r) => r.case_id)),
    }).map((r) => [r.caseId, r]),
  );
  const rows = page.map((r) => byCase.get(r.case_id)!);
  const all = (db.prepare('SELECT count(*) AS n FROM plans').get() as { n: number }).n;
  return { rows, total, all, statusCounts, toStart: countToStart(db) };
}
