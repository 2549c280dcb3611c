import { z } from 'zod';

import { CASE_WORKERS, channel } from './channel';

/**
 * Unfinished input of a form, kept in the register so nothing typed is lost when the window
 * closes or the app locks. Only the user who typed a draft can read it back.
 *
 * A draft is named by a stable key: the form's name and the page it is on, as the renderer
 * writes them (`newCase`, `appeal:saker/12/klage/45`, `decision:saker/12/vedtak?rett=ip`).
 */
export const DRAFT_KEY_MAX = 200;
export const draftKey = z
  .string()
  .min(1)
  .max(DRAFT_KEY_MAX)
  .regex(/^[\p{L}\p{N}_.:/?=&-]+$/u, 'validation.invalid');

/** A form's values as JSON; 64 KB is far more than any of our forms holds. */
export const DRAFT_MAX_CHARS = 64_000;
/** Form values nest a few levels (a list of rows of fields); anything deeper is not a form's. */
export const DRAFT_MAX_DEPTH = 16;

/**
 * Whether a value nests no deeper than `maxDepth` and holds at most `maxValues` values, checked
 * without recursion: hostile nesting must be refused before JSON.stringify overflows the stack.
 */
export function isShallowJson(value: unknown, maxDepth: number, maxValues: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  let seen = 0;
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (++seen > maxValues) return false;
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= maxDepth) return false;
    for (const child of Object.values(next.value)) stack.push({ value: child, depth: next.depth + 1 });
    if (seen + stack.length > maxValues) return false;
  }
  return true;
}

const draftData = z.record(z.string(), z.unknown()).refine(
  // Every value takes at least one character of JSON, so the size bounds the count too.
  (data) =>
    isShallowJson(data, DRAFT_MAX_DEPTH, DRAFT_MAX_CHARS) && JSON.stringify(data).length <= DRAFT_MAX_CHARS,
  { message: 'validation.tooLong' },
);

export interface Draft {
  data: Record<string, unknown>;
  /** ISO timestamp of the last save. */
  savedAt: string;
}

export const draftsApi = {
  'drafts.get': channel<Draft | null>()(z.object({ form: draftKey }), CASE_WORKERS),
  'drafts.save': channel<{ savedAt: string }>()(z.object({ form: draftKey, data: draftData }), CASE_WORKERS),
  'drafts.discard': channel<null>()(z.object({ form: draftKey }), CASE_WORKERS),
};
