import type { RegisterExportSheet } from '@shared/api/registerExport';

/** One row of a loaded sheet, read against its columns. */
export interface Row {
  /** The row's number as Excel shows it. */
  row: number;
  v: Record<string, unknown>;
}
/** Every loaded sheet's rows. */
export type ParsedExport = Record<RegisterExportSheet, Row[]>;
