import { Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { consentGivers, consentTypes } from '@shared/domain/case';

import type { StepFormProps } from './stepFormProps';
import { useSaveStep } from './useSaveStep';

interface Values {
  type: string;
  givenBy: string;
  givenByName: string;
  date: string;
  validUntil: string;
  scope: string;
  withdrawnDate: string;
}

/** Samtykke: what it covers, who gave it, for how long, and when it was withdrawn. */
export function ConsentForm({ detail, step, back, cancelHref }: StepFormProps<'consent'>) {
  const { t } = useTranslation();
  const { save, saving, errorCode, otherProblems } = useSaveStep(detail, back);
  const age = detail.overview.ageToday;
  const ownConsent = age !== null && age >= detail.rules.ownConsentAge;
  const methods = useForm<Values>({
    defaultValues: step
      ? {
          type: step.type,
          givenBy: step.givenBy,
          givenByName: step.givenByName,
          date: formatDay(step.date),
          validUntil: formatDay(step.validUntil),
          scope: step.scope,
          withdrawnDate: formatDay(step.withdrawnDate),
        }
      : {
          type: '',
          // From the own-consent age the young person consents; for a younger or unborn child, the parents.
          givenBy: ownConsent ? 'person' : 'guardian',
          givenByName: '',
          date: formatDay(detail.today),
          validUntil: '',
          scope: '',
          withdrawnDate: '',
        },
  });
  const { register, handleSubmit, setError, formState } = methods;
  const draft = useRouteDraft('consent', methods);
  const err = errorText(formState.errors, t);

  const onSubmit = handleSubmit((v) =>
    save(
      {
        kind: 'consent',
        id: step?.id,
        ...v,
        type: v.type || undefined,
        givenBy: v.givenBy || undefined,
        date: dateInput(v.date),
        validUntil: dateInput(v.validUntil),
        withdrawnDate: dateInput(v.withdrawnDate),
      },
      setError,
      { fields: Object.keys(v), draft },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      <ChoiceField
        legend={t('case.field.consentType')}
        choices={consentTypes.map((c) => ({ value: c, label: t(`case.consentType.${c}`) }))}
        error={err('type')}
        registration={register('type')}
      />
      <ChoiceField
        legend={t('case.field.givenBy')}
        description={t('case.help.ownConsent', { age: detail.rules.ownConsentAge })}
        choices={consentGivers.map((g) => ({ value: g, label: t(`case.consentGiver.${g}`) }))}
        error={err('givenBy')}
        registration={register('givenBy')}
      />
      <Textfield
        label={t('case.field.givenByName')}
        autoComplete="off"
        error={err('givenByName')}
        {...register('givenByName')}
      />
      <DateField label={t('case.field.consentDate')} error={err('date')} registration={register('date')} />
      <DateField
        label={t('case.field.validUntil')}
        help={t('case.help.optional')}
        error={err('validUntil')}
        registration={register('validUntil')}
      />
      <Textfield
        label={t('case.field.scope')}
        description={t('case.help.scope')}
        multiline
        rows={3}
        error={err('scope')}
        {...register('scope')}
      />
      <DateField
        label={t('case.field.withdrawnDate')}
        help={t('case.help.withdrawn')}
        error={err('withdrawnDate')}
        registration={register('withdrawnDate')}
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
