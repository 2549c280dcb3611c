import { Alert, Button, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useForm, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

import { ErrorAlert } from '../../components/ErrorAlert';
import { showApiError } from '../../components/formErrors';

/** The rules as the form holds them: the numbers as typed text, anything else as it is. */
export type RulesValues<R, K extends keyof R> = { [P in keyof R]: P extends K ? string : R[P] };

interface NumericRulesFormProps<
  R extends Record<K, number>,
  K extends keyof R & string,
  S extends z.ZodType,
> {
  /**
   * Where the texts are: `intro`, each field's label (`<field>`) and help (`<field>Help`, given
   * its `min`, `max` and `preset`), `range`, `saved` and `save`.
   */
  texts:
    'cases.rules' | 'settings.coordination' | 'settings.plans' | 'reports.settings' | 'retention.settings';
  /** A module-level constant: the form is filled again from the rules whenever it changes. */
  fields: readonly K[];
  /** The contract's input: it gives each number its range, and checks the form before saving. */
  schema: S & { shape: Record<K, z.ZodNumber> };
  defaults: Record<K, number>;
  rules: UseQueryResult<R>;
  save: (parsed: z.output<S>, values: RulesValues<R, K>) => Promise<unknown>;
  saving: boolean;
  /** More fields of the same form, after the numbers. */
  children?: (form: UseFormReturn<RulesValues<R, K> & FieldValues>) => ReactNode;
}

/**
 * A settings form of whole numbers, each with the range the contract allows and its preset; a
 * number out of range is refused beside its field before anything is sent, and so is core's
 * objection to one.
 */
export function NumericRulesForm<
  R extends Record<K, number>,
  K extends keyof R & string,
  S extends z.ZodType,
>({ texts, fields, schema, defaults, rules, save, saving, children }: NumericRulesFormProps<R, K, S>) {
  type Values = RulesValues<R, K> & FieldValues;
  const { t } = useTranslation();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>();
  const { register, handleSubmit, setError, reset, formState } = form;

  /** The allowed range of each number, read from the contract so the text and core agree. */
  const bounds = (key: K) => {
    const field = schema.shape[key];
    return { min: field.minValue ?? 0, max: field.maxValue ?? 0 };
  };
  // The contract's own messages are translation keys; a number out of range gets its range.
  const err = (key: K) => {
    const message = (formState.errors as Partial<Record<K, { message?: string }>>)[key]?.message;
    if (!message) return undefined;
    return message.startsWith('validation.') ? t(message) : t(`${texts}.range`, bounds(key));
  };

  useEffect(() => {
    const data = rules.data;
    if (!data) return;
    const numbers = Object.fromEntries(fields.map((k) => [k, String(data[k])]));
    reset({ ...data, ...numbers } as Values);
  }, [rules.data, fields, reset]);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    setSaved(false);
    // Only whole numbers typed as digits count; anything else is left for the schema to refuse.
    const numbers = Object.fromEntries(
      fields.map((k) => {
        const text = values[k].trim();
        return [k, /^\d+$/.test(text) ? Number(text) : NaN];
      }),
    );
    const parsed = schema.safeParse({ ...values, ...numbers });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        setError(issue.path.join('.') as Path<Values>, { type: 'validate', message: issue.message });
      }
      return;
    }
    try {
      await save(parsed.data, values);
      setSaved(true);
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  if (rules.isPending) return <Spinner aria-label={t('app.loading')} />;
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack narrow">
      <Paragraph>{t(`${texts}.intro`)}</Paragraph>
      {fields.map((key) => (
        <Textfield
          key={key}
          label={t(`${texts}.${key}`)}
          description={t(`${texts}.${key}Help`, { ...bounds(key), preset: defaults[key] })}
          inputMode="numeric"
          autoComplete="off"
          className="number-field"
          error={err(key)}
          {...register(key as string as Path<Values>)}
        />
      ))}
      {children?.(form)}
      <ErrorAlert code={errorCode} error={rules.error} />
      {saved && (
        <Alert data-color="success" role="status">
          {t(`${texts}.saved`)}
        </Alert>
      )}
      <div>
        <Button type="submit" loading={saving}>
          {t(`${texts}.save`)}
        </Button>
      </div>
    </form>
  );
}
