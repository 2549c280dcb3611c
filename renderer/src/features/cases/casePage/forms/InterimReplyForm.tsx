import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';

import type { StepFormProps } from './stepFormProps';
import { useSaveStep } from './useSaveStep';

interface Values {
  sentDate: string;
  reason: string;
  expectedDate: string;
}

/** Foreløpig svar: sent when the case cannot be decided within the deadline. */
export function InterimReplyForm({ detail, step, back, cancelHref }: StepFormProps<'interimReply'>) {
  const { t } = useTranslation();
  const { save, saving, errorCode, otherProblems } = useSaveStep(detail, back);
  const methods = useForm<Values>({
    defaultValues: step
      ? {
          sentDate: formatDay(step.sentDate),
          reason: step.reason,
          expectedDate: formatDay(step.expectedDate),
        }
      : { sentDate: formatDay(detail.today), reason: '', expectedDate: '' },
  });
  const { register, handleSubmit, setError, formState } = methods;
  const draft = useRouteDraft('interimReply', methods);
  const err = errorText(formState.errors, t);
  const deadline = detail.overview.deadlines.find((d) => d.kind === 'interimReply');

  const onSubmit = handleSubmit((v) =>
    save(
      {
        kind: 'interimReply',
        id: step?.id,
        ...v,
        sentDate: dateInput(v.sentDate),
        expectedDate: dateInput(v.expectedDate),
      },
      setError,
      { fields: Object.keys(v), draft },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      {deadline && (
        <Paragraph>
          {t('case.interimDeadline', { date: formatDay(deadline.dueDate), law: deadline.legalReference })}
        </Paragraph>
      )}
      <DateField
        label={t('case.field.sentDate')}
        error={err('sentDate')}
        registration={register('sentDate')}
      />
      <Textfield
        label={t('case.field.interimReason')}
        multiline
        rows={4}
        error={err('reason')}
        {...register('reason')}
      />
      <DateField
        label={t('case.field.expectedDate')}
        error={err('expectedDate')}
        registration={register('expectedDate')}
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
