import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { parseHash, useHash } from '@renderer/app/router';
import type { CaseDetail } from '@shared/api/cases';
import type { StepKind } from '@shared/domain/case';
import { closingInForce } from '@shared/domain/caseSteps';

import { caseHref, rightOf, stepHref } from '../paths';
import { AppealForm } from './AppealForm';
import { AssessmentForm } from './AssessmentForm';
import { ClosingForm, ReopeningForm } from './ClosingForms';
import { ConsentForm } from './ConsentForm';
import { DecisionForm } from './DecisionForm';
import { InterimReplyForm } from './InterimReplyForm';
import { MappingForm } from './MappingForm';
import type { StepFormProps } from './stepFormProps';
import { TransitionForm } from './TransitionForm';

/** `#/saker/<id>/<step>` records a new step; `#/saker/<id>/<step>/<stepId>` corrects one. */
export function StepFormPage({
  detail,
  kind,
  stepId,
  back,
}: {
  detail: CaseDetail;
  kind: StepKind;
  stepId: number | null;
  back: string;
}) {
  const { t } = useTranslation();
  const query = parseHash(useHash()).query;
  const { record, person } = detail;
  const backHref = caseHref(record.id, back);
  const step =
    stepId === null ? null : (record.steps.find((s) => s.id === stepId && s.kind === kind) ?? null);
  const closing = closingInForce(record);
  // A closed case takes only a reopening, or a correction of the closing itself.
  const blocked = closing !== null && kind !== 'reopening' && step?.id !== closing.id;

  let body;
  if (stepId !== null && step === null) {
    body = <Alert data-color="warning">{t('case.stepNotFound')}</Alert>;
  } else if (blocked) {
    body = (
      <Alert data-color="warning">
        <Paragraph>{t('case.closedNoSteps')}</Paragraph>
        <Link href={stepHref(record.id, 'reopening', back)}>{t('case.form.new.reopening')}</Link>
      </Alert>
    );
  } else {
    const props = { detail, back, cancelHref: backHref, right: rightOf(query.get('rett')) };
    body = formFor(kind, step, props);
  }

  return (
    <section className="page narrow">
      <Link href={backHref}>{t('case.backToCase')}</Link>
      <div>
        <Heading level={1} data-size="lg">
          {t(`case.form.${step ? 'edit' : 'new'}.${kind}`)}
        </Heading>
        <Paragraph className="form-subject">
          {t('case.formSubject', { name: person.name, number: record.caseNumber })}
        </Paragraph>
      </div>
      {body}
    </section>
  );
}

function formFor(
  kind: StepKind,
  step: CaseDetail['record']['steps'][number] | null,
  props: Omit<StepFormProps<StepKind>, 'step'>,
) {
  switch (kind) {
    case 'mapping':
      return <MappingForm {...props} step={step?.kind === kind ? step : null} />;
    case 'consent':
      return <ConsentForm {...props} step={step?.kind === kind ? step : null} />;
    case 'interimReply':
      return <InterimReplyForm {...props} step={step?.kind === kind ? step : null} />;
    case 'assessment':
      return <AssessmentForm {...props} step={step?.kind === kind ? step : null} />;
    case 'decision':
      return <DecisionForm {...props} step={step?.kind === kind ? step : null} />;
    case 'appeal':
      return <AppealForm {...props} step={step?.kind === kind ? step : null} />;
    case 'transition':
      return <TransitionForm {...props} step={step?.kind === kind ? step : null} />;
    case 'closing':
      return <ClosingForm {...props} step={step?.kind === kind ? step : null} />;
    case 'reopening':
      return <ReopeningForm {...props} step={step?.kind === kind ? step : null} />;
  }
}
