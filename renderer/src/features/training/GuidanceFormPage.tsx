import { Heading, Link, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useController, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { Coordinator } from '@shared/api/coordinators';
import { guidanceInput, type GuidanceSession } from '@shared/api/training';
import { todayIso } from '@shared/domain/calendar';

import { navigate } from '../../app/router';
import { dateInput, formatDay } from '../../components/dates';
import { DraftNotice } from '../../components/DraftNotice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields';
import { errorText } from '../../components/formErrors';
import { FormFooter } from '../../components/FormFooter';
import { useCheckedSave } from '../../components/useCheckedSave';
import { useRouteDraft } from '../../components/useDraft';
import { useCoordinators } from '../coordinators/queries';
import { CoordinatorPicker, pickable } from './CoordinatorPicker';
import { overviewHref } from './paths';
import { useGuidance, useSaveGuidance } from './queries';

interface Values {
  date: string;
  topic: string;
  note: string;
  coordinatorIds: number[];
}

const FIELDS = ['date', 'topic', 'note', 'coordinatorIds'];

/** `#/opplaering/veiledning/ny` and `/<id>`: guidance given to one or more coordinators. */
export function GuidanceFormPage({ id }: { id: number | null }) {
  const { t } = useTranslation();
  const coordinators = useCoordinators();
  const existing = useGuidance(id);
  const failed = coordinators.error ?? existing.error;
  const loading = coordinators.isPending || (id !== null && existing.isPending);

  return (
    <section className="page narrow">
      <Link href={overviewHref}>{t('training.back')}</Link>
      <Heading level={1} data-size="lg">
        {id === null ? t('training.guidanceForm.titleNew') : t('training.guidanceForm.titleEdit')}
      </Heading>
      {failed ? (
        <ErrorAlert error={failed} />
      ) : loading ? (
        <Spinner aria-label={t('app.loading')} />
      ) : (
        <GuidanceForm guidance={existing.data ?? null} coordinators={coordinators.data!} />
      )}
    </section>
  );
}

function GuidanceForm({
  guidance,
  coordinators,
}: {
  guidance: GuidanceSession | null;
  coordinators: Coordinator[];
}) {
  const { t } = useTranslation();
  const methods = useForm<Values>({
    defaultValues: guidance
      ? {
          date: formatDay(guidance.date),
          topic: guidance.topic,
          note: guidance.note,
          coordinatorIds: guidance.coordinatorIds,
        }
      : { date: formatDay(todayIso(new Date())), topic: '', note: '', coordinatorIds: [] },
  });
  const { register, handleSubmit, setError, formState, control } = methods;
  const draft = useRouteDraft('guidance', methods);
  const err = errorText(formState.errors, t);
  const save = useSaveGuidance();
  const { run, errorCode, otherProblems } = useCheckedSave(setError, FIELDS);

  const onSubmit = handleSubmit(async (v) => {
    const saved = await run(guidanceInput, { ...v, date: dateInput(v.date) }, (input) =>
      save.mutateAsync(guidance ? { ...input, id: guidance.id } : input),
    );
    if (!saved) return;
    await draft.discard();
    navigate(overviewHref);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      <DateField
        label={t('training.guidanceForm.date')}
        error={err('date')}
        registration={register('date')}
      />
      <Textfield
        label={t('training.guidanceForm.topic')}
        description={t('training.guidanceForm.topicHelp')}
        autoComplete="off"
        error={err('topic')}
        {...register('topic')}
      />
      <Textfield
        multiline
        rows={4}
        label={t('training.guidanceForm.note')}
        description={t('training.guidanceForm.noteHelp')}
        error={err('note')}
        {...register('note')}
      />
      <GuidedCoordinators control={control} coordinators={coordinators} error={err('coordinatorIds')} />
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

function GuidedCoordinators({
  control,
  coordinators,
  error,
}: {
  control: Control<Values>;
  coordinators: Coordinator[];
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'coordinatorIds' });
  // Those guided when the form opened stay in the list, active or not.
  const [initial] = useState(field.value);
  const list = useMemo(() => pickable(coordinators, initial), [coordinators, initial]);
  return (
    <CoordinatorPicker
      legend={t('training.guidanceForm.coordinators')}
      description={t('training.guidanceForm.coordinatorsHelp')}
      coordinators={list}
      value={field.value}
      onChange={field.onChange}
      error={error}
      inputRef={field.ref}
    />
  );
}
