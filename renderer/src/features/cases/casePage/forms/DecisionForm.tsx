import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import type { CaseDetail } from '@shared/api/cases';
import { decisionBasisKey, decisionOutcomes, rights, type CaseRules, type Right } from '@shared/domain/case';
import { requestedRights } from '@shared/domain/caseSteps';
import { parseNorwegianDate } from '@shared/domain/dates';
import { appealDeadline } from '@shared/domain/deadlines';

import { appealWaitingText, rightName } from '../texts';
import { initialRight } from './AssessmentForm';
import type { StepFormProps } from './stepFormProps';
import { useSaveStep } from './useSaveStep';

interface Values {
  right: string;
  outcome: string;
  reasons: string;
  legalBasis: string;
  decisionDate: string;
  notifiedDate: string;
}

/** The legal basis offered for a right: the setting, since laws are renumbered. */
const legalBasisFor = (rules: CaseRules, right: string) =>
  (rights as readonly string[]).includes(right)
    ? rules.legalReferences[decisionBasisKey[right as Right]]
    : '';

/** Vedtak: per right, with the legal basis filled in and the appeal deadline shown as it follows. */
export function DecisionForm({ detail, step, right, back, cancelHref }: StepFormProps<'decision'>) {
  const { t } = useTranslation();
  const { save, saving, errorCode, otherProblems } = useSaveStep(detail, back);
  const firstRight = step?.right ?? initialRight({ detail, right });
  const methods = useForm<Values>({
    defaultValues: step
      ? {
          right: step.right,
          outcome: step.outcome,
          reasons: step.reasons,
          legalBasis: step.legalBasis,
          decisionDate: formatDay(step.decisionDate),
          notifiedDate: formatDay(step.notifiedDate),
        }
      : {
          right: firstRight,
          outcome: '',
          reasons: '',
          legalBasis: legalBasisFor(detail.rules, firstRight),
          decisionDate: formatDay(detail.today),
          notifiedDate: '',
        },
  });
  const { register, handleSubmit, setError, formState, control, getValues, setValue } = methods;
  const draft = useRouteDraft('decision', methods);
  const err = errorText(formState.errors, t);

  // A legal basis still as filled in follows the right; one the user has written stays.
  const rightField = register('right', {
    onChange: (e: { target: { value: string } }) => {
      const current = getValues('legalBasis').trim();
      const untouched =
        current === '' ||
        requestedRights(detail.record).some((r) => legalBasisFor(detail.rules, r) === current);
      if (untouched) setValue('legalBasis', legalBasisFor(detail.rules, e.target.value));
    },
  });

  const onSubmit = handleSubmit((v) =>
    save(
      {
        kind: 'decision',
        id: step?.id,
        ...v,
        right: v.right || undefined,
        outcome: v.outcome || undefined,
        decisionDate: dateInput(v.decisionDate),
        notifiedDate: dateInput(v.notifiedDate),
      },
      setError,
      { fields: Object.keys(v), draft },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      <ChoiceField
        legend={t('case.field.right')}
        choices={requestedRights(detail.record).map((r) => ({ value: r, label: rightName(t, r) }))}
        error={err('right')}
        registration={rightField}
      />
      <ChoiceField
        legend={t('case.field.outcome')}
        choices={decisionOutcomes.map((o) => ({ value: o, label: t(`enums.decisionOutcome.${o}`) }))}
        error={err('outcome')}
        registration={register('outcome')}
      />
      <Textfield
        label={t('case.field.reasons')}
        multiline
        rows={5}
        error={err('reasons')}
        {...register('reasons')}
      />
      <Textfield
        label={t('case.field.legalBasis')}
        description={t('case.help.legalBasis')}
        error={err('legalBasis')}
        {...register('legalBasis')}
      />
      <DateField
        label={t('case.field.decisionDate')}
        error={err('decisionDate')}
        registration={register('decisionDate')}
      />
      <DateField
        label={t('case.field.notifiedDate')}
        help={t('case.help.notified')}
        error={err('notifiedDate')}
        registration={register('notifiedDate')}
      />
      <AppealDeadlinePreview detail={detail} control={control} />
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

/** The appeal deadline as it will be, once the family's notification date is typed. */
function AppealDeadlinePreview({ detail, control }: { detail: CaseDetail; control: Control<Values> }) {
  const { t } = useTranslation();
  const [notified, decided] = useWatch({ control, name: ['notifiedDate', 'decisionDate'] });
  const notifiedIso = notified.trim() ? parseNorwegianDate(notified) : null;
  const decidedIso = decided.trim() ? parseNorwegianDate(decided) : null;
  let text = appealWaitingText(t, detail.rules.appealWeeksRights);
  if (notifiedIso && (decidedIso === null || notifiedIso >= decidedIso)) {
    const deadline = appealDeadline(notifiedIso, detail.rules);
    text = t('case.appealPreview.due', { date: formatDay(deadline.dueDate), law: deadline.legalReference });
  }
  return (
    <Paragraph className="computed" aria-live="polite">
      {text}
    </Paragraph>
  );
}
