import { Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { Warning } from '@shared/domain/case';
import type { PlanProgress, PlanStatus } from '@shared/domain/plan';

import { warningSentence } from '../cases/casePage/texts';

/** The one colour of each plan status: in the plan list, the case's plan section and the plan page. */
export const planStatusColors: Record<PlanStatus, string> = {
  notWanted: 'neutral',
  notStarted: 'info',
  inProgress: 'accent',
  active: 'success',
  forEvaluation: 'warning',
  closed: 'neutral',
};

/** The plan's derived status; the names are the plan page's (`plan.status.*`). */
export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={planStatusColors[status]} data-size="sm" className="nowrap">
      {t(`plan.status.${status}`)}
    </Tag>
  );
}

/** "1/2 mål" on screen, "1 av 2 mål nådd" for screen readers; measures are on the plan page. */
export function ProgressCell({ progress }: { progress: PlanProgress }) {
  const { t } = useTranslation();
  if (progress.goals === 0) return <span className="nowrap">{t('plans.noGoals')}</span>;
  const params = { achieved: progress.goalsAchieved, goals: progress.goals };
  return (
    <span className="nowrap">
      <span aria-hidden="true">
        {t('plans.progressGoals', params)}
        {progress.percent !== null && ` (${progress.percent} %)`}
      </span>
      <span className="visually-hidden">{t('plans.progressGoalsLong', params)}</span>
    </span>
  );
}

/** A plan can have the same consent warning twice: once per consent type. */
export const warningKey = (w: Warning) => `${w.kind}-${String(w.params.type ?? '')}`;

/** "Revisjon forfalt", "Samtykke til deling mangler": a warning in a table cell. */
export function warningShort(t: TFunction, w: Warning): string {
  const type = w.params.type;
  return t(`plans.warningShort.${w.kind}`, {
    type: type === undefined ? '' : t(`plans.consentTypeShort.${String(type)}`),
  });
}

/** Each warning as a short label; the whole sentence as a tooltip and for screen readers. */
export function WarningTags({ warnings }: { warnings: readonly Warning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <ul className="plain-list">
      {warnings.map((w) => {
        const sentence = warningSentence(t, w);
        return (
          <li key={warningKey(w)}>
            <Tag data-color="warning" data-size="sm" className="nowrap" title={sentence}>
              <span aria-hidden="true">{warningShort(t, w)}</span>
              <span className="visually-hidden">{sentence}</span>
            </Tag>
          </li>
        );
      })}
    </ul>
  );
}
