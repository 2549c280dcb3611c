import { Alert, Button, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { caseRulesInput } from '../../../../shared/api/cases';
import { defaultCaseRules, type CaseRules } from '../../../../shared/domain/case';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showApiError } from '../../components/formErrors';
import { useCaseRules, useUpdateCaseRules } from '../cases/queries';

/** Every number the deadlines and warnings depend on, each with the rule it comes from. */
const ruleFields = [
  'interimReplyMonths',
  'appealWeeksRights',
  'appealWeeksOther',
  'age18WarningMonths',
  'participationAge',
  'ownConsentAge',
  'barnekoordinatorMaxAge',
  'dueSoonDays',
] as const satisfies readonly (keyof CaseRules)[];

type Values = Record<keyof CaseRules, string>;

function toValues(rules: CaseRules): Values {
  return Object.fromEntries(ruleFields.map((k) => [k, String(rules[k])])) as Values;
}

/** The allowed range of each number, read from the contract so the text and core agree. */
function bounds(key: keyof CaseRules): { min: number; max: number } {
  const field = caseRulesInput.shape[key];
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

export function CaseRulesSettings() {
  const { t } = useTranslation();
  const rules = useCaseRules();
  const update = useUpdateCaseRules();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>();
  // The contract's own messages are translation keys; a number out of range gets its range.
  const err = (key: keyof CaseRules) => {
    const message = formState.errors[key]?.message;
    if (!message) return undefined;
    return message.startsWith('validation.') ? t(message) : t('cases.rules.range', bounds(key));
  };

  useEffect(() => {
    if (rules.data) reset(toValues(rules.data));
  }, [rules.data, reset]);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    setSaved(false);
    const parsed = caseRulesInput.safeParse(toInput(values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        setError(issue.path[0] as keyof CaseRules, { type: 'validate', message: issue.message });
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
      <Paragraph>{t('cases.rules.intro')}</Paragraph>
      {ruleFields.map((key) => (
        <Textfield
          key={key}
          label={t(`cases.rules.${key}`)}
          description={t(`cases.rules.${key}Help`, { ...bounds(key), preset: defaultCaseRules[key] })}
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
          {t('cases.rules.saved')}
        </Alert>
      )}
      <div>
        <Button type="submit" loading={update.isPending}>
          {t('cases.rules.save')}
        </Button>
      </div>
    </form>
  );
}
