import type { dashboardGroups } from '../../../shared/api/dashboards';
import type { WarningKind } from '../../../shared/domain/case';
import type { PlanStatus } from '../../../shared/domain/plan';
import { PLAN_ROWS_FROM } from '../plans/planList';
import { refreshExpired, warningBit } from '../plans/planSummaries';
import { GOALS_ACHIEVED } from './dashboardSql';
import { combined, sqlGroup, type Env, type GroupSpec, type Member, type SqlGroupDef } from './figures';

/**
 * IP-fremdrift: counted in SQL over the plans' stored summaries (plan_summaries, schema v14, the
 * plans list's own rows), each figure and its list from one definition (figures.ts sqlGroup). The
 * summaries are brought to today first (planSummaries.ts refreshExpired).
 */

/** The summaries brought to today before a group counts or lists. */
function fresh(spec: GroupSpec): GroupSpec {
  return {
    ...spec,
    counts: (env) => (refreshExpired(env.db, env.today), spec.counts(env)),
    members: (env, figure) => (refreshExpired(env.db, env.today), spec.members(env, figure)),
  };
}

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const hasWarning = (kind: WarningKind) => `(s.warning_kinds & ${warningBit(kind)}) <> 0`;
const noParams = () => ({});

/** The plans list's default order: by next revision date (none last), then case number. */
const BY_REVISION = 'p.next_revision_date IS NULL, p.next_revision_date, c.case_number';

const status = sqlGroup('revisionDate', {
  from: PLAN_ROWS_FROM,
  where: '1',
  bucket: 's.status',
  detail: 'p.next_revision_date',
  order: BY_REVISION,
  params: noParams,
});

/** Plans with one warning: a plan may have several, so each figure is its own definition. */
const withWarning = (
  key: (typeof dashboardGroups.plans.overdue)[number],
  kind: WarningKind,
  def: Pick<SqlGroupDef, 'detail' | 'order'>,
  detail: Parameters<typeof sqlGroup>[0],
) => ({
  keys: [key],
  spec: sqlGroup(detail, {
    from: PLAN_ROWS_FROM,
    where: hasWarning(kind),
    bucket: `'${key}'`,
    ...def,
    params: noParams,
  }),
});

const revision = { detail: 'p.next_revision_date', order: BY_REVISION };

const overdue = combined([
  withWarning('revisionOverdue', 'revisionOverdue', revision, 'revisionDate'),
  withWarning('evaluationOverdue', 'evaluationOverdue', revision, 'revisionDate'),
  // The earliest overdue measure's due date; the longest overdue first.
  withWarning(
    'measureOverdue',
    'measureOverdue',
    { detail: 's.measure_overdue_date', order: 's.measure_overdue_date, c.id' },
    'dueDate',
  ),
  withWarning(
    'withoutCoordinator',
    'planWithoutCoordinator',
    { detail: 's.status', order: BY_REVISION },
    'planStatus',
  ),
]);

/** Plans being written or in force: their goals are the open ones worked on. */
const RUNNING: readonly PlanStatus[] = ['inProgress', 'active', 'forEvaluation'];

/**
 * Open goals in running plans, one row per goal with its target date. Counted from the stored
 * progress (goals not discontinued less those achieved: exactly those not started or in progress).
 */
const openGoals: GroupSpec = {
  list: () => 'cases',
  detail: () => 'dueDate',
  counts: (env) =>
    new Map([
      [
        'open',
        (
          env.db
            .prepare(
              `SELECT coalesce(sum(goals - goals_achieved), 0) AS n FROM plan_summaries
               WHERE status IN (${inList(RUNNING)})`,
            )
            .get() as { n: number }
        ).n,
      ],
    ]),
  members: (env) =>
    env.db
      .prepare(
        `SELECT p.case_id AS id, g.target_date AS detail FROM plan_goals g JOIN plans p ON p.id = g.plan_id
         JOIN plan_summaries s ON s.plan_id = p.id JOIN cases c ON c.id = p.case_id
         WHERE g.status IN ('notStarted', 'inProgress') AND s.status IN (${inList(RUNNING)})
         ORDER BY g.target_date IS NULL, g.target_date, c.case_number, g.position`,
      )
      .all() as Member[],
};

const periodOf = (env: Env) => ({ from: env.period!.from, to: env.period!.to });

const goals = combined([
  { keys: ['achievedInPeriod'], spec: sqlGroup('achievedDate', { ...GOALS_ACHIEVED, params: periodOf }) },
  { keys: ['open'], spec: openGoals },
]);

/** In force (active or due for evaluation): the plans the yearly minimum of meetings applies to. */
const IN_FORCE: readonly PlanStatus[] = ['active', 'forEvaluation'];

/** The fewMeetings warning among plans in force; the list shows the meetings of the last year, fewest first. */
const meetings = sqlGroup('meetingsLastYear', {
  from: PLAN_ROWS_FROM,
  where: `s.status IN (${inList(IN_FORCE)})`,
  bucket: `CASE WHEN ${hasWarning('fewMeetings')} THEN 'belowMinimum' ELSE 'meetsMinimum' END`,
  detail: 's.meetings_last_year',
  order: 's.meetings_last_year, c.id',
  params: noParams,
});

export const plansGroups: Record<keyof typeof dashboardGroups.plans, GroupSpec> = {
  status: fresh(status),
  overdue: fresh(overdue),
  goals: fresh(goals),
  meetings: fresh(meetings),
};
