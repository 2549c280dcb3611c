import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { addDays, birthdayAt } from '@shared/domain/calendar';
import { transitionOutcomes } from '@shared/domain/case';

import type { StepFormProps } from './stepFormProps';
import { useSaveStep } from './useSaveStep';

interface Values {
  date: string;
  outcome: string;
  extendedUntil: string;
  note: string;
}

/**
 * Overgang ved 18 år: the barnekoordinator ends at 18 unless the municipality extends it; the
 * outcome is recorded here (ordinary koordinator, ended, or extended until a date).
 */
export function TransitionForm({ detail, step, back, cancelHref }: StepFormProps<'transition'>) {
  const { t } = useTranslation();
  const { save, saving, errorCode, otherProblems } = useSaveStep(detail, back);
  const methods = useForm<Values>({
    defaultValues: step
      ? {
          date: formatDay(step.date),
          outcome: step.outcome,
          extendedUntil: formatDay(step.extendedUntil),
          note: step.note,
        }
      : { date: formatDay(detail.today), outcome: '', extendedUntil: '', note: '' },
  });
  const { register, handleSubmit, setError, formState, control } = methods;
  const draft = useRouteDraft('transition', methods);
  const err = errorText(formState.errors, t);
  const outcome = useWatch({ control, name: 'outcome' });
  const { birthDate } = detail.person;
  const maxAge = detail.rules.barnekoordinatorMaxAge;
  // Extension is a municipal choice (setting 0: not allowed); an extension already recorded stays editable.
  const extensionAllowed = maxAge > 0 || step?.outcome === 'extended';
  const choices = transitionOutcomes.filter((o) => o !== 'extended' || extensionAllowed);
  const lastDay = birthDate !== null && maxAge > 0 ? addDays(birthdayAt(birthDate, maxAge), -1) : null;

  const onSubmit = handleSubmit((v) =>
    save(
      {
        kind: 'transition',
        id: step?.id,
        ...v,
        date: dateInput(v.date),
        outcome: v.outcome || undefined,
        // Only an extension has an end date; one typed before the outcome was changed is dropped.
        extendedUntil: v.outcome === 'extended' ? dateInput(v.extendedUntil) : null,
      },
      setError,
      { fields: Object.keys(v), draft },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      <Paragraph>
        {birthDate !== null
          ? t('case.transitionIntro', { date: formatDay(birthdayAt(birthDate, 18)) })
          : t('case.transitionIntroUnborn')}
      </Paragraph>
      <DateField label={t('case.field.transitionDate')} error={err('date')} registration={register('date')} />
      <ChoiceField
        legend={t('case.field.transitionOutcome')}
        description={maxAge > 0 ? undefined : t('case.help.noExtension')}
        choices={choices.map((o) => ({
          value: o,
          label: t(`case.transitionOutcome.${o}`),
          description: t(`case.help.transitionOutcome.${o}`),
        }))}
        error={err('outcome')}
        registration={register('outcome')}
      />
      {outcome === 'extended' && (
        <DateField
          label={t('case.field.extendedUntil')}
          help={
            lastDay !== null
              ? t('case.help.extendedUntil', { date: formatDay(lastDay), age: maxAge })
              : t('case.help.optional')
          }
          error={err('extendedUntil')}
          registration={register('extendedUntil')}
        />
      )}
      <Textfield label={t('case.field.note')} multiline rows={3} error={err('note')} {...register('note')} />
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
