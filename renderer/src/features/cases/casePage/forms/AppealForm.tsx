import { Paragraph } from '@digdir/designsystemet-react';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import type { CaseDetail } from '@shared/api/cases';
import { governorOutcomes, reassessmentOutcomes, type Decision } from '@shared/domain/case';
import { appealsOf, decisionsInForce, stepsOf } from '@shared/domain/caseSteps';
import { parseNorwegianDate } from '@shared/domain/dates';
import { appealDeadline } from '@shared/domain/deadlines';

import { rightInText } from '../texts';
import type { StepFormProps } from './stepFormProps';
import { useSaveStep } from './useSaveStep';

interface Values {
  decisionId: string;
  receivedDate: string;
  reassessment: string;
  reassessmentDate: string;
  forwardedDate: string;
  governorOutcome: string;
  governorOutcomeDate: string;
}

/** The decision a new appeal most likely concerns: the only one in force not yet appealed. */
function likelyDecision(detail: CaseDetail): string {
  const open = decisionsInForce(detail.record).filter((d) => appealsOf(detail.record, d.id).length === 0);
  return open.length === 1 ? String(open[0]!.id) : '';
}

/** Klage: received, re-assessed by the municipality, and if not upheld, Statsforvalteren's answer. */
export function AppealForm({ detail, step, back, cancelHref }: StepFormProps<'appeal'>) {
  const { t } = useTranslation();
  const { save, saving, errorCode, otherProblems } = useSaveStep(detail, back);
  const decisions = stepsOf(detail.record, 'decision').toReversed();
  const methods = useForm<Values>({
    defaultValues: step
      ? {
          decisionId: String(step.decisionId),
          receivedDate: formatDay(step.receivedDate),
          reassessment: step.reassessment ?? '',
          reassessmentDate: formatDay(step.reassessmentDate),
          forwardedDate: formatDay(step.forwardedDate),
          governorOutcome: step.governorOutcome ?? '',
          governorOutcomeDate: formatDay(step.governorOutcomeDate),
        }
      : {
          decisionId: likelyDecision(detail),
          receivedDate: formatDay(detail.today),
          reassessment: '',
          reassessmentDate: '',
          forwardedDate: '',
          governorOutcome: '',
          governorOutcomeDate: '',
        },
  });
  const { register, handleSubmit, setError, formState, control } = methods;
  const draft = useRouteDraft('appeal', methods);
  const err = errorText(formState.errors, t);

  const onSubmit = handleSubmit((v) =>
    save(
      {
        kind: 'appeal',
        id: step?.id,
        decisionId: v.decisionId ? Number(v.decisionId) : undefined,
        receivedDate: dateInput(v.receivedDate),
        reassessment: v.reassessment || null,
        reassessmentDate: dateInput(v.reassessmentDate),
        forwardedDate: dateInput(v.forwardedDate),
        governorOutcome: v.governorOutcome || null,
        governorOutcomeDate: dateInput(v.governorOutcomeDate),
      },
      setError,
      { fields: Object.keys(v), draft },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      <ChoiceField
        legend={t('case.field.appealedDecision')}
        choices={decisions.map((d) => ({ value: String(d.id), label: decisionLabel(t, d) }))}
        error={err('decisionId')}
        registration={register('decisionId')}
      />
      <DateField
        label={t('case.field.appealReceived')}
        error={err('receivedDate')}
        registration={register('receivedDate')}
      />
      <InTimePreview detail={detail} decisions={decisions} control={control} />
      <ChoiceField
        legend={t('case.field.reassessment')}
        description={t('case.help.reassessment')}
        choices={[
          { value: '', label: t('case.notYetAssessed') },
          ...reassessmentOutcomes.map((o) => ({ value: o, label: t(`case.reassessment.${o}`) })),
        ]}
        error={err('reassessment')}
        registration={register('reassessment')}
      />
      <DateField
        label={t('case.field.reassessmentDate')}
        error={err('reassessmentDate')}
        registration={register('reassessmentDate')}
      />
      <DateField
        label={t('case.field.forwardedDate')}
        error={err('forwardedDate')}
        registration={register('forwardedDate')}
      />
      <ChoiceField
        legend={t('case.field.governorOutcome')}
        choices={[
          { value: '', label: t('case.notYetDecided') },
          ...governorOutcomes.map((o) => ({ value: o, label: t(`case.governorOutcome.${o}`) })),
        ]}
        error={err('governorOutcome')}
        registration={register('governorOutcome')}
      />
      <DateField
        label={t('case.field.governorOutcomeDate')}
        error={err('governorOutcomeDate')}
        registration={register('governorOutcomeDate')}
      />
      <FormFooter
        saving={saving}
        errorCode={errorCode}
        otherProblems={otherProblems}
        cancelHref={cancelHref}
        draft={draft}
      />
    </form>
  );
}

function decisionLabel(t: (key: string, options?: Record<string, unknown>) => string, d: Decision): string {
  return t('case.decisionChoice', {
    right: rightInText(t as never, d.right),
    date: formatDay(d.decisionDate),
    outcome: t(`enums.decisionOutcome.${d.outcome}`),
  });
}

/** Whether the appeal came within the deadline, as soon as the decision and the date are known. */
function InTimePreview({
  detail,
  decisions,
  control,
}: {
  detail: CaseDetail;
  decisions: Decision[];
  control: Control<Values>;
}) {
  const { t } = useTranslation();
  const [decisionId, received] = useWatch({ control, name: ['decisionId', 'receivedDate'] });
  const decision = decisions.find((d) => String(d.id) === decisionId);
  const receivedIso = received.trim() ? parseNorwegianDate(received) : null;
  let text = '';
  if (decision && decision.notifiedDate === null) text = t('case.appealInTimeNotNotified');
  else if (decision?.notifiedDate && receivedIso) {
    const deadline = appealDeadline(decision.notifiedDate, detail.rules);
    const key = receivedIso <= deadline.dueDate ? 'case.appealWithin' : 'case.appealAfter';
    text = t(key, { date: formatDay(deadline.dueDate), law: deadline.legalReference });
  }
  return (
    <Paragraph className="computed" aria-live="polite">
      {text}
    </Paragraph>
  );
}
