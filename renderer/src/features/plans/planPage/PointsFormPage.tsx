import { Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { DraftNotice } from '@renderer/components/DraftNotice';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { pointsInput, type PlanDetail } from '@shared/api/plans';

import { planHref } from './paths';
import { usePlanChange } from './queries';
import { usePlanSave } from './usePlanSave';

interface Values {
  points: { covered: boolean; note: string }[];
}

const schema = z.object({ points: pointsInput });

/** `#/planer/<id>/punkter`: the nine points, each ticked when the plan covers it, with a note. */
export function PointsFormPage({ detail }: { detail: PlanDetail }) {
  const { t } = useTranslation();
  const methods = useForm<Values>({
    defaultValues: { points: detail.points.map((p) => ({ covered: p.covered, note: p.note })) },
  });
  const { register, handleSubmit, setError, formState } = methods;
  const draft = useRouteDraft('points', methods);
  const err = errorText(formState.errors, t);
  const save = usePlanChange('plans.savePoints');
  const caseId = detail.caseId;
  const fields = detail.points.flatMap((_, i) => [`points.${i}.covered`, `points.${i}.note`]);
  const { run, errorCode, otherProblems } = usePlanSave(
    setError,
    fields,
    { caseId, section: 'punkter' },
    draft,
  );

  const onSubmit = handleSubmit((v) =>
    run(schema, { points: detail.points.map((p, i) => ({ key: p.key, ...v.points[i]! })) }, (input) =>
      save.mutateAsync({ caseId, points: input.points }),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      <Paragraph>{t('plan.points.formHelp')}</Paragraph>
      {detail.points.map((p, i) => {
        const label = t(`plan.points.label.${p.key}`);
        return (
          <Fieldset key={p.key}>
            <Fieldset.Legend>{`${i + 1}. ${label}`}</Fieldset.Legend>
            <Fieldset.Description>{t(`plan.points.help.${p.key}`)}</Fieldset.Description>
            <Checkbox label={t('plan.points.coveredLabel')} {...register(`points.${i}.covered`)} />
            <Textfield
              label={t('plan.points.noteLabel', { point: label })}
              autoComplete="off"
              error={err(`points.${i}.note`)}
              {...register(`points.${i}.note`)}
            />
          </Fieldset>
        );
      })}
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
