import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { closingReasons } from '@shared/domain/case';
import { closingInForce } from '@shared/domain/caseSteps';

import type { StepFormProps } from './stepFormProps';
import { useSaveStep } from './useSaveStep';

interface ClosingValues {
  date: string;
  reason: string;
  note: string;
}

/** Avslutning: the date and why; afterwards only a reopening can be recorded. */
export function ClosingForm({ detail, step, back, cancelHref }: StepFormProps<'closing'>) {
  const { t } = useTranslation();
  const { save, saving, errorCode, otherProblems } = useSaveStep(detail, back);
  const methods = useForm<ClosingValues>({
    defaultValues: step
      ? { date: formatDay(step.date), reason: step.reason, note: step.note }
      : { date: formatDay(detail.today), reason: '', note: '' },
  });
  const { register, handleSubmit, setError, formState } = methods;
  const draft = useRouteDraft('closing', methods);
  const err = errorText(formState.errors, t);

  const onSubmit = handleSubmit((v) =>
    save(
      { kind: 'closing', id: step?.id, ...v, date: dateInput(v.date), reason: v.reason || undefined },
      setError,
      { fields: Object.keys(v), draft },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      {!step && <Paragraph>{t('case.closingIntro')}</Paragraph>}
      <DateField label={t('case.field.closingDate')} error={err('date')} registration={register('date')} />
      <ChoiceField
        legend={t('case.field.closingReason')}
        choices={closingReasons.map((r) => ({ value: r, label: t(`case.closingReason.${r}`) }))}
        error={err('reason')}
        registration={register('reason')}
      />
      <Textfield
        label={t('case.field.note')}
        description={t('case.help.closingNote')}
        multiline
        rows={3}
        error={err('note')}
        {...register('note')}
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

interface ReopeningValues {
  date: string;
  reason: string;
}

/** Gjenåpning: a closed case taken up again (a new need, a consent given anew), with the reason. */
export function ReopeningForm({ detail, step, back, cancelHref }: StepFormProps<'reopening'>) {
  const { t } = useTranslation();
  const { save, saving, errorCode, otherProblems } = useSaveStep(detail, back);
  const methods = useForm<ReopeningValues>({
    defaultValues: step
      ? { date: formatDay(step.date), reason: step.reason }
      : { date: formatDay(detail.today), reason: '' },
  });
  const { register, handleSubmit, setError, formState } = methods;
  const draft = useRouteDraft('reopening', methods);
  const err = errorText(formState.errors, t);
  const closing = closingInForce(detail.record);

  const onSubmit = handleSubmit((v) =>
    save({ kind: 'reopening', id: step?.id, ...v, date: dateInput(v.date) }, setError, {
      fields: Object.keys(v),
      draft,
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      {closing && (
        <Paragraph>
          {t('case.closedOn', {
            date: formatDay(closing.date),
            reason: t(`case.closingReason.${closing.reason}`),
          })}
        </Paragraph>
      )}
      <DateField label={t('case.field.reopeningDate')} error={err('date')} registration={register('date')} />
      <Textfield
        label={t('case.field.reopeningReason')}
        multiline
        rows={3}
        error={err('reason')}
        {...register('reason')}
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
