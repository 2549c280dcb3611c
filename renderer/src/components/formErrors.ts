import { get, type FieldErrors, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';

import { ApiError } from '../api/client';

/**
 * Checks form values against the contract's own schema, so the form and core agree on every
 * rule; puts each problem (a translation key) next to its field. Returns the parsed value or null.
 */
export function validateWith<S extends z.ZodType, F extends FieldValues>(
  schema: S,
  value: unknown,
  setError: UseFormSetError<F>,
): z.output<S> | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    setError(path as Path<F>, { type: 'validate', message: issue.message });
  }
  return null;
}

/** Puts core's field errors next to the fields; returns the error code for a general message. */
export function showApiError<F extends FieldValues>(error: unknown, setError: UseFormSetError<F>): string {
  if (!(error instanceof ApiError)) return 'INTERNAL';
  for (const [field, key] of Object.entries(error.fields)) {
    setError(field as Path<F>, { type: 'server', message: key });
  }
  return error.code;
}

/**
 * The translated message of a field's error, for a field's `error` prop, at a name or a nested
 * path (`person.relations.0.name`); undefined when there is none.
 */
export function errorText<F extends FieldValues>(errors: FieldErrors<F>, t: (key: string) => string) {
  return (name: Path<F>): string | undefined => {
    const found: unknown = get(errors, name);
    const message = found && typeof found === 'object' ? (found as { message?: unknown }).message : undefined;
    return typeof message === 'string' && message !== '' ? t(message) : undefined;
  };
}
