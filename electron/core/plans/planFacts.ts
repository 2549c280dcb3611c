import type { PlanSummary } from '@shared/api/plans';
import type { CaseRecord } from '@shared/domain/case';
import type { Plan, PlanRules } from '@shared/domain/plan';
import { planOverview } from '@shared/domain/planOverview';

import { planRules } from '../settings/rulesInForce';
import type { Db } from '../storage/database';
import { planGoals } from './planGoalsRepo';
import { findPlan, planMeetings, planMembers, planPoints } from './plansRepo';

/** What is recorded under a plan (nothing when there is no plan yet). */
export function planParts(db: Db, planId: number | null) {
  return {
    points: planPoints(db, planId),
    goals: planGoals(db, planId),
    meetings: planMeetings(db, planId),
    members: planMembers(db, planId),
  };
}

/** The overview of a plan from its parts as planParts reads them. */
export function overviewOf(
  plan: Plan,
  parts: ReturnType<typeof planParts>,
  record: Pick<CaseRecord, 'steps'>,
  hasCoordinator: boolean,
  rules: PlanRules,
  today: string,
) {
  return planOverview(
    { ...parts, members: parts.members.length, plan, record, hasCoordinator },
    rules,
    today,
  );
}

/** The case page's short view of its plan; null when no plan is recorded. */
export function planSummary(
  db: Db,
  record: Pick<CaseRecord, 'id' | 'steps'>,
  hasCoordinator: boolean,
  today: string,
): PlanSummary | null {
  const plan = findPlan(db, record.id);
  if (!plan) return null;
  const overview = overviewOf(plan, planParts(db, plan.id), record, hasCoordinator, planRules(db), today);
  return {
    status: overview.status,
    progress: overview.progress,
    nextRevisionDate: plan.nextRevisionDate,
    warnings: overview.warnings,
  };
}
