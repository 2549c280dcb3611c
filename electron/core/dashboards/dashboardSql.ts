import type { DashboardKey } from '@shared/api/dashboards';
import type { WarningKind } from '@shared/domain/case';

import { ALL_FACTS_SQL } from '../coordinators/coordinatorFacts';
import { LIST_COORDINATORS } from '../coordinators/coordinatorsRepo';
import { warningBit } from '../plans/planSummaries';
import { countByCaseSql, countSql } from './figures';

/**
 * Every SQL statement the dashboards run, as text, so the benchmark can run the very same SQL on
 * an unencrypted copy. Parameters (all ISO dates unless said otherwise):
 * - `@today`: the office's today. `@soon`: today and the due-soon days (interim replies).
 * - `@from`, `@to`: the period (changes and plans).
 * - `@bornFrom`, `@bornTo`: a range of birth dates a little wider than the rule (the exact test
 *   is made in code with the calendar's own birthday rules).
 * - `@untrained`: JSON array of coordinator ids whose training is not valid.
 * - `@unit`: a service unit id (number). `@figure`: a figure key. `@ids`: JSON array of case ids.
 * - `@windowStart`: twelve months before today (meetings are counted after it, up to today).
 *
 * What the case page derives per case for a figure (the interim reply owed behind an age-18
 * deadline, the appeals' warnings, participation, the days without a coordinator) is stored on
 * the case with its summary (shared/domain/caseFigures.ts, schema v15), so these count it.
 */

/** An appointment running today or starting later (the end is the handover day). */
const RUNNING = (a: string) => `(${a}.end_date IS NULL OR ${a}.end_date > @today)`;

/**
 * The appointment holding an open case: the running one that started first, which is the one
 * started by today when there is one (a person never has two at once), else the first planned.
 */
export const HOLDER = `${RUNNING('a')} AND NOT EXISTS (
    SELECT 1 FROM appointments b WHERE b.case_id = a.case_id AND ${RUNNING('b')}
      AND (b.start_date < a.start_date OR (b.start_date = a.start_date AND b.id < a.id)))`;

/**
 * A started appointment the case page calls current (coordinationOverview): the running one
 * started by today that started last; a successor planned for later does not take its place.
 * Its coordinator's training is warned about.
 */
const CURRENT = `${RUNNING('a')} AND a.start_date <= @today AND NOT EXISTS (
    SELECT 1 FROM appointments b WHERE b.case_id = a.case_id AND ${RUNNING('b')} AND b.start_date <= @today
      AND (b.start_date > a.start_date OR (b.start_date = a.start_date AND b.id > a.id)))`;

// ---- Frister ----

/**
 * Interim replies owed on open cases (the stored due date, also behind an earlier age-18
 * deadline), by the states of stateByToday: passed is overdue, by `@soon` (today and the due-soon
 * days) due soon.
 */
export const INTERIM_REPLIES = {
  from: 'cases c',
  where: "c.interim_reply_due IS NOT NULL AND c.status <> 'closed'",
  bucket: `CASE WHEN c.interim_reply_due < @today THEN 'overdue' WHEN c.interim_reply_due <= @soon THEN 'dueSoon'
    ELSE 'later' END`,
  detail: 'c.interim_reply_due',
  order: 'c.interim_reply_due, c.id',
};

/** Days since receipt (julianday of two dates differs by whole days). */
const DAYS_WAITING = 'CAST(julianday(@today) - julianday(c.received_date) AS INTEGER)';

/** Pending decisions: the team meeting's cases (undecidedCaseIds), bucketed by days waiting. */
export const PENDING_DECISIONS = {
  from: 'cases c',
  where: "c.status IN ('received', 'inProgress')",
  bucket: `CASE WHEN ${DAYS_WAITING} <= 30 THEN 'days0to30' WHEN ${DAYS_WAITING} <= 60 THEN 'days31to60'
    WHEN ${DAYS_WAITING} <= 90 THEN 'days61to90' ELSE 'over90' END`,
  detail: DAYS_WAITING,
  order: 'c.received_date, c.case_number',
};

