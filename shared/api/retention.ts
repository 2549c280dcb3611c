import { z } from 'zod';

import { ADMIN_ONLY, channel } from './channel';
import { id } from './fields';

/**
 * Retention (DOMAIN.md 3.12 and 9, DESIGN.md 13): how long a closed case stays in the register
 * after closing, what happens to it then, and the one confirmed step in which an administrator
 * anonymises or deletes the cases past their time.
 */
export const retentionActions = ['anonymise', 'delete'] as const;
export type RetentionAction = (typeof retentionActions)[number];

export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 50;
/** DOMAIN.md 9: ten years after closing, then anonymised (confirm with the municipality's IKA). */
export const DEFAULT_RETENTION_YEARS = 10;

export interface RetentionSettings {
  /** Whole years a closed case stays after its closing date. */
  years: number;
  /** What happens to a case past its time: anonymised (the default) or deleted. */
  action: RetentionAction;
}

export const retentionSettingsInput = z.object({
  years: z
    .number({ message: 'retention.validation.yearsInvalid' })
    .int({ message: 'retention.validation.yearsInvalid' })
    .min(MIN_RETENTION_YEARS, { message: 'retention.validation.yearsInvalid' })
    .max(MAX_RETENTION_YEARS, { message: 'retention.validation.yearsInvalid' }),
  action: z.enum(retentionActions),
});

/** A closed case past its time, as the administrator sees it before deciding. */
export interface ExpiredCase {
  caseId: number;
  caseNumber: string;
  personName: string;
  closedDate: string;
  /** The closing date plus the years of the setting: from this day the case may go. */
  expiredDate: string;
  /** When the newest archive copy was made; null when none was. */
  archiveCopyAt: string | null;
}

export interface ExpiredCases {
  today: string;
  settings: RetentionSettings;
  cases: ExpiredCase[];
}

/** One step at most this many cases: a municipality's ten-year-old cases fit many times over. */
export const MAX_RETENTION_CASES = 5_000;

export const retentionApplyInput = z
  .object({
    caseIds: z
      .array(id)
      .min(1, { message: 'retention.validation.noneChosen' })
      .max(MAX_RETENTION_CASES)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'retention.validation.duplicate' }),
    action: z.enum(retentionActions),
    /** The number of cases, typed by the administrator to confirm: must equal the count sent. */
    confirmCount: z.number({ message: 'retention.validation.countMismatch' }).int().nonnegative(),
    /** Required when any of the cases has no archive copy. */
    confirmWithoutArchiveCopy: z.boolean().default(false),
  })
  .refine((v) => v.confirmCount === v.caseIds.length, {
    message: 'retention.validation.countMismatch',
    path: ['confirmCount'],
  });
export type RetentionApplyInput = z.input<typeof retentionApplyInput>;

export interface RetentionResult {
  action: RetentionAction;
  cases: number;
  /** Persons anonymised or deleted with them (a person who still has a live case is kept). */
  persons: number;
  /**
   * The removal is done and logged, but the register file still holds the removed bytes (its
   * rebuild failed or was blocked): it is rebuilt the next time the register opens.
   */
  cleanupPending: boolean;
}

export const retentionApi = {
  'retention.settings': channel<RetentionSettings>()(z.object({}), ADMIN_ONLY),
  'retention.updateSettings': channel<RetentionSettings>()(retentionSettingsInput, ADMIN_ONLY),
  'retention.expired': channel<ExpiredCases>()(z.object({}), ADMIN_ONLY),
  'retention.apply': channel<RetentionResult>()(retentionApplyInput, ADMIN_ONLY),
};
