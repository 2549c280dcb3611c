import { Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { ChoiceField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { caseHref } from '@renderer/features/cases/casePage/paths';
import { changeInput, endInput } from '@shared/api/appointments';
import type { CaseDetail } from '@shared/api/cases';
import { daysBetween } from '@shared/domain/calendar';
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
import { CandidatePicker } from './CandidatePicker';
import { useCandidates } from './queries';

interface Values extends EndValues {
  mode: 'next' | 'none';
  next: AppointmentValues;
}

const END_FIELDS = ['endDate', 'endReason', 'endNote'];
const NEXT_FIELDS = [
  'coordinatorId',
  'role',
  'startDate',
  'familyWish',
  'familyNotifiedDate',
  'partnersNotifiedDate',
].map((f) => `next.${f}`);

/** The rules the form checks itself before core: the order of the dates around the handover. */
function handoverProblems(
  current: Appointment,
  endDate: string,
  nextStart: string | null,
): Record<string, string> {
  if (endDate < current.startDate) return { endDate: 'validation.endBeforeStart' };
  if (nextStart !== null && nextStart < endDate) return { 'next.startDate': 'validation.startBeforeEnd' };
  return {};
}

/**
 * Bytte av koordinator: the current appointment ends (date, reason) and the next one starts, in
 * one step; or it ends with nobody yet, and the case shows as without a coordinator.
 */
export function ChangeFormPage({
  detail,
  current,
  back,
}: {
  detail: CaseDetail;
  current: Appointment;
  back: string;
}) {
  const { t } = useTranslation();
  const candidates = useCandidates(detail.record.id);
  const methods = useForm<Values>({
    defaultValues: {
      endDate: formatDay(detail.today),
      endReason: '',
      endNote: '',
      mode: 'next',
      next: { ...appointmentDefaults(detail), role: current.role },
    },
  });
  const { register, handleSubmit, setError, control, formState } = methods;
  const draft = useRouteDraft('change', methods);
  const err = errorText(formState.errors, t);
  const { submit, saving, errorCode, otherProblems } = useSubmitAppointment(detail, back, draft);
  const [mode, endText, startText, chosen, familyWish] = useWatch({
    control,
    name: ['mode', 'endDate', 'next.startDate', 'next.coordinatorId', 'next.familyWish'],
  });
  const caseId = detail.record.id;

  // The days the case will go without a coordinator, as soon as both dates can be read.
  const end = dateInput(endText);
  const start = dateInput(startText);
  const readable = (d: string | null): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d);
  const gap = readable(end) && readable(start) && start >= end ? daysBetween(end, start) : null;

  const onSubmit = handleSubmit((v) => {
    const ending = { caseId, appointmentId: current.id, ...endInputOf(v) };
    if (v.mode === 'none') {
      return submit('appointments.end', endInput, ending, setError, {
        fields: END_FIELDS,
        check: (e) => handoverProblems(current, e.endDate, null),
      });
    }
    return submit(
      'appointments.change',
      changeInput,
      { ...ending, next: appointmentInputOf(v.next) },
      setError,
      {
        fields: [...END_FIELDS, ...NEXT_FIELDS],
        check: (c) => {
          const order = handoverProblems(current, c.endDate, c.next.startDate);
          if (Object.keys(order).length > 0) return order;
          const others = detail.coordination.history.map((a) =>
            a.id === current.id ? { ...a, endDate: c.endDate } : a,
          );
          const problems = appointmentProblems(
            detail.record,
            others,
            { ...c.next, endDate: null },
            detail.today,
          );
          return Object.fromEntries(Object.entries(problems).map(([f, key]) => [`next.${f}`, key]));
        },
      },
    );
  });

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <DraftNotice draft={draft} />
        <Heading level={2} data-size="sm">
          {t('case.coordination.changeEnd', { name: current.coordinatorName })}
        </Heading>
        <EndFields />
        <ChoiceField
          legend={t('case.coordination.changeMode')}
          choices={[
            { value: 'next', label: t('case.coordination.modeNext') },
            { value: 'none', label: t('case.coordination.modeNone') },
          ]}
          error={err('mode')}
          registration={register('mode')}
        />
        {mode === 'next' && (
          <>
            <Heading level={2} data-size="sm">
              {t('case.coordination.changeNext')}
            </Heading>
            <AppointmentFields detail={detail} prefix="next." change>
              {gap !== null && (
                <Paragraph role="status">
                  {gap === 0
                    ? t('case.coordination.sameDayPreview')
                    : t('case.coordination.gapPreview', { count: gap })}
                </Paragraph>
              )}
            </AppointmentFields>
            <ErrorAlert error={candidates.error} />
            {candidates.isPending ? (
              <Spinner aria-label={t('app.loading')} />
            ) : (
              <CandidatePicker
                candidates={candidates.data ?? []}
                selected={chosen}
                registration={register('next.coordinatorId')}
                error={err('next.coordinatorId')}
                familyWish={familyWish}
                startText={startText}
                today={detail.today}
              />
            )}
          </>
        )}
        <FormFooter
          saving={saving}
          errorCode={errorCode}
          otherProblems={otherProblems}
          cancelHref={caseHref(caseId, back)}
          draft={draft}
        />
      </form>
    </FormProvider>
  );
}
