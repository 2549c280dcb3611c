import type { TFunction } from 'i18next';

import type { PlanProgress } from '@shared/domain/plan';

/** "2 av 3 mål nådd (66 %) · 4 av 7 tiltak gjennomført". */
export function progressText(t: TFunction, p: PlanProgress): string {
  const goals =
    p.goals === 0
      ? t('plan.progress.noGoals')
      : t('plan.progress.goals', { achieved: p.goalsAchieved, total: p.goals, percent: p.percent ?? 0 });
  const measures =
    p.measures === 0
      ? t('plan.progress.noMeasures')
      : t('plan.progress.measures', { done: p.measuresDone, total: p.measures });
  return `${goals} · ${measures}`;
}
