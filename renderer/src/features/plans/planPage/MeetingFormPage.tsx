import {
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useController, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { navigate } from '@renderer/app/router';
import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { meetingInput, type PlanDetail } from '@shared/api/plans';
import { meetingKinds, type Meeting, type Member } from '@shared/domain/plan';
import { meetingProblems } from '@shared/domain/planOverview';

import { planHref } from './paths';
import { usePlanChange } from './queries';
import { RemoveConfirm } from './RemoveConfirm';
import { usePlanSave } from './usePlanSave';

interface Values {
  date: string;
  kind: string;
  participantIds: number[];
  otherParticipants: string;
  minutesWritten: boolean;
  minutesReference: string;
  nextMeetingDate: string;
}

const FIELDS = [
  'date',
  'kind',
  'participantIds',
  'otherParticipants',
  'minutesWritten',
  'minutesReference',
  'nextMeetingDate',
];

/** `#/planer/<id>/mote/ny` and `/mote/<meetingId>`: a meeting of the responsibility group. */
export function MeetingFormPage({ detail, meeting }: { detail: PlanDetail; meeting: Meeting | null }) {
  const { t } = useTranslation();
  const methods = useForm<Values>({
    defaultValues: {
      date: formatDay(meeting?.date ?? detail.today),
      kind: meeting?.kind ?? (detail.meetings.length === 0 ? 'start' : 'responsibilityGroup'),
      participantIds: meeting?.participantIds ?? [],
      otherParticipants: meeting?.otherParticipants ?? '',
      minutesWritten: meeting?.minutesWritten ?? false,
      minutesReference: meeting?.minutesReference ?? '',
      nextMeetingDate: formatDay(meeting?.nextMeetingDate),
    },
  });
  const { register, handleSubmit, setError, formState, control } = methods;
  const draft = useRouteDraft('meeting', methods);
  const err = errorText(formState.errors, t);
  const written = useWatch({ control, name: 'minutesWritten' });
  const save = usePlanChange('plans.saveMeeting');
  const remove = usePlanChange('plans.removeMeeting');
  const [removing, setRemoving] = useState(false);
  const caseId = detail.caseId;
  const { run, errorCode, otherProblems } = usePlanSave(
    setError,
    FIELDS,
    { caseId, section: 'moter' },
    draft,
  );

  const onSubmit = handleSubmit((v) =>
    run(
      meetingInput,
      {
        ...(meeting ? { id: meeting.id } : {}),
        date: dateInput(v.date),
        kind: v.kind || undefined,
        participantIds: v.participantIds,
        otherParticipants: v.otherParticipants,
        minutesWritten: v.minutesWritten,
        minutesReference: v.minutesWritten ? v.minutesReference : '',
        nextMeetingDate: dateInput(v.nextMeetingDate),
      },
      (input) => save.mutateAsync({ caseId, meeting: input }),
      (input) => (detail.ipGrantedFrom ? meetingProblems(input, detail.ipGrantedFrom, detail.today) : {}),
    ),
  );

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <DraftNotice draft={draft} />
        <DateField label={t('plan.form.meetingDate')} error={err('date')} registration={register('date')} />
        <ChoiceField
          legend={t('plan.form.meetingKind')}
          choices={meetingKinds.map((k) => ({ value: k, label: t(`plan.meetingKind.${k}`) }))}
          error={err('kind')}
          registration={register('kind')}
        />
        <Participants control={control} members={detail.members} error={err('participantIds')} />
        <Textfield
          label={t('plan.form.otherParticipants')}
          description={t('plan.form.otherParticipantsHelp')}
          autoComplete="off"
          error={err('otherParticipants')}
          {...register('otherParticipants')}
        />
        <Checkbox label={t('plan.form.minutesWritten')} {...register('minutesWritten')} />
        {written && (
          <Textfield
            label={t('plan.form.minutesReference')}
            description={t('plan.form.minutesReferenceHelp')}
            autoComplete="off"
            error={err('minutesReference')}
            {...register('minutesReference')}
          />
        )}
        <DateField
          label={t('plan.form.nextMeetingDate')}
          error={err('nextMeetingDate')}
          registration={register('nextMeetingDate')}
        />
        <FormFooter
          saving={save.isPending}
          errorCode={errorCode}
          otherProblems={otherProblems}
          cancelHref={planHref(caseId, 'moter')}
          draft={draft}
        />
      </form>
      {meeting &&
        (removing ? (
          <RemoveConfirm
            question={t('plan.form.removeMeetingQuestion', { date: formatDay(meeting.date) })}
            explanation={t('plan.form.removeExplanation')}
            confirm={t('plan.form.removeMeeting')}
            mutation={remove}
            onConfirm={() =>
              remove.mutate(
                { caseId, meetingId: meeting.id },
                { onSuccess: () => void draft.discard().then(() => navigate(planHref(caseId, 'moter'))) },
              )
            }
            onCancel={() => setRemoving(false)}
          />
        ) : (
          <div className="button-row">
            <Button variant="tertiary" data-color="danger" onClick={() => setRemoving(true)}>
              {t('plan.form.removeMeeting')}
            </Button>
          </div>
        ))}
    </>
  );
}

/** The members of the group as checkboxes; the ticked ones are the form's value. */
function Participants({
  control,
  members,
  error,
}: {
  control: Control<Values>;
  members: Member[];
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'participantIds' });
  const errorId = useId();
  const value = field.value;
  const toggle = (id: number, on: boolean) =>
    field.onChange(on ? [...value.filter((x) => x !== id), id] : value.filter((x) => x !== id));
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{t('plan.form.participants')}</Fieldset.Legend>
      <Fieldset.Description>{t('plan.form.participantsHelp')}</Fieldset.Description>
      {members.length === 0 ? (
        <Paragraph>{t('plan.form.noMembers')}</Paragraph>
      ) : (
        members.map((m, i) => (
          <Checkbox
            key={m.id}
            label={m.name}
            description={[m.role, m.kind === 'family' ? t('plan.group.family') : m.serviceUnitName]
              .filter(Boolean)
              .join(', ')}
            value={String(m.id)}
            checked={value.includes(m.id)}
            aria-invalid={error ? true : undefined}
            ref={i === 0 ? field.ref : undefined}
            onChange={(e) => toggle(m.id, e.target.checked)}
          />
        ))
      )}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
