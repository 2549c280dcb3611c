import { Checkbox, Heading, Link, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { courseInput } from '@shared/api/training';
import { courseTypes, type Course } from '@shared/domain/training';

import { navigate } from '../../app/router';
import { DraftNotice } from '../../components/DraftNotice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChoiceField } from '../../components/fields';
import { errorText } from '../../components/formErrors';
import { FormFooter } from '../../components/FormFooter';
import { useCheckedSave } from '../../components/useCheckedSave';
import { useRouteDraft } from '../../components/useDraft';
import { overviewHref } from './paths';
import { useSaveCourse, useTrainingOverview } from './queries';

interface Values {
  name: string;
  provider: string;
  type: string;
  validityMonths: string;
  required: boolean;
  active: boolean;
}

const FIELDS = ['name', 'provider', 'type', 'validityMonths', 'required', 'active'];

const empty: Values = { name: '', provider: '', type: '', validityMonths: '', required: false, active: true };

function toValues(c: Course): Values {
  return { ...c, validityMonths: c.validityMonths === null ? '' : String(c.validityMonths) };
}

/** Empty is "does not expire"; only plain digits are a number of months ("1e2" and "12,5" are not). */
export function validityInput(text: string): number | null {
  const v = text.trim();
  if (v === '') return null;
  return /^\d+$/.test(v) ? Number(v) : NaN;
}

/** `#/opplaering/kurs/ny` and `/<id>`: one course of the catalogue. */
export function CourseFormPage({ id }: { id: number | null }) {
  const { t } = useTranslation();
  // There is no channel for one course: the catalogue is small and already on the overview.
  const overview = useTrainingOverview();
  const course = id === null ? null : overview.data?.courses.find((c) => c.id === id);

  return (
    <section className="page narrow">
      <Link href={overviewHref}>{t('training.back')}</Link>
      <Heading level={1} data-size="lg">
        {id === null ? t('training.courseForm.titleNew') : t('training.courseForm.titleEdit')}
      </Heading>
      {id === null ? (
        <CourseForm course={null} />
      ) : overview.isError ? (
        <ErrorAlert error={overview.error} />
      ) : overview.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : course ? (
        <CourseForm course={course} />
      ) : (
        <ErrorAlert code="NOT_FOUND" />
      )}
    </section>
  );
}

function CourseForm({ course }: { course: Course | null }) {
  const { t } = useTranslation();
  const methods = useForm<Values>({
    defaultValues: course ? toValues(course) : empty,
  });
  const { register, handleSubmit, setError, formState } = methods;
  const draft = useRouteDraft('course', methods);
  const err = errorText(formState.errors, t);
  const save = useSaveCourse();
  const { run, errorCode, otherProblems } = useCheckedSave(setError, FIELDS);

  const onSubmit = handleSubmit(async (v) => {
    const saved = await run(
      courseInput,
      { ...v, type: v.type || undefined, validityMonths: validityInput(v.validityMonths) },
      (input) => save.mutateAsync(course ? { ...input, id: course.id } : input),
    );
    if (!saved) return;
    await draft.discard();
    navigate(overviewHref);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      <Textfield
        label={t('training.courseForm.name')}
        autoComplete="off"
        error={err('name')}
        {...register('name')}
      />
      <Textfield
        label={t('training.courseForm.provider')}
        description={t('training.courseForm.providerHelp')}
        autoComplete="off"
        error={err('provider')}
        {...register('provider')}
      />
      <ChoiceField
        legend={t('training.courseForm.type')}
        choices={courseTypes.map((type) => ({ value: type, label: t(`training.courseType.${type}`) }))}
        error={err('type')}
        registration={register('type')}
      />
      <Textfield
        label={t('training.courseForm.validity')}
        description={t('training.courseForm.validityHelp')}
        inputMode="numeric"
        autoComplete="off"
        className="number-field"
        error={err('validityMonths')}
        {...register('validityMonths')}
      />
      <Checkbox
        label={t('training.courseForm.required')}
        description={t('training.courseForm.requiredHelp')}
        {...register('required')}
      />
      <Checkbox
        label={t('training.courseForm.active')}
        description={t('training.courseForm.activeHelp')}
        {...register('active')}
      />
      <FormFooter
        saving={save.isPending}
        errorCode={errorCode}
        otherProblems={otherProblems}
        cancelHref={overviewHref}
        draft={draft}
      />
    </form>
  );
}
