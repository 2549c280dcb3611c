import { Alert, Button, Heading, Link, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useController, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { Coordinator } from '@shared/api/coordinators';
import { sessionInput, type TrainingSession } from '@shared/api/training';
import { todayIso } from '@shared/domain/calendar';
import { parseNorwegianDate } from '@shared/domain/dates';
import type { Course } from '@shared/domain/training';

import { navigate } from '../../app/router';
import { dateInput, formatDay } from '../../components/dates';
import { DraftNotice } from '../../components/DraftNotice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields';
import { errorText } from '../../components/formErrors';
import { FormFooter } from '../../components/FormFooter';
import { SelectField } from '../../components/SelectField';
import { useCheckedSave } from '../../components/useCheckedSave';
import { useRouteDraft } from '../../components/useDraft';
import { useCoordinators } from '../coordinators/queries';
import { CoordinatorPicker, pickable } from './CoordinatorPicker';
import { formHref, overviewHref } from './paths';
import { useSaveSession, useTrainingOverview, useTrainingSession } from './queries';
import { RemoveSessionConfirm } from './RemoveSessionConfirm';

interface Values {
  courseId: string;
  date: string;
  place: string;
  note: string;
  attendeeIds: number[];
}

const FIELDS = ['courseId', 'date', 'place', 'note', 'attendeeIds'];

/** A date typed into the form lies after today: the session is planned, not held. */
function isPlanned(typed: string, today: string): boolean {
  const iso = parseNorwegianDate(typed);
  return iso !== null && iso > today;
}

/** `#/opplaering/samling/ny` and `/<id>`: loads what the form needs, then shows it. */
export function SessionFormPage({ id }: { id: number | null }) {
  const { t } = useTranslation();
  const overview = useTrainingOverview();
  const coordinators = useCoordinators();
  const existing = useTrainingSession(id);
  const failed = overview.error ?? coordinators.error ?? existing.error;
  const loading = overview.isPending || coordinators.isPending || (id !== null && existing.isPending);

  return (
    <section className="page narrow">
      <Link href={overviewHref}>{t('training.back')}</Link>
      <Heading level={1} data-size="lg">
        {id === null ? t('training.sessionForm.titleNew') : t('training.sessionForm.titleEdit')}
      </Heading>
      {failed ? (
        <ErrorAlert error={failed} />
      ) : loading ? (
        <Spinner aria-label={t('app.loading')} />
      ) : (
        <SessionForm
          session={existing.data ?? null}
          courses={overview.data!.courses}
          coordinators={coordinators.data!}
        />
      )}
    </section>
  );
}

function SessionForm({
  session,
  courses,
  coordinators,
}: {
  session: TrainingSession | null;
  courses: Course[];
  coordinators: Coordinator[];
}) {
  const { t } = useTranslation();
  const today = todayIso(new Date());
  // A retired course is not offered again, but a session held on it keeps it.
  const offered = courses.filter((c) => c.active || c.id === session?.courseId);
  const onlyCourse = offered.length === 1 ? String(offered[0]!.id) : '';
  const methods = useForm<Values>({
    defaultValues: session
      ? {
          courseId: String(session.courseId),
          date: formatDay(session.date),
          place: session.place,
          note: session.note,
          attendeeIds: session.attendeeIds,
        }
      : { courseId: onlyCourse, date: formatDay(today), place: '', note: '', attendeeIds: [] },
  });
  const { register, handleSubmit, setError, formState, control } = methods;
  const draft = useRouteDraft('session', methods);
  const err = errorText(formState.errors, t);
  const save = useSaveSession();
  const { run, errorCode, otherProblems } = useCheckedSave(setError, FIELDS);
  const [removing, setRemoving] = useState(false);

  const onSubmit = handleSubmit(async (v) => {
    const saved = await run(
      sessionInput,
      {
        courseId: v.courseId === '' ? undefined : Number(v.courseId),
        date: dateInput(v.date),
        place: v.place,
        note: v.note,
        attendeeIds: v.attendeeIds,
      },
      (input) => save.mutateAsync(session ? { ...input, id: session.id } : input),
      // The same rule as core: attendance is recorded once the session has been held.
      (input): Record<string, string> =>
        input.date > today && input.attendeeIds.length > 0
          ? { attendeeIds: 'validation.attendanceInFuture' }
          : {},
    );
    if (!saved) return;
    await draft.discard();
    navigate(overviewHref);
  });

  return (
    <>
      {offered.length === 0 && (
        <Alert data-color="warning">
          {t('training.sessionForm.noCourses')}{' '}
          <Link href={formHref('course', null)}>{t('training.courses.new')}</Link>
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <DraftNotice draft={draft} />
        <SelectField
          label={t('training.sessionForm.course')}
          error={err('courseId')}
          {...register('courseId')}
        >
          <option value="">{t('training.sessionForm.chooseCourse')}</option>
          {offered.map((c) => (
            <option key={c.id} value={c.id}>
              {c.active ? c.name : t('training.sessionForm.retiredCourse', { name: c.name })}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t('training.sessionForm.date')}
          help={t('training.sessionForm.dateHelp')}
          error={err('date')}
          registration={register('date')}
        />
        <Textfield
          label={t('training.sessionForm.place')}
          autoComplete="off"
          error={err('place')}
          {...register('place')}
        />
        <Textfield
          multiline
          rows={3}
          label={t('training.sessionForm.note')}
          error={err('note')}
          {...register('note')}
        />
        <Attendees control={control} coordinators={coordinators} today={today} error={err('attendeeIds')} />
        <FormFooter
          saving={save.isPending}
          errorCode={errorCode}
          otherProblems={otherProblems}
          cancelHref={overviewHref}
          draft={draft}
        />
      </form>
      {session &&
        (removing ? (
          <RemoveSessionConfirm
            session={session}
            onCancel={() => setRemoving(false)}
            onRemoved={() => void draft.discard().then(() => navigate(overviewHref))}
          />
        ) : (
          <div className="button-row">
            <Button variant="secondary" data-color="danger" onClick={() => setRemoving(true)}>
              {t('training.sessionForm.remove')}
            </Button>
          </div>
        ))}
    </>
  );
}

/** The attendee list; a planned session says that attendance waits until it has been held. */
function Attendees({
  control,
  coordinators,
  today,
  error,
}: {
  control: Control<Values>;
  coordinators: Coordinator[];
  today: string;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'attendeeIds' });
  const date = useWatch({ control, name: 'date' });
  const planned = isPlanned(date, today);
  // Those attending when the form opened stay in the list, active or not.
  const [initial] = useState(field.value);
  const list = useMemo(() => pickable(coordinators, initial), [coordinators, initial]);
  return (
    <CoordinatorPicker
      legend={t('training.sessionForm.attendees')}
      description={t('training.sessionForm.attendeesHelp')}
      notice={
        planned && (
          <Alert data-color="info" className="picker-notice">
            {t('training.sessionForm.plannedNotice')}
          </Alert>
        )
      }
      coordinators={list}
      value={field.value}
      onChange={field.onChange}
      error={error}
      inputRef={field.ref}
    />
  );
}
