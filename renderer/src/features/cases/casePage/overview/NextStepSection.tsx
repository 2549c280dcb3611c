import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../../../shared/api/cases';
import type { StepKind } from '../../../../../../shared/domain/case';
import { closingInForce, stepsOf } from '../../../../../../shared/domain/caseSteps';
import { coordinationHref, nextActionHref, stepHref } from '../paths';
import { rightInText } from '../texts';

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
  const action = detail.overview.nextAction;
  const caseId = detail.record.id;
  // When the workflow has nothing more to ask, a granted right still owes the family a coordinator.
  const { need, current } = detail.coordination;
  const appoint = action === null && need !== null && current === null;
  return (
    <section aria-labelledby="case-next" className="case-section">
      <Heading level={2} data-size="sm" id="case-next">
        {t('case.nextTitle')}
      </Heading>
      {action ? (
        <div>
          <Button asChild>
            <a href={nextActionHref(detail, action, back)}>
              {t(`case.nextAction.${action.kind}`, { right: rightInText(t, action.right) })}
            </a>
          </Button>
        </div>
      ) : appoint ? (
        <div>
          <Button asChild>
            <a href={coordinationHref(caseId, 'ny', back)}>{t('case.coordination.appoint')}</a>
          </Button>
        </div>
      ) : (
        <Paragraph>{t('case.nothingNext')}</Paragraph>
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
