import { PassThrough } from 'node:stream';

import type ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

import type { RegisterExportSheet } from '@shared/api/registerExport';
import texts from '@shared/i18n/registerExport.nb.json' with { type: 'json' };

import { csvField } from '../reports/exportCsv';
import type { Db } from '../storage/database';
import type { Cell, ColumnDef, SheetDef } from './exportColumns';
import {
  columnExplanation,
  columnHeader,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  fill,
  readSheet,
  SHEETS,
  sheetDescription,
  sheetName,
  typeName,
} from './exportSheets';

/**
 * The export's two files, built in memory from one read of the register: the workbook (a first
 * sheet "Om eksporten" with who, when, the format marker, the confidentiality statement and every
 * column explained; then a sheet per kind of record with a frozen header row and a filter) and a
 * zip of the same sheets as CSV for Excel in Norway (`;`, UTF-8 with BOM, CRLF, ISO dates).
 */

export interface ExportFacts {
  municipality: string;
  /** The day of the export (ISO, the office's calendar). */
  date: string;
  /** The moment (ISO, UTC). */
  at: string;
  /** "Display Name (username)". */
  by: string;
  schemaVersion: number;
}

export interface ExportData {
  facts: ExportFacts;
  sheets: { def: SheetDef; rows: Cell[][] }[];
}

const about = texts.registerExport.about;
/**
 * The three looks a cell has, as shared objects: exceljs remembers a style by its object, so a
 * style per cell (which it would make) costs a lookup by content for each of 500 000 rows.
 */
const STYLE = {
  plain: {},
  date: { numFmt: 'dd.mm.yyyy' },
  bold: { font: { bold: true } },
} satisfies Record<string, Partial<ExcelJS.Style>>;

/** Every sheet read in one transaction, so the files show the register at one moment. */
export function readExport(db: Db, facts: ExportFacts): ExportData {
  const sheets = db.transaction(() => SHEETS.map((def) => ({ def, rows: readSheet(db, def) })))();
  return { facts, sheets };
}

export function exportCounts(data: ExportData): Record<RegisterExportSheet, number> {
  return Object.fromEntries(data.sheets.map((s) => [s.def.key, s.rows.length])) as Record<
    RegisterExportSheet,
    number
  >;
}

/** The first sheet as rows: facts, notes, the sheets with their row counts, then every column. */
function aboutRows(data: ExportData): { rows: Cell[][]; bold: number[]; dateCells: [number, number][] } {
  const { facts } = data;
  const rows: Cell[][] = [
    [about.title],
    [about.confidential],
    [],
    [about.municipality, facts.municipality],
    [about.date, facts.date],
    [about.time, facts.at],
    [about.by, facts.by],
    [about.format, EXPORT_FORMAT],
    [about.formatVersion, EXPORT_FORMAT_VERSION],
    [about.schemaVersion, facts.schemaVersion],
    [],
    [about.noteSheets],
    [about.noteTypes],
    [about.noteDerived],
    [about.noteCsv],
    [about.noteMissing],
    [],
  ];
  const bold = [0, 1];
  const dateCells: [number, number][] = [[4, 1]];
  bold.push(rows.length);
  rows.push([about.sheetsHeading]);
  bold.push(rows.length);
  rows.push([about.sheet, about.rows, about.contents]);
  for (const s of data.sheets) rows.push([sheetName(s.def.key), s.rows.length, sheetDescription(s.def.key)]);
  rows.push([]);
  bold.push(rows.length);
  rows.push([about.columnsHeading]);
  bold.push(rows.length);
  rows.push([about.sheet, about.column, about.technical, about.type, about.explanation]);
  for (const { def } of data.sheets)
    for (const c of def.columns)
      rows.push([
        sheetName(def.key),
        columnHeader(def.key, c.key),
        c.technical ?? c.key,
        typeName(c.type),
        columnExplanation(def, c),
      ]);
  return { rows, bold, dateCells };
}

/** An ISO day as the Date exceljs stores: midnight UTC, so no time zone moves the day. */
function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

