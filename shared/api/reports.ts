import { z } from 'zod';

import { ADMIN_ONLY, ALL_ROLES, channel } from './channel';
import { isoDate } from './fields';

/**
 * The leadership report (DOMAIN.md section 7): aggregate figures for a period, anonymised by
 * small-number suppression with secondary suppression (shared/domain/suppression.ts). No names,
 * no dates of birth, no free text: every role may read it.
 */
export const reportTableKeys = [
  'applications',
  'outcomes',
  'processingTime',
  'interimReplies',
  'appeals',
  'activeCases',
  'coordinators',
  'caseloadSpread',
  'changes',
  'plans',
  'ageTransitions',
] as const;
export type ReportTableKey = (typeof reportTableKeys)[number];

/**
 * A value shown, or not: `small` is a count from 1 to threshold - 1 (shown "<threshold");
 * `hidden` is a value kept back so that no small count can be worked out from it, or computed
 * from too few cases (shown "skjult"); `none` has nothing to compute from (shown "–").
 */
export type HiddenReason = 'small' | 'hidden' | 'none';
export type ReportValue =
  { value: number; suppressed: false } | { value: null; suppressed: true; reason: HiddenReason };

export interface ReportTable {
  key: ReportTableKey;
  /** Row and column keys; their texts are `reportTables.<table>.rows.<row>` / `.columns.<column>`. */
  rows: string[];
  columns: string[];
  /** What the numbers are: counts of cases or events, days, or percentages (of `basis`). */
  unit: 'count' | 'days' | 'percent';
  /**
   * Per column, where the columns differ (processingTime: days, days, percent, count; coordinators:
   * count, count, percent); absent when every column is in `unit`.
   */
  columnUnits?: ReportTable['unit'][];
  /** cells[row][column]. */
  cells: ReportValue[][];
  /** Totals where they mean something (counts that add up); null where they do not. */
  rowTotals: ReportValue[] | null;
  columnTotals: ReportValue[] | null;
  total: ReportValue | null;
}

export interface LeadershipReport {
  from: string;
  to: string;
  /** The register's municipality name, for the report's heading. */
  municipalityName: string;
  /** Counts from 1 to threshold - 1 are hidden. */
  threshold: number;
  generatedAt: string;
  tables: ReportTable[];
}

export const MIN_SUPPRESSION_THRESHOLD = 3;
export const MAX_SUPPRESSION_THRESHOLD = 20;
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export interface ReportSettings {
  suppressionThreshold: number;
}

export const reportSettingsInput = z.object({
  suppressionThreshold: z
    .number({ message: 'validation.thresholdInvalid' })
    .int({ message: 'validation.thresholdInvalid' })
    .min(MIN_SUPPRESSION_THRESHOLD, { message: 'validation.thresholdInvalid' })
    .max(MAX_SUPPRESSION_THRESHOLD, { message: 'validation.thresholdInvalid' }),
});

export const reportPeriodInput = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'validation.periodInvalid', path: ['to'] });
export type ReportPeriodInput = z.input<typeof reportPeriodInput>;

export const reportExportFormats = ['xlsx', 'csv'] as const;
export type ReportExportFormat = (typeof reportExportFormats)[number];

export const reportExportInput = z
  .object({
    from: isoDate,
    to: isoDate,
    format: z.enum(reportExportFormats),
    language: z.enum(['nb', 'nn', 'en']).default('nb'),
  })
  .refine((p) => p.from <= p.to, { message: 'validation.periodInvalid', path: ['to'] });

/** A file for the renderer to save: its suggested name, type and bytes (base64). */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export const reportsApi = {
  'reports.leadership': channel<LeadershipReport>()(reportPeriodInput, ALL_ROLES),
  'reports.export': channel<ExportFile>()(reportExportInput, ALL_ROLES),
  'reports.settings': channel<ReportSettings>()(z.object({}), ALL_ROLES),
  'reports.updateSettings': channel<ReportSettings>()(reportSettingsInput, ADMIN_ONLY),
};
