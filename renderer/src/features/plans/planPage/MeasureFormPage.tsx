import { Button, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { navigate } from '@renderer/app/router';
import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { measureInput, type PlanDetail } from '@shared/api/plans';
import { measureStatuses, type Goal, type Measure } from '@shared/domain/plan';
import { measureProblems } from '@shared/domain/planOverview';

import { useServiceUnits } from '../../coordinators/queries';
import { planHref } from './paths';
import { usePlanChange } from './queries';
import { RemoveConfirm } from './RemoveConfirm';
import { ServiceUnitSelect, unitsOffered } from './ServiceUnitSelect';
import { usePlanSave } from './usePlanSave';

interface Values {
  text: string;
  serviceUnitId: string;
  dueDate: string;
  status: string;
}

const FIELDS = ['text', 'serviceUnitId', 'dueDate', 'status'];

/** `#/planer/<id>/mal/<goalId>/tiltak/ny` and `/tiltak/<measureId>`: one measure under a goal. */
export function MeasureFormPage({
  detail,
  goal,
  measure,
}: {
  detail: PlanDetail;
  goal: Goal;
  measure: Measure | null;
}) {
  const { t } = useTranslation();
  const units = useServiceUnits();
  return (
    <>
      <Paragraph>{t('plan.form.underGoal', { text: goal.text })}</Paragraph>
      {units.isError ? (
        <ErrorAlert error={units.error} />
      ) : units.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : (
        <MeasureForm
          detail={detail}
          goal={goal}
          measure={measure}
          units={unitsOffered(units.data, measure?.serviceUnitId ?? null)}
        />
      )}
    </>
  );
}

function MeasureForm({
  detail,
  goal,
  measure,
  units,
}: {
  detail: PlanDetail;
  goal: Goal;
  measure: Measure | null;
  units: ReturnType<typeof unitsOffered>;
}) {
  const { t } = useTranslation();
  const methods = useForm<Values>({
    defaultValues: {
      text: measure?.text ?? '',
      serviceUnitId: measure?.serviceUnitId ? String(measure.serviceUnitId) : '',
      dueDate: formatDay(measure?.dueDate),
      status: measure?.status ?? 'planned',
    },
  });
  const { register, handleSubmit, setError, formState } = methods;
  const draft = useRouteDraft('measure', methods);
  const err = errorText(formState.errors, t);
  const save = usePlanChange('plans.saveMeasure');
  const remove = usePlanChange('plans.removeMeasure');
  const [removing, setRemoving] = useState(false);
  const caseId = detail.caseId;
  const { run, errorCode, otherProblems } = usePlanSave(setError, FIELDS, { caseId, section: 'mal' }, draft);

  const onSubmit = handleSubmit((v) =>
    run(
      measureInput,
      {
        ...(measure ? { id: measure.id } : {}),
        text: v.text,
        serviceUnitId: v.serviceUnitId === '' ? null : Number(v.serviceUnitId),
        dueDate: dateInput(v.dueDate),
        status: v.status || undefined,
      },
      (input) => save.mutateAsync({ caseId, goalId: goal.id, measure: input }),
      (input) => (detail.ipGrantedFrom ? measureProblems(input, detail.ipGrantedFrom) : {}),
    ),
  );

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <DraftNotice draft={draft} />
        <Textfield
          label={t('plan.form.measureText')}
          multiline
          rows={2}
          error={err('text')}
          {...register('text')}
        />
        <ServiceUnitSelect
          label={t('plan.form.serviceUnit')}
          units={units}
          emptyLabel={t('plan.form.noServiceUnit')}
          error={err('serviceUnitId')}
          {...register('serviceUnitId')}
        />
        <DateField label={t('plan.form.dueDate')} error={err('dueDate')} registration={register('dueDate')} />
        <ChoiceField
          legend={t('plan.form.measureStatus')}
          choices={measureStatuses.map((s) => ({ value: s, label: t(`plan.measureStatus.${s}`) }))}
          error={err('status')}
          registration={register('status')}
          inline
        />
        <FormFooter
          saving={save.isPending}
          errorCode={errorCode}
          otherProblems={otherProblems}
          cancelHref={planHref(caseId, 'mal')}
          draft={draft}
        />
      </form>
      {measure &&
        (removing ? (
          <RemoveConfirm
            question={t('plan.form.removeMeasureQuestion', { text: measure.text })}
            explanation={t('plan.form.removeExplanation')}
            confirm={t('plan.form.removeMeasure')}
            mutation={remove}
            onConfirm={() =>
              remove.mutate(
                { caseId, measureId: measure.id },
                { onSuccess: () => void draft.discard().then(() => navigate(planHref(caseId, 'mal'))) },
              )
            }
            onCancel={() => setRemoving(false)}
          />
        ) : (
          <div className="button-row">
            <Button variant="tertiary" data-color="danger" onClick={() => setRemoving(true)}>
              {t('plan.form.removeMeasure')}
            </Button>
          </div>
        ))}
    </>
  );
}
