import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { SelectField } from '@renderer/components/SelectField';
import { useRouteDraft } from '@renderer/components/useDraft';
import { planFieldsInput, type PlanDetail } from '@shared/api/plans';
import { planTools } from '@shared/domain/plan';
import { planProblems } from '@shared/domain/planOverview';

import { planHref } from './paths';
import { usePlanChange } from './queries';
import { usePlanSave } from './usePlanSave';

interface Values {
  wanted: string;
  tool: string;
  toolReference: string;
  periodStart: string;
  periodEnd: string;
  nextRevisionDate: string;
  lastEvaluationDate: string;
  closedDate: string;
  closedNote: string;
}

const FIELDS = [
  'wanted',
  'tool',
  'toolReference',
  'periodStart',
  'periodEnd',
  'nextRevisionDate',
  'lastEvaluationDate',
  'closedDate',
  'closedNote',
];

/** `#/planer/<id>/endre`: starts the plan (the first save) or changes what is recorded about it. */
export function PlanFormPage({ detail }: { detail: PlanDetail }) {
  const { t } = useTranslation();
  const plan = detail.plan;
  const methods = useForm<Values>({
    defaultValues: {
      wanted: plan && !plan.wanted ? 'no' : 'yes',
      tool: plan?.tool ?? '',
      toolReference: plan?.toolReference ?? '',
      periodStart: formatDay(plan?.periodStart),
      periodEnd: formatDay(plan?.periodEnd),
      nextRevisionDate: formatDay(plan?.nextRevisionDate),
      lastEvaluationDate: formatDay(plan?.lastEvaluationDate),
      closedDate: formatDay(plan?.closedDate),
      closedNote: plan?.closedNote ?? '',
    },
  });
  const { register, handleSubmit, setError, formState } = methods;
  const draft = useRouteDraft('plan', methods);
  const err = errorText(formState.errors, t);
  const save = usePlanChange('plans.save');
  const caseId = detail.caseId;
  const { run, errorCode, otherProblems } = usePlanSave(
    setError,
    FIELDS,
    { caseId, section: 'oversikt' },
    draft,
  );

  const onSubmit = handleSubmit((v) =>
    run(
      planFieldsInput,
      {
        wanted: v.wanted === 'yes',
        tool: v.tool === '' ? null : v.tool,
        toolReference: v.toolReference,
        periodStart: dateInput(v.periodStart),
        periodEnd: dateInput(v.periodEnd),
        nextRevisionDate: dateInput(v.nextRevisionDate),
        lastEvaluationDate: dateInput(v.lastEvaluationDate),
        closedDate: dateInput(v.closedDate),
        closedNote: v.closedNote,
      },
      (input) => save.mutateAsync({ caseId, plan: input }),
      // A plan may exist on a case whose right was later changed: then only core judges the dates.
      (input) => (detail.ipGrantedFrom ? planProblems(input, detail.ipGrantedFrom, detail.today) : {}),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      {detail.ipGrantedFrom && (
        <Paragraph>{t('plan.form.grantedFrom', { date: formatDay(detail.ipGrantedFrom) })}</Paragraph>
      )}
      <ChoiceField
        legend={t('plan.form.wanted')}
        choices={[
          { value: 'yes', label: t('plan.form.wantedYes') },
          { value: 'no', label: t('plan.form.wantedNo') },
        ]}
        error={err('wanted')}
        registration={register('wanted')}
      />
      <SelectField label={t('plan.form.tool')} error={err('tool')} {...register('tool')}>
        <option value="">{t('plan.form.toolNone')}</option>
        {planTools.map((tool) => (
          <option key={tool} value={tool}>
            {t(`plan.tool.${tool}`)}
          </option>
        ))}
      </SelectField>
      <Textfield
        label={t('plan.form.toolReference')}
        description={t('plan.form.toolReferenceHelp')}
        autoComplete="off"
        error={err('toolReference')}
        {...register('toolReference')}
      />
      <DateField
        label={t('plan.form.periodStart')}
        error={err('periodStart')}
        registration={register('periodStart')}
      />
      <DateField
        label={t('plan.form.periodEnd')}
        error={err('periodEnd')}
        registration={register('periodEnd')}
      />
      <DateField
        label={t('plan.form.nextRevisionDate')}
        error={err('nextRevisionDate')}
        registration={register('nextRevisionDate')}
      />
      <DateField
        label={t('plan.form.lastEvaluationDate')}
        help={t('plan.form.lastEvaluationHelp')}
        error={err('lastEvaluationDate')}
        registration={register('lastEvaluationDate')}
      />
      {plan && (
        <>
          <Heading level={2} data-size="sm">
            {t('plan.form.closedSection')}
          </Heading>
          <DateField
            label={t('plan.form.closedDate')}
            error={err('closedDate')}
            registration={register('closedDate')}
          />
          <Textfield
            label={t('plan.form.closedNote')}
            multiline
            rows={2}
            error={err('closedNote')}
            {...register('closedNote')}
          />
        </>
      )}
      <FormFooter
        saving={save.isPending}
        errorCode={errorCode}
        otherProblems={otherProblems}
        cancelHref={planHref(caseId)}
        draft={draft}
      />
    </form>
  );
}
