import type { dashboardGroups } from '../../../shared/api/dashboards';
import type { PlanListRow } from '../../../shared/api/plans';
import type { WarningKind } from '../../../shared/domain/case';
import { addMonths } from '../../../shared/domain/calendar';
import { planStatuses, type PlanStatus } from '../../../shared/domain/plan';
import { isRunningPlan, MEETING_WINDOW } from '../../../shared/domain/planOverview';
import { listPlans } from '../plans/planList';
import { GOALS_ACHIEVED, MEETINGS_LAST_YEAR, OPEN_GOALS } from './dashboardSql';
import {
  combined,
  emptySets,
  membersGroup,
  memoised,
  sqlGroup,
  type Env,
  type GroupSpec,
  type Member,
} from './figures';

/**
 * IP-fremdrift: the plans list's own derived rows (planList.ts, kept between calls), so the
 * status figures are its statusCounts and the warning figures its warning filters.
 */

/** Every plan's list row, by next revision date (the list's default order, so usually kept). */
function planRows(env: Env): PlanListRow[] {
  return memoised(
    env,
    'plans',
    () =>
      listPlans(
        env.db,
        { q: '', sort: 'nextRevisionDate', desc: false, limit: Number.MAX_SAFE_INTEGER, offset: 0 },
        env.today,
        env.planRules,
      ).rows,
  );
}

const revisionRow = (r: PlanListRow): Member => ({ id: r.caseId, detail: r.nextRevisionDate });

const status = membersGroup('cases', 'revisionDate', (env) => {
  const sets = emptySets(planStatuses);
  for (const r of planRows(env)) sets.get(r.status)!.push(revisionRow(r));
  return sets;
});

const warningOf = (r: PlanListRow, kind: WarningKind) => r.warnings.find((w) => w.kind === kind);

const OVERDUE: Record<(typeof dashboardGroups.plans.overdue)[number], WarningKind> = {
  revisionOverdue: 'revisionOverdue',
  evaluationOverdue: 'evaluationOverdue',
  measureOverdue: 'measureOverdue',
  withoutCoordinator: 'planWithoutCoordinator',
};

const overdue = membersGroup(
  'cases',
  {
    revisionOverdue: 'revisionDate',
    evaluationOverdue: 'revisionDate',
    measureOverdue: 'dueDate',
    withoutCoordinator: 'planStatus',
  },
  (env) => {
    const rows = planRows(env);
    const withWarning = (kind: WarningKind) => rows.filter((r) => warningOf(r, kind));
    return new Map([
      ['revisionOverdue', withWarning(OVERDUE.revisionOverdue).map(revisionRow)],
      ['evaluationOverdue', withWarning(OVERDUE.evaluationOverdue).map(revisionRow)],
      [
        'measureOverdue',
        withWarning(OVERDUE.measureOverdue)
          // The earliest overdue measure's due date; the longest overdue first.
          .map((r) => ({ id: r.caseId, detail: String(warningOf(r, 'measureOverdue')!.params.date) }))
          .sort((a, b) => a.detail.localeCompare(b.detail) || a.id - b.id),
      ],
      [
        'withoutCoordinator',
        withWarning(OVERDUE.withoutCoordinator).map((r) => ({ id: r.caseId, detail: r.status })),
      ],
    ]);
  },
);

/** Plans being written or in force: their goals are the open ones worked on. */
const runningPlans = (env: Env) => planRows(env).filter((r) => isRunningPlan(r.status));

/**
 * Open goals in running plans, one row per goal with its target date. Counted from the list's
 * progress (goals not discontinued less those achieved: exactly those not started or in progress).
 */
const openGoals: GroupSpec = {
  list: () => 'cases',
  detail: () => 'dueDate',
  counts: (env) =>
    new Map([
      ['open', runningPlans(env).reduce((n, r) => n + r.progress.goals - r.progress.goalsAchieved, 0)],
    ]),
  members: (env) =>
    env.db
      .prepare(OPEN_GOALS)
      .all({ ids: JSON.stringify(runningPlans(env).map((r) => r.caseId)) }) as Member[],
};

const periodOf = (env: Env) => ({ from: env.period!.from, to: env.period!.to });

const goals = combined([
  { keys: ['achievedInPeriod'], spec: sqlGroup('achievedDate', { ...GOALS_ACHIEVED, params: periodOf }) },
  { keys: ['open'], spec: openGoals },
]);

/** In force (active or due for evaluation): the plans the yearly minimum of meetings applies to. */
const IN_FORCE: ReadonlySet<PlanStatus> = new Set(['active', 'forEvaluation']);

/** The fewMeetings warning among plans in force: the partition counted and listed. */
function meetingSets(env: Env): Record<string, PlanListRow[]> {
  const inForce = planRows(env).filter((r) => IN_FORCE.has(r.status));
  return {
    meetsMinimum: inForce.filter((r) => !warningOf(r, 'fewMeetings')),
    belowMinimum: inForce.filter((r) => warningOf(r, 'fewMeetings')),
  };
}

/** The list shows the meetings of the last year, fewest first (read only for the list). */
const meetings: GroupSpec = {
  list: () => 'cases',
  detail: () => 'meetingsLastYear',
  counts: (env) => new Map(Object.entries(meetingSets(env)).map(([k, rows]) => [k, rows.length])),
  members: (env, figure) => {
    const rows = meetingSets(env)[figure] ?? [];
    const counted = new Map(
      (
        env.db.prepare(MEETINGS_LAST_YEAR).all({
          ids: JSON.stringify(rows.map((r) => r.caseId)),
          today: env.today,
          windowStart: addMonths(env.today, -MEETING_WINDOW.months),
        }) as { caseId: number; n: number }[]
      ).map((r) => [r.caseId, r.n]),
    );
    return rows
      .map((r) => ({ id: r.caseId, detail: counted.get(r.caseId) ?? 0 }))
      .sort((a, b) => a.detail - b.detail || a.id - b.id);
  },
};

export const plansGroups: Record<keyof typeof dashboardGroups.plans, GroupSpec> = {
  status,
  overdue,
  goals,
  meetings,
};
