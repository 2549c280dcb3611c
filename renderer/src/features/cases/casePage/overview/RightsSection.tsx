import { Heading, Link } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { CaseDetail } from '@shared/api/cases';
import type { RightOverview } from '@shared/domain/case';
import { closingInForce } from '@shared/domain/caseSteps';

import { stepHref } from '../paths';
import { rightInText, rightName } from '../texts';

export function ageConditionText(t: TFunction, met: boolean | null): string {
  if (met === null) return t('case.ageCondition.none');
  return met ? t('case.ageCondition.met') : t('case.ageCondition.notMet');
}

/** Each right asked for: its age condition, latest assessment and the decision in force. */
export function RightsSection({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const open = closingInForce(detail.record) === null;
  return (
    <section aria-labelledby="case-rights" className="case-section">
      <Heading level={2} data-size="sm" id="case-rights">
        {t('case.rightsTitle')}
      </Heading>
      <div className="rights-grid">
        {detail.overview.rights.map((r) => (
          <RightCard key={r.right} detail={detail} right={r} back={back} open={open} />
        ))}
      </div>
    </section>
  );
}

function RightCard({
  detail,
  right: r,
  back,
  open,
}: {
  detail: CaseDetail;
  right: RightOverview;
  back: string;
  open: boolean;
}) {
  const { t } = useTranslation();
  const caseId = detail.record.id;
  const assessment = r.latestAssessment;
  const decision = r.decision;
  const appeal = decision
    ? detail.overview.deadlines.find((d) => d.kind === 'appeal' && d.decisionId === decision.id)
    : undefined;
  const name = rightName(t, r.right);
  return (
    <div className="boxed right-card">
      <Heading level={3} data-size="xs">
        {name}
      </Heading>
      <dl className="facts facts-stacked">
        <div>
          <dt>{t('case.ageCondition.label')}</dt>
          <dd>{ageConditionText(t, r.ageConditionMet)}</dd>
        </div>
        <div>
          <dt>{t('enums.stepKind.assessment')}</dt>
          <dd>
            {assessment ? (
              <>
                {formatDay(assessment.date)}
                <ul className="condition-list">
                  {assessment.conditions.map((c) => (
                    <li key={c.key}>
                      {t('case.conditionWithResult', {
                        condition: t(`case.condition.${c.key}`),
                        result: t(`case.conditionResult.${c.result}`),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              t('case.notAssessed')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('enums.stepKind.decision')}</dt>
          <dd>
            {decision
              ? t('case.decisionSummary', {
                  outcome: t(`enums.decisionOutcome.${decision.outcome}`),
                  date: formatDay(decision.decisionDate),
                })
              : t('case.notDecided')}
          </dd>
        </div>
        {decision && (
          <div>
            <dt>{t('case.field.notifiedDate')}</dt>
            <dd>{decision.notifiedDate ? formatDay(decision.notifiedDate) : t('case.notNotified')}</dd>
          </div>
        )}
        {decision && (
          <div>
            <dt>{t('case.appealDeadline')}</dt>
            <dd>
              {appeal
                ? t('case.dateWithLaw', { date: formatDay(appeal.dueDate), law: appeal.legalReference })
                : t('case.appealDeadlineNotStarted')}
            </dd>
          </div>
        )}
      </dl>
      {open && (
        <p className="button-row">
          <Link href={stepHref(caseId, 'assessment', back, { right: r.right })}>
            {t('case.assessRight', { right: rightInText(t, r.right) })}
          </Link>
          <Link href={stepHref(caseId, 'decision', back, { right: r.right })}>
            {t('case.decideRight', { right: rightInText(t, r.right) })}
          </Link>
        </p>
      )}
    </div>
  );
}