/** Appeal deadlines running: the case list's filter `appealRunning`. */
export const APPEAL_RUNNING = {
  from: 'cases c',
  where: 'c.appeal_deadline >= @today',
  bucket: "'deadlineRunning'",
  detail: 'c.appeal_deadline',
  order: 'c.appeal_deadline, c.case_number',
};

/**
 * Cases with an appeal the municipality has not finished, by the case page's warnings
 * (appealAwaitingReassessment, appealNotForwarded; a closed case keeps its appeals), with the
 * earliest receipt of an appeal in that state.
 */
const appealsIn = (column: string, figure: string) => ({
  from: 'cases c',
  where: `c.${column} IS NOT NULL`,
  bucket: `'${figure}'`,
  detail: `c.${column}`,
  order: `c.${column}, c.id`,
});
export const APPEALS_AWAITING = appealsIn('appeal_awaiting_since', 'awaitingReassessment');
export const APPEALS_NOT_FORWARDED = appealsIn('appeal_not_forwarded_since', 'notForwarded');

/**
 * Open cases of persons born in the range (turning 18 soon, or in the participation ages), with
 * whether the child took part in a mapping (heard).
 */
export const BORN_BETWEEN = `
  SELECT c.id, p.birth_date AS birthDate, c.child_heard AS heard FROM persons p
  CROSS JOIN cases c ON c.person_id = p.id
  WHERE p.birth_date BETWEEN @bornFrom AND @bornTo AND c.status <> 'closed'`;

// ---- Opplæringsstatus ----

/** Open cases whose current coordinator has started and is among `@untrained`. */
export const UNTRAINED_CASES = `
  SELECT a.case_id AS caseId, a.coordinator_id AS coordinatorId FROM appointments a
  JOIN cases c ON c.id = a.case_id
  WHERE c.status <> 'closed' AND a.coordinator_id IN (SELECT value FROM json_each(@untrained)) AND ${CURRENT}`;

export const NEXT_SESSIONS = `
  SELECT s.id, s.date, k.name AS courseName,
    (SELECT count(*) FROM training_completions t WHERE t.session_id = s.id) AS attendees
  FROM training_sessions s JOIN courses k ON k.id = s.course_id
  WHERE s.date >= @today ORDER BY s.date, s.id LIMIT 5`;

// ---- Saksfordeling ----

/** Days since a case was left without a coordinator (the grant, or the last end after it). */
const DAYS_WITHOUT = 'CAST(julianday(@today) - julianday(c.no_coordinator_since) AS INTEGER)';

/**
 * Cases granted a coordinator right with nobody running or planned (every appointment ended by
 * today; a closed case has no right granted), by the days without: the stored withoutCoordinator facts.
 */
export const WITHOUT_COORDINATOR = {
  from: 'cases c',
  where:
    'c.no_coordinator_since IS NOT NULL AND (c.no_coordinator_from IS NULL OR c.no_coordinator_from <= @today)',
  bucket: `CASE WHEN ${DAYS_WITHOUT} <= 14 THEN 'days0to14' WHEN ${DAYS_WITHOUT} <= 30 THEN 'days15to30'
    WHEN ${DAYS_WITHOUT} <= 90 THEN 'days31to90' ELSE 'over90' END`,
  detail: DAYS_WITHOUT,
  order: 'c.no_coordinator_since, c.id',
};

/**
 * Running appointments that hold no case, because an earlier running one on the same open case
 * holds it (a successor planned behind a coordinator who ends ahead), per coordinator. Cases per
 * unit are the caseloads of its coordinators less these.
 */
export const PLANNED_BEHIND = `
  SELECT n.coordinator_id AS id, count(DISTINCT n.id) AS n
  FROM (SELECT a.id, a.case_id, a.end_date FROM appointments a WHERE a.end_date > @today) AS e
  CROSS JOIN cases c ON c.id = e.case_id
  CROSS JOIN appointments n ON n.case_id = e.case_id AND n.start_date >= e.end_date AND n.id <> e.id
  WHERE c.status <> 'closed'
  GROUP BY n.coordinator_id`;

