import type { ApiErrorShape, ErrorCode } from '@shared/api/errors';
import errorsNb from '@shared/i18n/errors.nb.json' with { type: 'json' };

/** A refusal core means to give: crosses the bridge as `{ code, message }`, never as a stack. */
export class CoreError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  /** `message` names what was refused where the code's own text cannot (a damaged step's case). */
  constructor(code: ErrorCode, fields?: Record<string, string>, message: string = errorsNb[code]) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
    this.fields = fields;
  }
}

/**
 * Refuses with every problem found (field -> translation key), the fields prefixed as the input
 * nests them (`next.`, `plan.`); does nothing when there is none.
 */
export function refuseFields(problems: Record<string, string>, prefix = ''): void {
  const entries = Object.entries(problems);
  if (entries.length)
    throw new CoreError('VALIDATION', Object.fromEntries(entries.map(([f, key]) => [`${prefix}${f}`, key])));
}

export function toApiError(error: unknown): ApiErrorShape {
  if (error instanceof CoreError) {
    return error.fields
      ? { code: error.code, message: error.message, fields: error.fields }
      : { code: error.code, message: error.message };
  }
  // Anything else is a bug: logged here for whoever runs the app, never sent to the window.
  console.error('[samordna] unexpected error', error);
  return { code: 'INTERNAL', message: errorsNb.INTERNAL };
}
