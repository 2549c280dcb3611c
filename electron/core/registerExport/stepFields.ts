import type { RegisterExportSheet } from '@shared/api/registerExport';
import {
  consentGivers,
  consentTypes,
  decisionOutcomes,
  governorOutcomes,
  mappingForms,
  reassessmentOutcomes,
  rights,
  transitionOutcomes,
  type StepKind,
} from '@shared/domain/case';

import { readStep, type StepRow } from '../cases/stepReader';
import type { Db } from '../storage/database';
import type { ValueType } from './exportColumns';

/**
 * A workflow step's own fields as the export spreads them: the steps sheet holds case_steps.data
 * as one column per field across all kinds, empty where a kind has no such field, so a load can
 * check each field against the contract's step schemas.
 */

/**
 * The fields of a workflow step (case_steps.data), one column each across all kinds, with the kinds
 * that have it. The step's own date is the sheet's `date` column (see `KINDS_WITH_DATE`). A test
 * holds this list to the contract's step schemas, so a new field cannot be left out of the export.
 */
export interface StepField {
  key: string;
  type: ValueType;
  kinds: readonly StepKind[];
  values?: readonly string[];
  ref?: RegisterExportSheet;
}
export const STEP_FIELDS: readonly StepField[] = [
  { key: 'form', type: 'text', kinds: ['mapping'], values: mappingForms },
  { key: 'participants', type: 'text', kinds: ['mapping'] },
  { key: 'childParticipated', type: 'boolean', kinds: ['mapping'] },
  { key: 'childViews', type: 'text', kinds: ['mapping'] },
  { key: 'type', type: 'text', kinds: ['consent'], values: consentTypes },
  { key: 'givenBy', type: 'text', kinds: ['consent'], values: consentGivers },
  { key: 'givenByName', type: 'text', kinds: ['consent'] },
  { key: 'validUntil', type: 'date', kinds: ['consent'] },
  { key: 'scope', type: 'text', kinds: ['consent'] },
  { key: 'withdrawnDate', type: 'date', kinds: ['consent'] },
  { key: 'sentDate', type: 'date', kinds: ['interimReply'] },
  {
    key: 'reason',
    type: 'text',
    kinds: ['interimReply', 'closing', 'reopening'],
  },
  { key: 'expectedDate', type: 'date', kinds: ['interimReply'] },
  { key: 'right', type: 'text', kinds: ['assessment', 'decision'], values: rights },
  { key: 'conditions', type: 'json', kinds: ['assessment'] },
  {
    key: 'outcome',
    type: 'text',
    kinds: ['decision', 'transition'],
    values: [...decisionOutcomes, ...transitionOutcomes],
  },
  { key: 'reasons', type: 'text', kinds: ['decision'] },
  { key: 'legalBasis', type: 'text', kinds: ['decision'] },
  { key: 'decisionDate', type: 'date', kinds: ['decision'] },
  { key: 'notifiedDate', type: 'date', kinds: ['decision'] },
  { key: 'decisionId', type: 'number', kinds: ['appeal'], ref: 'steps' },
  { key: 'receivedDate', type: 'date', kinds: ['appeal'] },
  { key: 'reassessment', type: 'text', kinds: ['appeal'], values: reassessmentOutcomes },
  { key: 'reassessmentDate', type: 'date', kinds: ['appeal'] },
  { key: 'forwardedDate', type: 'date', kinds: ['appeal'] },
  { key: 'governorOutcome', type: 'text', kinds: ['appeal'], values: governorOutcomes },
  { key: 'governorOutcomeDate', type: 'date', kinds: ['appeal'] },
  { key: 'extendedUntil', type: 'date', kinds: ['transition'] },
  { key: 'note', type: 'text', kinds: ['transition', 'closing'] },
];

/** The kinds whose data holds `date` itself; the others' date is sentDate, decisionDate or receivedDate. */
export const KINDS_WITH_DATE: ReadonlySet<StepKind> = new Set([
  'mapping',
  'consent',
  'assessment',
  'transition',
  'closing',
  'reopening',
]);

/** One step as its row of the steps sheet: its data, as the step reader gives it, spread over the field columns. */
export function stepRow(r: Record<string, unknown>, db: Db): Record<string, unknown>[] {
  const data = readStep(db, r as unknown as StepRow) as unknown as Record<string, unknown>;
  const row: Record<string, unknown> = { ...r };
  delete row.data;
  for (const f of STEP_FIELDS) {
    const value = data[f.key];
    row[f.key] =
      value === undefined || value === null ? null : f.type === 'json' ? JSON.stringify(value) : value;
  }
  return [row];
}
