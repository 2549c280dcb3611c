import { Textfield } from '@digdir/designsystemet-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { SelectField } from '@renderer/components/SelectField';
import { useRouteDraft } from '@renderer/components/useDraft';
import { goalInput, type PlanDetail } from '@shared/api/plans';
import { goalStatuses, lifeAreas, type Goal } from '@shared/domain/plan';
import { goalProblems } from '@shared/domain/planOverview';

import { planHref } from './paths';
import { usePlanChange } from './queries';
import { usePlanSave } from './usePlanSave';

interface Values {
  text: string;
  area: string;
  status: string;
  targetDate: string;
  achievedDate: string;
}

const FIELDS = ['text', 'area', 'status', 'targetDate', 'achievedDate'];

/** `#/planer/<id>/mal/ny` and `/mal/<goalId>`: one goal of the plan. */
export function GoalFormPage({ detail, goal }: { detail: PlanDetail; goal: Goal | null }) {
  const { t } = useTranslation();
  const methods = useForm<Values>({
    defaultValues: {
      text: goal?.text ?? '',
      area: goal?.area ?? '',
      status: goal?.status ?? 'notStarted',
      targetDate: formatDay(goal?.targetDate),
      achievedDate: formatDay(goal?.achievedDate),
    },
  });
  const { register, handleSubmit, setError, formState, control } = methods;
  const draft = useRouteDraft('goal', methods);
  const err = errorText(formState.errors, t);
  const achieved = useWatch({ control, name: 'status' }) === 'achieved';
  const save = usePlanChange('plans.saveGoal');
  const caseId = detail.caseId;
  const { run, errorCode, otherProblems } = usePlanSave(setError, FIELDS, { caseId, section: 'mal' }, draft);

  const onSubmit = handleSubmit((v) =>
    run(
      goalInput,
      {
        ...(goal ? { id: goal.id } : {}),
        text: v.text,
        area: v.area || undefined,
        status: v.status || undefined,
        targetDate: dateInput(v.targetDate),
        // Hidden unless achieved: a date typed before the status changed is not sent.
        achievedDate: v.status === 'achieved' ? dateInput(v.achievedDate) : null,
      },
      (input) => save.mutateAsync({ caseId, goal: input }),
      (input) => (detail.ipGrantedFrom ? goalProblems(input, detail.ipGrantedFrom, detail.today) : {}),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      <Textfield
        label={t('plan.form.goalText')}
        description={t('plan.form.goalTextHelp')}
        multiline
        rows={2}
        error={err('text')}
        {...register('text')}
      />
      <SelectField label={t('plan.form.area')} error={err('area')} {...register('area')}>
        <option value="">{t('plan.form.chooseArea')}</option>
        {lifeAreas.map((a) => (
          <option key={a} value={a}>
            {t(`plan.area.${a}`)}
          </option>
        ))}
      </SelectField>
      <ChoiceField
        legend={t('plan.form.goalStatus')}
        choices={goalStatuses.map((s) => ({ value: s, label: t(`plan.goalStatus.${s}`) }))}
        error={err('status')}
        registration={register('status')}
      />
      <DateField
        label={t('plan.form.targetDate')}
        error={err('targetDate')}
        registration={register('targetDate')}
      />
      {achieved && (
        <DateField
          label={t('plan.form.achievedDate')}
          error={err('achievedDate')}
          registration={register('achievedDate')}
        />
      )}
      <FormFooter
        saving={save.isPending}
        errorCode={errorCode}
        otherProblems={otherProblems}
        cancelHref={planHref(caseId, 'mal')}
        draft={draft}
      />
    </form>
  );
}
