import { Alert, Button, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { plansApi } from '../../../../shared/api/plans';
import { defaultPlanRules, type PlanRules } from '../../../../shared/domain/plan';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showApiError } from '../../components/formErrors';
import { plansListKeys, usePlanRules } from '../plans/queries';

/** The numbers behind "til evaluering" and the plan warnings. */
const ruleFields = [
  'minMeetingsPerYear',
  'evaluationMonths',
  'revisionNoticeDays',
] as const satisfies readonly (keyof PlanRules)[];

type RuleField = (typeof ruleFields)[number];
type Values = Record<RuleField, string>;

const rulesInput = plansApi['plans.updateRules'].input;

/** The allowed range of each number, read from the contract so the text and core agree. */
function bounds(key: RuleField): { min: number; max: number } {
  const field = rulesInput.shape[key];
  return { min: field.minValue ?? 0, max: field.maxValue ?? 0 };
}

/** Only whole numbers typed as digits count; anything else is left for the schema to refuse. */
function toInput(values: Values) {
  return Object.fromEntries(
    ruleFields.map((k) => {
      const text = values[k].trim();
      return [k, /^\d+$/.test(text) ? Number(text) : NaN];
    }),
  );
}

function toValues(rules: PlanRules): Values {
  return Object.fromEntries(ruleFields.map((k) => [k, String(rules[k])])) as Values;
}

function useUpdatePlanRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: PlanRules) => call('plans.updateRules', rules),
    onSuccess: (saved) => {
      queryClient.setQueryData(plansListKeys.rules, saved);
      // Status and warnings of every plan follow the rules: the list, the plan pages, the cases
      // (their plan summary) and the dashboards.
      return queryClient.invalidateQueries({
        predicate: (q) => {
          const channel = q.queryKey[0];
          return (
            typeof channel === 'string' &&
            channel !== 'plans.rules' &&
            /^(plans|cases|dashboards)\./.test(channel)
          );
        },
      });
    },
  });
}

export function PlanRulesSettings() {
  const { t } = useTranslation();
  const rules = usePlanRules();
  const update = useUpdatePlanRules();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>();
  // The schema has no messages of its own: a number out of range is told its range.
  const err = (key: RuleField) => {
    const message = formState.errors[key]?.message;
    if (message === undefined) return undefined;
    return message.startsWith('validation.') ? t(message) : t('settings.plans.range', bounds(key));
  };

  useEffect(() => {
    if (rules.data) reset(toValues(rules.data));
  }, [rules.data, reset]);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    setSaved(false);
    const parsed = rulesInput.safeParse(toInput(values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        setError(issue.path.join('.') as RuleField, { type: 'validate', message: issue.message });
      }
      return;
    }
    try {
      await update.mutateAsync(parsed.data);
      setSaved(true);
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  if (rules.isPending) return <Spinner aria-label={t('app.loading')} />;
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack narrow">
      <Paragraph>{t('settings.plans.intro')}</Paragraph>
      {ruleFields.map((key) => (
        <Textfield
          key={key}
          label={t(`settings.plans.${key}`)}
          description={t(`settings.plans.${key}Help`, { ...bounds(key), preset: defaultPlanRules[key] })}
          inputMode="numeric"
          autoComplete="off"
          className="number-field"
          error={err(key)}
          {...register(key)}
        />
      ))}
      <ErrorAlert code={errorCode} error={rules.error} />
      {saved && (
        <Alert data-color="success" role="status">
          {t('settings.plans.saved')}
        </Alert>
      )}
      <div>
        <Button type="submit" loading={update.isPending}>
          {t('settings.plans.save')}
        </Button>
      </div>
    </form>
  );
}
