import { Alert, Button, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { coordinationRulesInput } from '../../../../shared/api/coordinators';
import { defaultCoordinationRules, type CoordinationRules } from '../../../../shared/domain/training';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showApiError } from '../../components/formErrors';
import { useCoordinationRules, useUpdateCoordinationRules } from '../coordinators/queries';

/** The numbers behind "går ut snart" and the warning for a granted right with no coordinator. */
const ruleFields = [
  'trainingNoticeDays',
  'unappointedDays',
] as const satisfies readonly (keyof CoordinationRules)[];

type RuleField = (typeof ruleFields)[number];
type Values = Record<RuleField, string>;

/** The allowed range of each number, read from the contract so the text and core agree. */
function bounds(key: RuleField): { min: number; max: number } {
  const field = coordinationRulesInput.shape[key];
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

export function CoordinationRulesSettings() {
  const { t } = useTranslation();
  const rules = useCoordinationRules();
  const update = useUpdateCoordinationRules();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>();
  // The schema has no messages of its own: a number out of range is told its range.
  const err = (key: RuleField) => {
    const message = formState.errors[key]?.message;
    if (message === undefined) return undefined;
    return message.startsWith('validation.') ? t(message) : t('settings.coordination.range', bounds(key));
  };

  useEffect(() => {
    if (rules.data)
      reset({
        trainingNoticeDays: String(rules.data.trainingNoticeDays),
        unappointedDays: String(rules.data.unappointedDays),
      });
  }, [rules.data, reset]);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    setSaved(false);
    const parsed = coordinationRulesInput.safeParse(toInput(values));
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
      <Paragraph>{t('settings.coordination.intro')}</Paragraph>
      {ruleFields.map((key) => (
        <Textfield
          key={key}
          label={t(`settings.coordination.${key}`)}
          description={t(`settings.coordination.${key}Help`, {
            ...bounds(key),
            preset: defaultCoordinationRules[key],
          })}
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
          {t('settings.coordination.saved')}
        </Alert>
      )}
      <div>
        <Button type="submit" loading={update.isPending}>
          {t('settings.coordination.save')}
        </Button>
      </div>
    </form>
  );
}
