import type { dashboardGroups } from '@shared/api/dashboards';

import { refreshExpired } from '../plans/planSummaries';
import {
  GOALS_ACHIEVED,
  PLAN_MEETINGS,
  PLAN_OPEN_GOALS,
  PLAN_OPEN_GOALS_COUNT,
  PLAN_OVERDUE,
  PLAN_STATUS,
} from './dashboardSql';
import { combined, memoised, sqlGroup, type Env, type GroupSpec, type Member } from './figures';

/**
 * IP-fremdrift: counted in SQL over the plans' stored summaries (plan_summaries, schema v14, the
 * plans list's own rows), each figure and its list from one definition (dashboardSql.ts, figures.ts
 * sqlGroup). The summaries are brought to today first, once a call (planSummaries.ts).
 */
function fresh(spec: GroupSpec): GroupSpec {
  const today = (env: Env) => memoised(env, 'plansToday', () => refreshExpired(env.db, env.today));
  return {
    ...spec,
    counts: (env) => (today(env), spec.counts(env)),
    members: (env, figure) => (today(env), spec.members(env, figure)),
    // Counted whole, not case by case: the counts read the summaries alone on covering indexes,
    // and per case they would join the plan and the case (several times slower on a first call).
    byCase: undefined,
  };
}

const noParams = () => ({});

const status = sqlGroup('revisionDate', { ...PLAN_STATUS, params: noParams });

const overdue = combined(
  (
    [
      ['revisionOverdue', 'revisionDate'],
      ['evaluationOverdue', 'revisionDate'],
      ['measureOverdue', 'dueDate'],
      ['planWithoutCoordinator', 'planStatus'],
    ] as const satisfies readonly [(typeof dashboardGroups.plans.overdue)[number], string][]
  ).map(([key, detail]) => ({
    keys: [key],
    spec: sqlGroup(detail, { ...PLAN_OVERDUE[key], params: noParams }),
  })),
);

/** Open goals in running plans, one row per goal with its target date. */
const openGoals: GroupSpec = {
  list: () => 'cases',
  detail: () => 'dueDate',
  counts: (env) => new Map([['open', (env.db.prepare(PLAN_OPEN_GOALS_COUNT).get() as { n: number }).n]]),
  members: (env) => env.db.prepare(PLAN_OPEN_GOALS).all() as Member[],
};

const periodOf = (env: Env) => ({ from: env.period!.from, to: env.period!.to });

const goals = combined([
  { keys: ['achievedInPeriod'], spec: sqlGroup('achievedDate', { ...GOALS_ACHIEVED, params: periodOf }) },
  { keys: ['open'], spec: openGoals },
]);

const meetings = sqlGroup('meetingsLastYear', { ...PLAN_MEETINGS, params: noParams });

export const plansGroups: Record<keyof typeof dashboardGroups.plans, GroupSpec> = {
  status: fresh(status),
  overdue: fresh(overdue),
  goals: fresh(goals),
  meetings: fresh(meetings),
};
