import { Alert, Button, Fieldset, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { caseRulesInput } from '../../../../shared/api/cases';
import {
  defaultCaseRules,
  legalReferenceKeys,
  type CaseRules,
  type LegalReferenceKey,
} from '../../../../shared/domain/case';
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

type RuleField = (typeof ruleFields)[number];
type Values = Record<RuleField, string> & { legalReferences: Record<LegalReferenceKey, string> };

function toValues(rules: CaseRules): Values {
  const numbers = Object.fromEntries(ruleFields.map((k) => [k, String(rules[k])])) as Record<
    RuleField,
    string
  >;
  return { ...numbers, legalReferences: { ...rules.legalReferences } };
}

/** The allowed range of each number, read from the contract so the text and core agree. */
function bounds(key: RuleField): { min: number; max: number } {
  const field = caseRulesInput.shape[key];
  return { min: field.minValue ?? 0, max: field.maxValue ?? 0 };
}

/** Only whole numbers typed as digits count; anything else is left for the schema to refuse. */
function toInput(values: Values) {
  const numbers = Object.fromEntries(
    ruleFields.map((k) => {
      const text = values[k].trim();
      return [k, /^\d+$/.test(text) ? Number(text) : NaN];
    }),
  );
  return { ...numbers, legalReferences: values.legalReferences };
}

export function CaseRulesSettings() {
  const { t } = useTranslation();
  const rules = useCaseRules();
  const update = useUpdateCaseRules();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>();
  // The contract's own messages are translation keys; a number out of range gets its range.
  const err = (key: RuleField) => {
    const message = formState.errors[key]?.message;
    if (!message) return undefined;
    return message.startsWith('validation.') ? t(message) : t('cases.rules.range', bounds(key));
  };
  const referenceError = (key: LegalReferenceKey) => {
    const message = formState.errors.legalReferences?.[key]?.message;
    return message ? t(message) : undefined;
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
        setError(issue.path.join('.') as RuleField, { type: 'validate', message: issue.message });
      }
      return;
    }
    try {
      await update.mutateAsync({
        ...parsed.data,
        legalReferences: { ...values.legalReferences, ...parsed.data.legalReferences },
      });
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
      <Fieldset>
        <Fieldset.Legend>{t('cases.rules.legalReferencesTitle')}</Fieldset.Legend>
        <Fieldset.Description>{t('cases.rules.legalReferencesHelp')}</Fieldset.Description>
        {legalReferenceKeys.map((key) => (
          <Textfield
            key={key}
            label={t(`cases.rules.legalReference.${key}`)}
            // A decision's legal basis names two acts: room for all of it.
            multiline
            rows={key.startsWith('basis') ? 2 : 1}
            error={referenceError(key)}
            {...register(`legalReferences.${key}`)}
          />
        ))}
      </Fieldset>
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
