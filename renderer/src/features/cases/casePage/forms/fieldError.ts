import { get, type FieldErrors, type FieldValues } from 'react-hook-form';

/** The translated message at a field path, nested ones included (`results.consent.note`). */
export function fieldError<F extends FieldValues>(errors: FieldErrors<F>, t: (key: string) => string) {
  return (path: string): string | undefined => {
    const message = (get(errors, path) as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' ? t(message) : undefined;
  };
}
