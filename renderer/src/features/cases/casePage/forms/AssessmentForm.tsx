import { Textfield } from '@digdir/designsystemet-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { dateInput, formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { conditionResults, rightConditions, type Right } from '@shared/domain/case';
import { requestedRights } from '@shared/domain/caseSteps';

import { ageConditionText } from '../overview/RightsSection';
import { rightName } from '../texts';
import type { StepFormProps } from './stepFormProps';
import { useSaveStep } from './useSaveStep';

type Results = Record<string, { result: string; note: string }>;
interface Values {
  right: string;
  date: string;
  results: Results;
}

const allConditions = [...new Set(Object.values(rightConditions).flat())];

/** The right to assess: the one asked for in the address, else the next one waiting. */
export function initialRight(props: Pick<StepFormProps<'assessment'>, 'detail' | 'right'>): Right | '' {
  const requested = requestedRights(props.detail.record);
  if (props.right && requested.includes(props.right)) return props.right;
  const next = props.detail.overview.nextAction;
  if (next?.right && requested.includes(next.right)) return next.right;
  return requested.length === 1 ? requested[0]! : '';
}

/** Vilkårsvurdering: each condition of the right met, not met or unclear, with a note. */
export function AssessmentForm({ detail, step, right, back, cancelHref }: StepFormProps<'assessment'>) {
  const { t } = useTranslation();
  const { save, saving, errorCode, otherProblems } = useSaveStep(detail, back);
  const results: Results = Object.fromEntries(allConditions.map((key) => [key, { result: '', note: '' }]));
  for (const c of step?.conditions ?? []) results[c.key] = { result: c.result, note: c.note };
  const methods = useForm<Values>({
    defaultValues: {
      right: step?.right ?? initialRight({ detail, right }),
      date: formatDay(step?.date ?? detail.today),
      results,
    },
  });
  const { register, handleSubmit, setError, formState, control } = methods;
  const draft = useRouteDraft('assessment', methods);
  const err = errorText(formState.errors, t);
  const chosen = useWatch({ control, name: 'right' }) as Right | '';
  const conditions: readonly string[] = chosen ? rightConditions[chosen] : [];
  const age = detail.overview.rights.find((r) => r.right === chosen);

  const onSubmit = handleSubmit((v) => {
    const keys: readonly string[] = v.right ? rightConditions[v.right as Right] : [];
    const unanswered = keys.filter((key) => !v.results[key]?.result);
    unanswered.forEach((key, i) =>
      setError(
        `results.${key}.result`,
        { type: 'validate', message: 'case.validation.conditionRequired' },
        { shouldFocus: i === 0 },
      ),
    );
    if (unanswered.length > 0) return;
    return save(
      {
        kind: 'assessment',
        id: step?.id,
        right: v.right || undefined,
        date: dateInput(v.date),
        conditions: keys.map((key) => ({ key, result: v.results[key]!.result, note: v.results[key]!.note })),
      },
      setError,
      {
        fields: ['right', 'date', 'results'],
        draft,
        // The contract numbers the conditions; the form names them.
        mapPath: (path) => {
          const m = /^conditions\.(\d+)\.(.+)$/.exec(path);
          if (m) return `results.${keys[Number(m[1])]}.${m[2]}`;
          return path === 'conditions' ? 'right' : path;
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      <ChoiceField
        legend={t('case.field.right')}
        choices={requestedRights(detail.record).map((r) => ({ value: r, label: rightName(t, r) }))}
        error={err('right')}
        registration={register('right')}
      />
      <DateField label={t('case.field.assessmentDate')} error={err('date')} registration={register('date')} />
      {chosen && (
        <div className="boxed readonly-fact">
          <p className="readonly-label">{t('case.ageCondition.computed')}</p>
          <p>{ageConditionText(t, age?.ageConditionMet ?? null)}</p>
          {chosen === 'barnekoordinator' && <p className="help-text">{t('case.ageCondition.help')}</p>}
        </div>
      )}
      {conditions.map((key) => (
        <ChoiceField
          key={`${chosen}-${key}`}
          legend={t(`case.condition.${key}`)}
          description={key === 'seriousCondition' ? t('case.help.seriousCondition') : undefined}
          choices={conditionResults.map((r) => ({ value: r, label: t(`case.conditionResult.${r}`) }))}
          error={err(`results.${key}.result`)}
          registration={register(`results.${key}.result`)}
          inline
        >
          <Textfield
            label={t('case.field.conditionNote')}
            multiline
            rows={2}
            error={err(`results.${key}.note`)}
            {...register(`results.${key}.note`)}
          />
        </ChoiceField>
      ))}
      <FormFooter
        saving={saving}
        errorCode={errorCode}
        otherProblems={otherProblems}
        cancelHref={cancelHref}
        draft={draft}
      />
    </form>
  );
}