/** The open cases held by a coordinator of the unit (the list behind a unit's figure). */
export const CASES_OF_UNIT = `
  SELECT c.id AS id, NULL AS detail FROM appointments a JOIN cases c ON c.id = a.case_id
  JOIN coordinators k ON k.id = a.coordinator_id
  WHERE k.service_unit_id = @unit AND c.status <> 'closed' AND ${HOLDER} ORDER BY c.case_number`;

export const UNIT_EXISTS = 'SELECT 1 FROM service_units WHERE id = @unit';

// ---- Koordinatorbytter ----

/**
 * Changes in the period: appointments ended in it for a reason other than the case closing, with
 * the appointment that came next on the case (the family and partners are told of a change on it).
 */
export const CHANGES = `
  SELECT a.id, a.case_id AS caseId, a.end_date AS endDate, a.end_reason AS reason, c.closed_date AS closedDate,
    n.start_date AS nextStart, n.family_notified_date AS familyNotified, n.partners_notified_date AS partnersNotified
  FROM appointments a JOIN cases c ON c.id = a.case_id
  LEFT JOIN appointments n ON n.id = (
    SELECT b.id FROM appointments b WHERE b.case_id = a.case_id AND b.id <> a.id AND b.start_date >= a.end_date
    ORDER BY b.start_date, b.id LIMIT 1)
  WHERE a.end_date BETWEEN @from AND @to AND a.end_reason <> 'caseClosed'`;

// ---- IP-fremdrift ----

/** Goals achieved in the period; counted on the partial index plan_goals_achieved (schema v14) alone. */
export const GOALS_ACHIEVED = {
  from: 'plan_goals g JOIN plans p ON p.id = g.plan_id JOIN cases c ON c.id = p.case_id',
  countFrom: 'plan_goals g',
  where: "g.status = 'achieved' AND g.achieved_date BETWEEN @from AND @to",
  bucket: "'achievedInPeriod'",
  detail: 'g.achieved_date',
  order: 'g.achieved_date DESC, c.case_number',
};

/**
 * The plans' stored summaries (plan_summaries, schema v14: the plans list's own rows, brought to
 * today by plans/planSummaries.ts refreshExpired before these run). A list joins the plan and the
 * case; a count reads the summaries alone, through an index that holds what it counts.
 */
const PLANS = 'plan_summaries s JOIN plans p ON p.id = s.plan_id JOIN cases c ON c.id = s.case_id';
const SUMMARIES = { from: PLANS, countFrom: 'plan_summaries s' };
/** The plans list's default order: by next revision date (none last), then case number. */
const BY_REVISION = 'p.next_revision_date IS NULL, p.next_revision_date, c.case_number';
const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
/** Being written or in force: their goals are the open ones worked on. */
const RUNNING_PLANS = inList(['inProgress', 'active', 'forEvaluation']);
/** In force: the plans the yearly minimum of meetings applies to. */
const PLANS_IN_FORCE = inList(['active', 'forEvaluation']);
/** Plans with the warning (the partial index on warning_kinds holds the plans with any). */
const hasWarning = (kind: WarningKind) =>
  `s.warning_kinds <> 0 AND (s.warning_kinds & ${warningBit(kind)}) <> 0`;

export const PLAN_STATUS = {
  ...SUMMARIES,
  where: '1',
  bucket: 's.status',
  detail: 'p.next_revision_date',
  order: BY_REVISION,
};

/** A plan may have several warnings, so each figure is its own definition. */
const planWarning = (figure: string, kind: WarningKind, detail: string, order: string) => ({
  ...SUMMARIES,
  where: hasWarning(kind),
  bucket: `'${figure}'`,
  detail,
  order,
});

export const PLAN_OVERDUE = {
  revisionOverdue: planWarning('revisionOverdue', 'revisionOverdue', 'p.next_revision_date', BY_REVISION),
  evaluationOverdue: planWarning(
    'evaluationOverdue',
    'evaluationOverdue',
    'p.next_revision_date',
    BY_REVISION,
  ),
  // The earliest overdue measure's due date; the longest overdue first.
  measureOverdue: planWarning(
    'measureOverdue',
    'measureOverdue',
    's.measure_overdue_date',
    's.measure_overdue_date, c.id',
  ),
  planWithoutCoordinator: planWarning(
    'planWithoutCoordinator',
    'planWithoutCoordinator',
    's.status',
    BY_REVISION,
  ),
};

