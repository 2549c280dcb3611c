import { Spinner } from '@digdir/designsystemet-react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { DraftNotice } from '@renderer/components/DraftNotice';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { caseHref } from '@renderer/features/cases/casePage/paths';
import { appointInput } from '@shared/api/appointments';
import type { CaseDetail } from '@shared/api/cases';
import { appointmentProblems } from '@shared/domain/coordination';

import {
  AppointmentFields,
  appointmentDefaults,
  appointmentInputOf,
  useSubmitAppointment,
  type AppointmentValues,
} from './appointmentForm';
import { CandidatePicker } from './CandidatePicker';
import { useCandidates } from './queries';

const FIELDS = [
  'coordinatorId',
  'role',
  'startDate',
  'familyWish',
  'familyNotifiedDate',
  'partnersNotifiedDate',
];

/** Oppnevning: a coordinator from the pool for a granted right. */
export function AppointFormPage({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const candidates = useCandidates(detail.record.id);
  const methods = useForm<AppointmentValues>({ defaultValues: appointmentDefaults(detail) });
  const draft = useRouteDraft('appoint', methods);
  const { register, handleSubmit, setError, control, formState } = methods;
  const [chosen, familyWish, startText] = useWatch({
    control,
    name: ['coordinatorId', 'familyWish', 'startDate'],
  });
  const { submit, saving, errorCode, otherProblems } = useSubmitAppointment(detail, back, draft);
  const others = detail.coordination.history;

  const onSubmit = handleSubmit((v) =>
    submit(
      'appointments.appoint',
      appointInput,
      { caseId: detail.record.id, ...appointmentInputOf(v) },
      setError,
      {
        fields: FIELDS,
        check: (a) => appointmentProblems(detail.record, others, { ...a, endDate: null }, detail.today),
      },
    ),
  );

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <DraftNotice draft={draft} />
        <AppointmentFields detail={detail} />
        <ErrorAlert error={candidates.error} />
        {candidates.isPending ? (
          <Spinner aria-label={t('app.loading')} />
        ) : (
          <CandidatePicker
            candidates={candidates.data ?? []}
            selected={chosen}
            registration={register('coordinatorId')}
            error={errorText(formState.errors, t)('coordinatorId')}
            familyWish={familyWish}
            startText={startText}
            today={detail.today}
          />
        )}
        <FormFooter
          saving={saving}
          errorCode={errorCode}
          otherProblems={otherProblems}
          cancelHref={caseHref(detail.record.id, back)}
          draft={draft}
        />
      </form>
    </FormProvider>
  );
}
