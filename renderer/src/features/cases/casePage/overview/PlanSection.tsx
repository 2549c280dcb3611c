import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import { PlanStatusTag, warningKey } from '@renderer/features/plans/planCells';
import { planFormHref, planHref } from '@renderer/features/plans/planPage/paths';
import type { CaseDetail } from '@shared/api/cases';
import type { PlanSummary } from '@shared/api/plans';
import { closingInForce } from '@shared/domain/caseSteps';
import { ipGrantedFrom } from '@shared/domain/planOverview';

import { warningSentence } from '../texts';

/**
 * The individual plan in short: where it stands, how far it has come, when it is revised and what
 * needs follow-up, one click from the plan page. Shown when the right was asked for or granted,
 * or a plan is recorded; a granted right on an open case without a plan offers to start one.
 */
export function PlanSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { record, plan } = detail;
  const grantedFrom = ipGrantedFrom(record);
  const asked = record.rightsRequested.includes('individuellPlan');
  if (!asked && grantedFrom === null && plan === null) return null;
  const open = closingInForce(record) === null;

  return (
    <section aria-labelledby="case-plan" className="case-section">
      <Heading level={2} data-size="sm" id="case-plan">
        {t('case.plan.title')}
      </Heading>
      {plan ? (
        <PlanFacts plan={plan} />
      ) : (
        <Paragraph>
          {grantedFrom === null
            ? t('case.plan.notGranted')
            : open
              ? t('case.plan.notStartedYet')
              : t('case.plan.none')}
        </Paragraph>
      )}
      {plan ? (
        <div className="button-row">
          <Button asChild variant="secondary">
            <a href={planHref(record.id)}>{t('case.plan.open')}</a>
          </Button>
        </div>
      ) : (
        grantedFrom !== null &&
        open && (
          <div className="button-row">
            <Button asChild>
              <a href={planFormHref(record.id, 'endre')}>{t('case.plan.start')}</a>
            </Button>
          </div>
        )
      )}
    </section>
  );
}

function PlanFacts({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts facts-inline">
        <div>
          <dt>{t('case.plan.status')}</dt>
          <dd>
            <PlanStatusTag status={plan.status} />
          </dd>
        </div>
        {/* A plan the family does not want has no progress or revision to show. */}
        {plan.status !== 'notWanted' && (
          <>
            <div>
              <dt>{t('case.plan.progress')}</dt>
              <dd>{progressText(t, plan)}</dd>
            </div>
            {/* A closed plan has no revision ahead. */}
            {plan.status !== 'closed' && (
              <div>
                <dt>{t('case.plan.nextRevision')}</dt>
                <dd>
                  {plan.nextRevisionDate ? formatDay(plan.nextRevisionDate) : t('case.plan.noRevision')}
                </dd>
              </div>
            )}
          </>
        )}
      </dl>
      {plan.warnings.length > 0 && (
        <div className="case-warnings">
          <Heading level={3} data-size="xs">
            {t('case.plan.warningsTitle')}
          </Heading>
          <ul>
            {plan.warnings.map((w) => (
              <li key={warningKey(w)}>{warningSentence(t, w)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** "1 av 2 mål nådd (50 %) · 2 av 3 tiltak gjennomført". */
function progressText(t: TFunction, { progress }: PlanSummary): string {
  if (progress.goals === 0) return t('case.plan.noGoals');
  const goals = t('case.plan.progressGoals', { achieved: progress.goalsAchieved, goals: progress.goals });
  const percent = progress.percent === null ? '' : ` (${progress.percent} %)`;
  if (progress.measures === 0) return goals + percent;
  const measures = t('case.plan.progressMeasures', {
    done: progress.measuresDone,
    measures: progress.measures,
  });
  return `${goals}${percent} · ${measures}`;
}
