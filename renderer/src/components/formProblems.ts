import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import { ApiError } from '../api/client';

/** The contract's messages are translation keys (`validation.…`); anything else is zod's own wording. */
export const schemaKey = (message: string | undefined): string =>
  message?.startsWith('validation.') ? message : 'validation.invalid';

/**
 * Puts problems (field path -> translation key) beside the fields they concern, moving focus to
 * the first, so a keyboard or screen reader user lands on it. `fieldFor` names the form field
 * a path is shown at, or null when the form has none; those problems are returned, to be listed
 * above the buttons.
 */
export function placeProblems<F extends FieldValues>(
  problems: Record<string, string>,
  setError: UseFormSetError<F>,
  fieldFor: (path: string) => string | null,
  type: 'validate' | 'server' = 'validate',
): string[] {
  const elsewhere: string[] = [];
  let focused = false;
  for (const [path, key] of Object.entries(problems)) {
    const field = fieldFor(path);
    if (field === null) {
      elsewhere.push(key);
      continue;
    }
    setError(field as Path<F>, { type, message: key }, { shouldFocus: !focused });
    focused = true;
  }
  return elsewhere;
}

/**
 * Core's refusal of a save: its field problems beside the fields (`fieldFor` as above), the rest
 * returned to be listed, with the error code for the general message.
 */
export function placeApiError<F extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<F>,
  fieldFor: (path: string) => string | null,
): { code: string; other: string[] } {
  if (!(error instanceof ApiError)) return { code: 'INTERNAL', other: [] };
  return { code: error.code, other: placeProblems(error.fields, setError, fieldFor, 'server') };
}

/**
 * Takes out the rows a user added and left empty, before saving. Only those: the other rows keep
 * their place (and their elements), so messages and focus land on the row the user typed in.
 */
export function dropBlankRows<T>(
  rows: readonly T[],
  isBlank: (row: T) => boolean,
  remove: (indexes: number[]) => void,
): void {
  const blank = rows.flatMap((row, i) => (isBlank(row) ? [i] : []));
  if (blank.length > 0) remove(blank);
}
