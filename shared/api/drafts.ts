import { z } from 'zod';
import { CASE_WORKERS, channel } from './channel';

/**
 * The forms whose unfinished input is kept in the register, so nothing typed is lost when the
 * window closes or the app locks. Only the user who typed a draft can read it back.
 */
export const draftForms = ['newCase'] as const;
export type DraftForm = (typeof draftForms)[number];

/** A form's values as JSON; 64 KB is far more than any of our forms holds. */
export const DRAFT_MAX_CHARS = 64_000;

const form = z.enum(draftForms);
const draftData = z
  .record(z.string(), z.unknown())
  .refine((data) => JSON.stringify(data).length <= DRAFT_MAX_CHARS, { message: 'validation.tooLong' });

export interface Draft {
  data: Record<string, unknown>;
  /** ISO timestamp of the last save. */
  savedAt: string;
}

export const draftsApi = {
  'drafts.get': channel<Draft | null>()(z.object({ form }), CASE_WORKERS),
  'drafts.save': channel<{ savedAt: string }>()(z.object({ form, data: draftData }), CASE_WORKERS),
  'drafts.discard': channel<null>()(z.object({ form }), CASE_WORKERS),
};
