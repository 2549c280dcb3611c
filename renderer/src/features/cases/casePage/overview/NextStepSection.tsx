import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../../../shared/api/cases';
import type { StepKind } from '../../../../../../shared/domain/case';
import { closingInForce, stepsOf } from '../../../../../../shared/domain/caseSteps';
import { nextSteps } from '../../../../../../shared/domain/nextSteps';
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

export function NextStepSection({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const [first, ...others] = nextSteps(detail);
  const caseId = detail.record.id;
  return (
    <section aria-labelledby="case-next" className="case-section">
      <Heading level={2} data-size="sm" id="case-next">
        {t('case.nextTitle')}
      </Heading>
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
      <nav aria-labelledby="case-record-other" className="record-links">
        <span id="case-record-other">{t('case.recordOther')}</span>
        <ul>
          {recordableKinds(detail).map((kind) => (
            <li key={kind}>
              <a href={stepHref(caseId, kind, back)}>{t(`case.stepKind.${kind}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
