import { Alert, Button, Heading, Link, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { completionInput } from '@shared/api/training';
import { todayIso } from '@shared/domain/calendar';

import { navigate } from '../../app/router';
import { dateInput, formatDay } from '../../components/dates';
import { DraftNotice } from '../../components/DraftNotice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields';
import { errorText, showApiError, validateWith } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { useRouteDraft } from '../../components/useDraft';
import { norwegian } from './filter';
import { coordinatorHref } from './paths';
import { useCoordinator, useCourses, useRecordCompletion } from './queries';

interface Values {
  courseId: string;
  date: string;
  note: string;
}

/**
 * One course a coordinator completed outside a training session the KE held (an e-learning
 * course, a course elsewhere): `#/koordinatorer/<id>/opplaering`, back to their page afterwards.
 */
export function CompletionFormPage({ id, back }: { id: number; back: string }) {
  const { t } = useTranslation();
  const detail = useCoordinator(id);
  const courses = useCourses();
  const record = useRecordCompletion();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const methods = useForm<Values>({
    // Usually recorded the day the certificate arrives: today, as a starting point.
    defaultValues: { courseId: '', date: formatDay(todayIso(new Date())), note: '' },
  });
  const { register, handleSubmit, setError, formState } = methods;
  const draft = useRouteDraft('completion', methods);
  const err = errorText(formState.errors, t);
  const pageHref = coordinatorHref(id, back);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    const input = validateWith(
      completionInput,
      {
        coordinatorId: id,
        courseId: values.courseId === '' ? undefined : Number(values.courseId),
        date: dateInput(values.date) ?? undefined,
        note: values.note,
      },
      setError,
    );
    if (!input) return;
    // Core refuses it too; saying so here saves a round trip.
    if (input.date > todayIso(new Date())) {
      setError('date', { type: 'validate', message: 'validation.dateInFuture' });
      return;
    }
    try {
      await record.mutateAsync(input);
      await draft.discard();
      navigate(pageHref);
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  if (detail.isPending || courses.isPending) return <Spinner aria-label={t('app.loading')} />;
  const offered = (courses.data ?? [])
    .filter((c) => c.active)
    .sort((a, b) => norwegian.compare(a.name, b.name));

  return (
    <section className="page narrow">
      <Link href={pageHref}>
        {detail.data
          ? t('coordinators.backTo', { name: detail.data.coordinator.name })
          : t('coordinators.back')}
      </Link>
      <div>
        <Heading level={1} data-size="lg">
          {t('coordinators.completionForm.title')}
        </Heading>
        {detail.data && <p className="form-subject">{detail.data.coordinator.name}</p>}
      </div>
      <ErrorAlert error={detail.error ?? courses.error} />
      {courses.data && offered.length === 0 && (
        <Alert data-color="info">{t('coordinators.completionForm.noCourses')}</Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <DraftNotice draft={draft} />
        <SelectField
          label={t('coordinators.completionForm.course')}
          error={err('courseId')}
          {...register('courseId')}
        >
          <option value="">{t('coordinators.completionForm.chooseCourse')}</option>
          {offered.map((c) => (
            <option key={c.id} value={c.id}>
              {c.required ? t('coordinators.completionForm.requiredCourse', { name: c.name }) : c.name}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t('coordinators.completionForm.date')}
          error={err('date')}
          registration={register('date')}
        />
        <Textfield
          label={t('coordinators.completionForm.note')}
          description={t('coordinators.completionForm.noteHelp')}
          multiline
          rows={3}
          error={err('note')}
          {...register('note')}
        />
        <ErrorAlert code={errorCode} />
        <div className="button-row">
          <Button type="submit" loading={record.isPending} disabled={offered.length === 0}>
            {t('coordinators.completionForm.save')}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => void draft.discard().then(() => navigate(pageHref))}
          >
            {t('coordinators.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
