import type { PlanSummary } from '../../../shared/api/plans';
import type { CaseRecord } from '../../../shared/domain/case';
import { defaultPlanRules, type PlanRules } from '../../../shared/domain/plan';
import { planOverview } from '../../../shared/domain/planOverview';
import { getSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { findPlan, planGoals, planMeetings, planMembers, planPoints } from './plansRepo';

/** The settings for plans in force; one added in a later version starts at its default. */
export function planRules(db: Db): PlanRules {
  return { ...defaultPlanRules, ...getSetting(db, 'plan.rules') };
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
  const overview = planOverview(
    {
      plan,
      goals: planGoals(db, plan.id),
      meetings: planMeetings(db, plan.id),
      points: planPoints(db, plan.id),
      members: planMembers(db, plan.id).length,
      record,
      hasCoordinator,
    },
    planRules(db),
    today,
  );
  return {
    status: overview.status,
    progress: overview.progress,
    nextRevisionDate: plan.nextRevisionDate,
    warnings: overview.warnings,
  };
}
