import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { navigate } from '@renderer/app/router';
import { formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { caseHref } from '@renderer/features/cases/casePage/paths';
import { correctInput } from '@shared/api/appointments';
import type { CaseDetail } from '@shared/api/cases';
import { appointmentProblems, type Appointment } from '@shared/domain/coordination';

import {
  AppointmentFields,
  appointmentDefaults,
  appointmentInputOf,
  EndFields,
  endInputOf,
  useSubmitAppointment,
  type AppointmentValues,
  type EndValues,
} from './appointmentForm';
import { useAppointment } from './queries';

type Values = AppointmentValues & EndValues;

const FIELDS = [
  'role',
  'startDate',
  'familyWish',
  'familyNotifiedDate',
  'partnersNotifiedDate',
  'endDate',
  'endReason',
  'endNote',
];

/**
 * Corrects what was recorded about one appointment (the dates the family and the partners were
 * told are often filled in later), or removes one recorded by mistake. Another coordinator is a
 * change, not a correction.
 */
export function AppointmentEditPage({
  detail,
  appointment,
  back,
}: {
  detail: CaseDetail;
  appointment: Appointment;
  back: string;
}) {
  const { t } = useTranslation();
  const methods = useForm<Values>({
    defaultValues: {
      ...appointmentDefaults(detail, appointment),
      endDate: formatDay(appointment.endDate),
      endReason: appointment.endReason ?? '',
      endNote: appointment.endNote,
    },
  });
  const { handleSubmit, setError } = methods;
  const draft = useRouteDraft('appointment', methods);
  const { submit, saving, errorCode, otherProblems } = useSubmitAppointment(detail, back, draft);
  const [confirming, setConfirming] = useState(false);
  const caseId = detail.record.id;

  const onSubmit = handleSubmit((v) => {
    const { coordinatorId: _, ...fields } = appointmentInputOf(v);
    const end = endInputOf(v);
    return submit(
      'appointments.correct',
      correctInput,
      { caseId, appointmentId: appointment.id, ...fields, ...end, endReason: end.endReason ?? null },
      setError,
      {
        fields: FIELDS,
        check: (c) => {
          const others = detail.coordination.history.filter((a) => a.id !== appointment.id);
          const next = { ...c, coordinatorId: appointment.coordinatorId };
          return appointmentProblems(detail.record, others, next, detail.today);
        },
      },
    );
  });

  return (
    <FormProvider {...methods}>
      <Paragraph>
        <strong>{appointment.coordinatorName}</strong>, {appointment.serviceUnitName}
      </Paragraph>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <DraftNotice draft={draft} />
        <AppointmentFields detail={detail} />
        <Heading level={2} data-size="sm">
          {t('case.coordination.endedSection')}
        </Heading>
        <EndFields optional />
        <FormFooter
          saving={saving}
          errorCode={errorCode}
          otherProblems={otherProblems}
          cancelHref={caseHref(caseId, back)}
          draft={draft}
        />
      </form>
      {confirming ? (
        <RemoveAppointmentConfirm
          detail={detail}
          appointment={appointment}
          back={back}
          onCancel={() => setConfirming(false)}
          onRemoved={draft.discard}
        />
      ) : (
        <div className="button-row">
          <Button variant="tertiary" data-color="danger" onClick={() => setConfirming(true)}>
            {t('case.coordination.remove')}
          </Button>
        </div>
      )}
    </FormProvider>
  );
}

/** Asks once before removing; focus starts on "Avbryt" so a habitual Enter removes nothing. */
function RemoveAppointmentConfirm({
  detail,
  appointment,
  back,
  onCancel,
  onRemoved,
}: {
  detail: CaseDetail;
  appointment: Appointment;
  back: string;
  onCancel: () => void;
  /** Before going back to the case: what was typed about the appointment goes with it. */
  onRemoved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const remove = useAppointment('appointments.remove');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => cancelRef.current?.focus(), []);
  const caseId = detail.record.id;
  return (
    <Alert data-color="warning" role="alertdialog" aria-labelledby={questionId} className="remove-confirm">
      <Paragraph id={questionId}>
        {t('case.coordination.removeQuestion', { name: appointment.coordinatorName })}
      </Paragraph>
      <Paragraph>{t('case.coordination.removeExplanation')}</Paragraph>
      <ErrorAlert error={remove.error} />
      <div className="button-row">
        <Button
          data-color="danger"
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(
              { caseId, appointmentId: appointment.id },
              { onSuccess: () => void onRemoved().then(() => navigate(caseHref(caseId, back))) },
            )
          }
        >
          {t('case.coordination.removeConfirm')}
        </Button>
        <Button variant="secondary" ref={cancelRef} onClick={onCancel}>
          {t('case.cancel')}
        </Button>
      </div>
    </Alert>
  );
}
