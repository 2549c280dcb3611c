import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { mappingForms } from '@shared/domain/case';

import type { StepFormProps } from './stepFormProps';
import { useSaveStep } from './useSaveStep';

interface Values {
  date: string;
  form: string;
  participants: string;
  childParticipated: boolean;
  childViews: string;
}

/** Kartleggingssamtale: how it was held, who took part, and the child's own views. */
export function MappingForm({ detail, step, back, cancelHref }: StepFormProps<'mapping'>) {
  const { t } = useTranslation();
  const { save, saving, errorCode, otherProblems } = useSaveStep(detail, back);
  const methods = useForm<Values>({
    defaultValues: step
      ? {
          date: formatDay(step.date),
          form: step.form,
          participants: step.participants,
          childParticipated: step.childParticipated,
          childViews: step.childViews,
        }
      : {
          date: formatDay(detail.today),
          form: '',
          participants: '',
          childParticipated: false,
          childViews: '',
        },
  });
  const { register, handleSubmit, setError, formState } = methods;
  const draft = useRouteDraft('mapping', methods);
  const age = detail.overview.ageToday;
  const limit = detail.rules.participationAge;
  const err = errorText(formState.errors, t);

  const onSubmit = handleSubmit((v) =>
    save(
      { kind: 'mapping', id: step?.id, ...v, date: dateInput(v.date), form: v.form || undefined },
      setError,
      { fields: Object.keys(v), draft },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      <DateField label={t('case.field.date')} error={err('date')} registration={register('date')} />
      <ChoiceField
        legend={t('case.field.mappingForm')}
        choices={mappingForms.map((f) => ({ value: f, label: t(`case.mappingForm.${f}`) }))}
        error={err('form')}
        registration={register('form')}
      />
      <Textfield
        label={t('case.field.participants')}
        description={t('case.help.participants')}
        multiline
        rows={2}
        error={err('participants')}
        {...register('participants')}
      />
      <Checkbox
        label={t('case.field.childParticipated')}
        description={
          age !== null && age >= limit
            ? t('case.help.childParticipatedMust', { age, limit })
            : t('case.help.childParticipated', { limit })
        }
        {...register('childParticipated')}
      />
      <Textfield
        label={t('case.field.childViews')}
        multiline
        rows={4}
        error={err('childViews')}
        {...register('childViews')}
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
