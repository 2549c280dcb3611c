import type { Cell, CellValue, Worksheet } from 'exceljs';

import type { ImportNotice, RawCell } from '@shared/api/imports';

import { checkSheetSize, refuse } from './importRefusal';
import { padRows, textCell, yieldNow, type RawSheet, type ReadLimits } from './rawWorkbook';

/**
 * The cells of a checked .xlsx, read by exceljs: each cell as the raw value Excel saved (a
 * formula gives its cached result and is never evaluated, a merged cell its range's first
 * value, a date its day), with the sheet's hidden state and hidden columns.
 */

/** Worksheet parts exceljs need not parse: ignoring them also avoids its crashes on parts left out. */
const IGNORED_NODES = [
  'hyperlinks',
  'drawing',
  'picture',
  'tableParts',
  'dataValidations',
  'extLst',
  'headerFooter',
  'rowBreaks',
  'pageSetup',
  'printOptions',
  'pageMargins',
  'autoFilter',
];

/** Every sheet's cells, reporting the rows read so far out of all the sheets' rows. */
export async function readCells(
  slim: Buffer,
  notices: ImportNotice[],
  limits: ReadLimits,
  onRows: (done: number, all: number) => void,
): Promise<RawSheet[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(slim as never, { ignoreNodes: IGNORED_NODES });
  } catch {
    return refuse('damaged');
  }

  const worksheets = workbook.worksheets;
  const allRows = worksheets.reduce((n, ws) => n + ws.rowCount, 0) || 1;
  let rowsDone = 0;
  const sheets: RawSheet[] = [];
  for (const worksheet of worksheets) {
    sheets.push(
      await readSheet(worksheet, notices, limits, async (rows) => {
        rowsDone += rows;
        onRows(rowsDone, allRows);
        await yieldNow();
      }),
    );
  }
  return sheets;
}

const FORMULA_WITHOUT_VALUE = Symbol('formulaWithoutValue');

async function readSheet(
  worksheet: Worksheet,
  notices: ImportNotice[],
  limits: ReadLimits,
  progress: (rows: number) => Promise<void>,
): Promise<RawSheet> {
  const rows: RawCell[][] = [];
  let width = 0;
  let lastFilled = 0;
  let withoutValue = 0;
  const last = worksheet.rowCount;
  for (let r = 1; r <= last; r++) {
    const row: RawCell[] = [];
    worksheet.findRow(r)?.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cellValue(cell);
      if (value === FORMULA_WITHOUT_VALUE) withoutValue++;
      else if (value !== null) {
        while (row.length < column - 1) row.push(null);
        row[column - 1] = value;
      }
    });
    rows.push(row);
    if (row.length) {
      lastFilled = r;
      width = Math.max(width, row.length);
    }
    if (r % 500 === 0) await progress(500);
  }
  await progress(last % 500);
  rows.length = lastFilled;
  checkSheetSize(worksheet.name, rows.length, width, limits);
  padRows(rows, width);
  if (withoutValue)
    notices.push({
      key: 'importFile.notice.formulaWithoutValue',
      values: { sheet: worksheet.name, count: withoutValue },
    });

  const hiddenColumns: number[] = [];
  (worksheet.columns ?? []).forEach((column, index) => {
    if (column.hidden && index < width) hiddenColumns.push(index);
  });
  return {
    name: worksheet.name,
    hidden: worksheet.state === 'hidden' || worksheet.state === 'veryHidden',
    hiddenColumns,
    rows,
  };
}

/** A cell's value as read; a merged cell gives the value of the range's first cell. */
function cellValue(cell: Cell): RawCell | typeof FORMULA_WITHOUT_VALUE {
  const source = cell.isMerged ? cell.master : cell;
  return plainValue(source.value);
}

function plainValue(value: CellValue | undefined, depth = 0): RawCell | typeof FORMULA_WITHOUT_VALUE {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateCell(value);
  if (typeof value !== 'object' || depth > 2) return null;
  const has = (key: string) => Object.hasOwn(value, key);
  if (has('error')) return null;
  if (has('formula') || has('sharedFormula')) {
    // Only the value Excel saved; never evaluated here.
    const result = (value as { result?: CellValue }).result;
    if (result === undefined || result === null) return FORMULA_WITHOUT_VALUE;
    return innerValue(result, depth);
  }
  if (has('richText')) {
    const parts = (value as { richText: unknown }).richText;
    if (!Array.isArray(parts)) return null;
    return textCell(
      parts.map((p: { text?: unknown }) => (typeof p?.text === 'string' ? p.text : '')).join(''),
    );
  }
  // A hyperlink: its text (itself plain or rich).
  if (has('text')) return innerValue((value as { text: CellValue }).text, depth);
  return null;
}

/** A value inside another (a formula's result, a hyperlink's text): a formula there reads as empty. */
function innerValue(value: CellValue, depth: number): RawCell {
  const plain = plainValue(value, depth + 1);
  return plain === FORMULA_WITHOUT_VALUE ? null : plain;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * exceljs turns a date-formatted serial into a Date at UTC midnight (plus the time of day), by
 * the serial's distance from 1970 — right from 1 March 1900 on. Before that it is a day early,
 * because Excel counts the 29 February 1900 that never was; below serial 1 it is a time of day
 * alone, kept as text. A date-time keeps only its date.
 */
function dateCell(date: Date): RawCell {
  let time = date.getTime();
  if (!Number.isFinite(time)) return null;
  if (time < Date.UTC(1899, 11, 31)) {
    const minutes = Math.round((((time % DAY) + DAY) % DAY) / 60_000) % (24 * 60);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  if (time < Date.UTC(1900, 2, 1)) time += DAY;
  const iso = new Date(time).toISOString();
  return /^\d{4}-/.test(iso) ? { date: iso.slice(0, 10) } : null;
}
