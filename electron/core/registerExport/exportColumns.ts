import type { RegisterExportSheet } from '@shared/api/registerExport';

import type { Db } from '../storage/database';

/**
 * The shapes the export's sheets are described in (a sheet, its columns, their value types) and
 * the small builders the sheet definitions are written with, so each column reads as one line.
 */

/**
 * How a value is written and read back. `date` is a real Excel date (a calendar day, no time);
 * `timestamp` is an ISO instant in UTC kept as text, so it survives to the millisecond; `list`
 * is codes joined by ", "; `json` is JSON text.
 */
export const valueTypes = ['text', 'number', 'date', 'timestamp', 'boolean', 'json', 'list'] as const;
export type ValueType = (typeof valueTypes)[number];

/** One cell as the export holds it: dates and timestamps as ISO text, lists joined. */
export type Cell = string | number | boolean | null;

export interface ColumnDef {
  /** The name in the register (the SQL alias), and the key of its texts. */
  key: string;
  type: ValueType;
  /** May be empty; an empty text column that is not nullable reads as ''. */
  nullable?: boolean;
  /** Must not be empty (a name, a code). */
  required?: boolean;
  /** Required, but emptied when its case is anonymised (schema v11): empty only in such a case. */
  anonymisable?: boolean;
  /** Holds an Id of this sheet. */
  ref?: RegisterExportSheet;
  /** The codes it may hold. */
  values?: readonly string[];
  /** Computed by Samordna or repeated from another sheet: written for reading, never read back. */
  derived?: boolean;
  /** The register's own name where it is not `key` (a field inside case_steps.data). */
  technical?: string;
  /**
   * The format version that first wrote it: a file of an older version loads without it (empty).
   * Such a column must be nullable.
   */
  since?: number;
}

export interface SheetDef {
  key: RegisterExportSheet;
  /** Read back by registerExport.load (the others are there for reading only). */
  loaded: boolean;
  /** Ids of its own in the column `id` (the others hang on their parents' ids). */
  hasId: boolean;
  sql: string;
  columns: ColumnDef[];
  /** The rows one SQL row becomes, by column key; by default the SQL row itself. */
  expand?: (row: Record<string, unknown>, db: Db) => Record<string, unknown>[];
  /** The format version that first wrote it: a file of an older version loads without its rows. */
  since?: number;
}

/** A column other than text is either nullable or required. */
const presence = (nullable: boolean) => (nullable ? { nullable } : { required: true });

export const integer = (key: string, nullable = false): ColumnDef => ({
  key,
  type: 'number',
  ...presence(nullable),
});
export const id: ColumnDef = integer('id');
export const ref = (key: string, sheet: RegisterExportSheet, nullable = false): ColumnDef => ({
  key,
  type: 'number',
  ref: sheet,
  ...presence(nullable),
});
export const text = (key: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  type: 'text',
  ...extra,
});
export const code = (key: string, values: readonly string[], nullable = false): ColumnDef => ({
  key,
  type: 'text',
  values,
  ...presence(nullable),
});
export const date = (key: string, nullable = false): ColumnDef => ({
  key,
  type: 'date',
  ...presence(nullable),
});
export const flag = (key: string): ColumnDef => ({ key, type: 'boolean', required: true });
export const stamp = (key: string): ColumnDef => ({ key, type: 'timestamp', required: true });
export const derived = (column: ColumnDef): ColumnDef => ({
  ...column,
  derived: true,
  nullable: true,
  required: false,
});
export const caseNumber = derived(text('case_number'));
/** A column first written by format version `version` (empty in a file of an older one). */
export const since = (version: number, column: ColumnDef): ColumnDef => ({
  ...column,
  nullable: true,
  required: false,
  since: version,
});
export const recorded = [text('recorded_by'), stamp('recorded_at'), stamp('updated_at')];
