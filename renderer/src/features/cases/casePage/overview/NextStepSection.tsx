import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '@shared/api/cases';
import type { StepKind } from '@shared/domain/case';
import { closingInForce, stepsOf } from '@shared/domain/caseSteps';
import { nextSteps } from '@shared/domain/nextSteps';

import { stepHref } from '../paths';
import { nextStepHref, nextStepText } from './nextStepLinks';

/** The steps a user may record now; the next action is the one the workflow suggests. */
function recordableKinds(detail: CaseDetail): StepKind[] {
  const { record } = detail;
  if (closingInForce(record)) return ['reopening'];
  const kinds: StepKind[] = ['mapping', 'consent', 'interimReply', 'assessment', 'decision'];
  if (stepsOf(record, 'decision').length > 0) kinds.push('appeal');
  const childCoordinator =
    record.rightsRequested.includes('barnekoordinator') ||
    stepsOf(record, 'decision').some((d) => d.right === 'barnekoordinator');
  if (childCoordinator) kinds.push('transition');
  kinds.push('closing');
  return kinds;
}

/**
 * A closed case takes no step but its reopening (core refuses the rest), so what its warnings ask
 * for waits behind "Gjenåpne saken", said as what waits once the case is reopened.
 */
function ClosedCaseSteps({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const steps = nextSteps(detail);
  if (steps.length === 0) return <Paragraph>{t('case.nothingNext')}</Paragraph>;
  return (
    <>
      <div>
        <Button asChild>
          <a href={stepHref(detail.record.id, 'reopening', back)}>{t('case.form.new.reopening')}</a>
        </Button>
      </div>
      <div className="next-steps-more">
        <span id="case-next-more">{t('case.closedWaits')}</span>
        <ul aria-labelledby="case-next-more">
          {steps.map((step) => (
            <li key={`${step.kind}-${step.right ?? ''}-${String(step.params?.type ?? '')}`}>
              {nextStepText(t, step)}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

function OpenCaseSteps({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const [first, ...others] = nextSteps(detail);
  return (
    <>
      {first ? (
        <div>
          <Button asChild>
            <a href={nextStepHref(detail, first, back)}>{nextStepText(t, first)}</a>
          </Button>
        </div>
      ) : (
        <Paragraph>{t('case.nothingNext')}</Paragraph>
      )}
      {others.length > 0 && (
        <div className="next-steps-more">
          <span id="case-next-more">{t('case.nextMore')}</span>
          <ul aria-labelledby="case-next-more">
            {others.map((step) => (
              <li key={`${step.kind}-${step.right ?? ''}-${String(step.params?.type ?? '')}`}>
                <a href={nextStepHref(detail, step, back)}>{nextStepText(t, step)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

export function NextStepSection({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const caseId = detail.record.id;
  return (
    <section aria-labelledby="case-next" className="case-section">
      <Heading level={2} data-size="sm" id="case-next">
        {t('case.nextTitle')}
      </Heading>
      {closingInForce(detail.record) ? (
        <ClosedCaseSteps detail={detail} back={back} />
      ) : (
        <OpenCaseSteps detail={detail} back={back} />
      )}
      <nav aria-labelledby="case-record-other" className="record-links">
        <span id="case-record-other">{t('case.recordOther')}</span>
        <ul>
          {recordableKinds(detail).map((kind) => (
            <li key={kind}>
              <a href={stepHref(caseId, kind, back)}>{t(`enums.stepKind.${kind}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
