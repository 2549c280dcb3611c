import type { ImportNotice, RawCell } from '@shared/api/imports';

/**
 * What reading an import file gives, whatever its kind: sheets of raw cells, trimmed and padded
 * the same way; the limits it is read under; and the small steps both readers share.
 */

export interface RawSheet {
  name: string;
  hidden: boolean;
  /** 0-based. */
  hiddenColumns: number[];
  /** rows[0] is sheet row 1; trailing empty rows and columns trimmed, every row as wide as the sheet. */
  rows: RawCell[][];
}

export interface RawWorkbook {
  format: 'xlsx' | 'csv';
  fileName: string;
  notices: ImportNotice[];
  sheets: RawSheet[];
}

/** The contract's limits, any of which a caller (a test) may lower; two more that guard memory. */
export interface ReadLimits {
  maxFileBytes: number;
  maxUnpackedBytes: number;
  maxRows: number;
  maxColumns: number;
  maxSheets: number;
  /**
   * Cells in the whole workbook, counting every `<c>` element (an empty one with a border too)
   * and every cell a merge covers: exceljs keeps ~360 bytes per cell in memory.
   */
  maxCells?: number;
  /** Merged ranges of one sheet: exceljs checks each new merge against all before it. */
  maxMerges?: number;
}

export type Progress = ((done: number, total: number) => void) | undefined;

/** Lets the rest of the process run (core's other calls, the timer) while a large file is read. */
export const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Whether the file's bytes begin with these (a magic number, a byte order mark). */
export const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Text as a cell: trimmed (non-breaking and zero-width spaces too), empty -> null. */
export function textCell(value: string): string | null {
  const trimmed = value.replace(/^[\s\u200b]+|[\s\u200b]+$/g, '');
  return trimmed === '' ? null : trimmed;
}

/** Pads every row with empty cells to the sheet's width. */
export function padRows(rows: RawCell[][], width: number): void {
  for (const row of rows) while (row.length < width) row.push(null);
}