/** Open goals in running plans: goals counted less goals achieved (exactly those not started or in progress). */
export const PLAN_OPEN_GOALS_COUNT = `
  SELECT coalesce(sum(s.goals - s.goals_achieved), 0) AS n FROM plan_summaries s
  WHERE s.status IN (${RUNNING_PLANS})`;

/** The open goals themselves, one row per goal, by target date. */
export const PLAN_OPEN_GOALS = `
  SELECT p.case_id AS id, g.target_date AS detail FROM plan_goals g JOIN plans p ON p.id = g.plan_id
  JOIN plan_summaries s ON s.plan_id = p.id JOIN cases c ON c.id = p.case_id
  WHERE g.status IN ('notStarted', 'inProgress') AND s.status IN (${RUNNING_PLANS})
  ORDER BY g.target_date IS NULL, g.target_date, c.case_number, g.position`;

/** The fewMeetings warning among plans in force; the list shows the meetings of the last year, fewest first. */
export const PLAN_MEETINGS = {
  ...SUMMARIES,
  where: `s.status IN (${PLANS_IN_FORCE})`,
  bucket: `CASE WHEN (s.warning_kinds & ${warningBit('fewMeetings')}) <> 0 THEN 'belowMinimum' ELSE 'meetsMinimum' END`,
  detail: 's.meetings_last_year',
  order: 's.meetings_last_year, c.id',
};

// ---- The rows of a list ----

export const CASE_ROWS = `
  SELECT c.id, c.case_number AS caseNumber, c.person_id AS personId, p.name AS personName, c.status
  FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id IN (SELECT value FROM json_each(@ids))`;

export const HOLDER_NAMES = `
  SELECT a.case_id AS caseId, k.name FROM appointments a JOIN coordinators k ON k.id = a.coordinator_id
  WHERE a.case_id IN (SELECT value FROM json_each(@ids)) AND ${HOLDER}`;

/**
 * What `dashboards.get` runs per dashboard when it counts every group, for the benchmark: training
 * and assignments read the pool (coordinators/coordinatorsRepo.ts, coordinatorFacts.ts, as
 * coordinators.list does); plans first brings the plans' stored summaries to today (refreshExpired,
 * plans/planSummaries.ts). PLAN_OPEN_GOALS, CASES_OF_UNIT and the list statements of the SQL groups
 * run only for `dashboards.figure`. Each group is kept until a change
 * of a kind it is counted from (dashboardFeeds.ts): to time the counting, change such a record
 * between calls.
 */
const POOL_SQL = [LIST_COORDINATORS, ...ALL_FACTS_SQL];
/**
 * A group keyed by case is counted case by case (each case's part is kept: dashboardCache.ts);
 * after changes that named their case only those are read, the same text restricted to `@ids`.
 */
const byCase = (d: Parameters<typeof countByCaseSql>[0]) => countByCaseSql(d, false);

export const DASHBOARD_SQL: Record<DashboardKey, readonly string[]> = {
  deadlines: [
    byCase(INTERIM_REPLIES),
    byCase(PENDING_DECISIONS),
    byCase(APPEAL_RUNNING),
    byCase(APPEALS_AWAITING),
    byCase(APPEALS_NOT_FORWARDED),
    BORN_BETWEEN,
  ],
  training: [...POOL_SQL, UNTRAINED_CASES, NEXT_SESSIONS],
  assignments: [...POOL_SQL, byCase(WITHOUT_COORDINATOR), PLANNED_BEHIND],
  changes: [CHANGES],
  plans: [
    countSql(PLAN_STATUS),
    ...Object.values(PLAN_OVERDUE).map(countSql),
    PLAN_OPEN_GOALS_COUNT,
    countSql(GOALS_ACHIEVED),
    countSql(PLAN_MEETINGS),
  ],
};
