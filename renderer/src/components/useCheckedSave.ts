import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';

import { validateWith } from './formErrors';
import { placeApiError, placeProblems, schemaKey } from './formProblems';

/** Core's field path -> the form's field, or null when the form does not show it. */
export type FieldFor = (path: string) => string | null;

/**
 * Saving a form: the contract's schema first (and any rule the form knows as core
 * does), each problem beside its field with the focus on the first; only then core, whose field
 * problems go beside the fields too. Problems about something the form does not show are
 * returned to be listed above the buttons.
 */
export function useCheckedSave<F extends FieldValues>(
  setError: UseFormSetError<F>,
  fields: readonly string[],
  fieldFor: FieldFor = (path) => {
    // `attendeeIds.3` (one id refused) is shown at the list it belongs to.
    const field = path.split('.')[0]!;
    return fields.includes(field) ? field : null;
  },
) {
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [otherProblems, setOtherProblems] = useState<string[]>([]);

  /** True when saved. */
  async function run<S extends z.ZodType>(
    schema: S,
    raw: unknown,
    save: (input: z.output<S>) => Promise<unknown>,
    check: (input: z.output<S>) => Record<string, string> = () => ({}),
  ): Promise<boolean> {
    setErrorCode(null);
    setOtherProblems([]);
    const problems: Record<string, string> = {};
    const input = validateWith<S, FieldValues>(schema, raw, (path, error) => {
      problems[String(path)] = schemaKey(error.message);
    });
    const found = input === null ? problems : check(input);
    if (input === null || Object.keys(found).length > 0) {
      setOtherProblems(placeProblems(found, setError, fieldFor));
      return false;
    }
    try {
      await save(input);
      return true;
    } catch (error) {
      const { code, other } = placeApiError(error, setError, fieldFor);
      setErrorCode(code);
      setOtherProblems(other);
      return false;
    }
  }

  return { run, errorCode, otherProblems };
}