function columnWidth(sheet: SheetDef, c: ColumnDef): number {
  const header = columnHeader(sheet.key, c.key).length + 4;
  const byType = { date: 12, number: 10, boolean: 10, timestamp: 26, list: 24, json: 30, text: 20 }[c.type];
  return Math.min(50, Math.max(header, byType));
}

/** On every printed page: the confidentiality statement on top, the sheet and page below. */
const printMarking = (name: string) => ({
  oddHeader: `&C${about.confidential.replace(/&/g, '&&')}`,
  oddFooter: `&L${name.replace(/&/g, '&&')}&R${fill(about.pageOf, { page: '&P', pages: '&N' })}`,
});

/** The workbook, written row by row (exceljs' streaming writer), as bytes. */
export async function workbookBytes(data: ExportData): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'Samordna';
  workbook.title = about.title;
  workbook.subject = about.confidential;

  const first = aboutRows(data);
  const aboutSheet = workbook.addWorksheet(about.sheetName, { headerFooter: printMarking(about.sheetName) });
  aboutSheet.columns = [{ width: 28 }, { width: 30 }, { width: 26 }, { width: 18 }, { width: 90 }];
  first.rows.forEach((cells, r) => {
    const isDate = (c: number) => first.dateCells.some(([dr, dc]) => dr === r && dc === c);
    const row = aboutSheet.addRow(cells.map((v, c) => (isDate(c) ? excelDate(String(v)) : v)));
    row.eachCell((cell, c) => {
      cell.style = isDate(c - 1) ? STYLE.date : first.bold.includes(r) ? STYLE.bold : STYLE.plain;
    });
    row.commit();
  });
  aboutSheet.commit();

  for (const { def, rows } of data.sheets) {
    const sheet = workbook.addWorksheet(sheetName(def.key), {
      views: [{ state: 'frozen', ySplit: 1 }],
      headerFooter: printMarking(sheetName(def.key)),
    });
    sheet.columns = def.columns.map((c) => ({ width: columnWidth(def, c) }));
    const header = sheet.addRow(def.columns.map((c) => columnHeader(def.key, c.key)));
    header.eachCell((cell) => (cell.style = STYLE.bold));
    header.commit();
    const styles = def.columns.map((c) => (c.type === 'date' ? STYLE.date : STYLE.plain));
    for (const cells of rows) {
      const row = sheet.addRow(
        cells.map((v, i) =>
          v === '' ? null : def.columns[i]!.type === 'date' && v !== null ? excelDate(String(v)) : v,
        ),
      );
      row.eachCell((cell, c) => (cell.style = styles[c - 1]!));
      row.commit();
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: def.columns.length } };
    sheet.commit();
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

// ---- CSV ----

const BOM = '\uFEFF';

/**
 * A text Excel would take for a formula when the CSV is opened (=, +, -, @ first: "CSV
 * injection") gets an apostrophe in front, which Excel shows as text; a phone number or a
 * negative number stays as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^[+-]?[\d\s.,]+$/;

function csvValue(type: ColumnDef['type'], value: Cell): string {
  if (value === null) return '';
  if (type === 'boolean') return value ? 'ja' : 'nei';
  const text = String(value);
  return FORMULA_START.test(text) && !NUMBER_LIKE.test(text) ? `'${text}` : text;
}

const csvText = (lines: string[][]) =>
  strToU8(BOM + lines.map((fields) => fields.map(csvField).join(';')).join('\r\n') + '\r\n');

/** One CSV file per sheet, "Om eksporten" first, numbered so they list in the workbook's order. */
export function csvZipBytes(data: ExportData): Uint8Array {
  const first = aboutRows(data);
  const files: Record<string, Uint8Array> = {
    [`00 ${about.sheetName}.csv`]: csvText(
      first.rows.map((cells) => cells.map((v) => (v === null ? '' : String(v)))),
    ),
  };
  data.sheets.forEach(({ def, rows }, i) => {
    const lines = [def.columns.map((c) => columnHeader(def.key, c.key))];
    for (const cells of rows) lines.push(cells.map((v, c) => csvValue(def.columns[c]!.type, v)));
    files[`${String(i + 1).padStart(2, '0')} ${sheetName(def.key)}.csv`] = csvText(lines);
  });
  return zipSync(files, { level: 6 });
}
