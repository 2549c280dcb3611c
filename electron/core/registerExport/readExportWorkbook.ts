import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';

import type ExcelJS from 'exceljs';
import { strToU8, Unzip, UnzipInflate, zipSync } from 'fflate';

import { REGISTER_EXPORT_LIMITS } from '@shared/api/registerExport';
import texts from '@shared/i18n/registerExport.nb.json' with { type: 'json' };

import { isNetworkPath } from '../storage/paths';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, SHEETS, sheetName } from './exportSheets';
import { fileRefusal } from './loadRefusals';

/**
 * The first step of a load: the export's file read into rows, treating it as hostile. Its size is
 * capped, it is unpacked once with fflate counting bytes before exceljs sees it (a zip bomb stops
 * at 500 MB), and exceljs streams the sheets from memory, so no temp file ever holds them. Cells
 * are kept as exceljs gives them; `checkExport` decides what they mean.
 */

const about = texts.registerExport.about;

/** Pushed to the inflater in slices this size, so no single step unpacks more than ~16 MB. */
const INFLATE_SLICE = 16 * 1024;
const MAX_ZIP_ENTRIES = 10_000;
const READER_SLICE = 64 * 1024;

/** The parts of an .xlsx the reader needs; anything else (drawings, macros) is counted and dropped. */
const KEPT =
  /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
const EMPTY_SHARED_STRINGS = strToU8(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

/**
 * Unpacks every member once with fflate, counting bytes, and stops past the limit (a zip bomb
 * never reaches exceljs); returns the members the reader needs.
 */
export function unpackWorkbook(
  bytes: Uint8Array,
  limit: number = REGISTER_EXPORT_LIMITS.maxUnpackedBytes,
): Map<string, Uint8Array> {
  let total = 0;
  let entries = 0;
  let tooLarge = false;
  let broken = false;
  const kept = new Map<string, Uint8Array>();
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > MAX_ZIP_ENTRIES) {
      tooLarge = true;
      return;
    }
    const chunks: Uint8Array[] | null = KEPT.test(file.name) && !kept.has(file.name) ? [] : null;
    file.ondata = (error, chunk, final) => {
      if (error) {
        broken = true;
        return;
      }
      total += chunk.length;
      if (total > limit) {
        tooLarge = true;
        file.terminate();
        return;
      }
      chunks?.push(chunk);
      if (final && chunks) kept.set(file.name, concat(chunks));
    };
    try {
      file.start();
    } catch {
      broken = true;
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !tooLarge && !broken; at += INFLATE_SLICE)
      unzip.push(bytes.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= bytes.length);
  } catch {
    broken = true;
  }
  if (tooLarge) throw fileRefusal('tooLarge');
  if (broken || entries === 0) throw fileRefusal('damaged');
  return kept;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The members again as a zip (stored, not compressed) in the order exceljs' streaming reader
 * needs: the workbook, its relations, shared strings and styles before any sheet. In any other
 * order it would park the sheets in temp files, which must never hold personal data in clear.
 */
function readerOrder(kept: Map<string, Uint8Array>): Uint8Array {
  if (!kept.has('xl/workbook.xml') || !kept.has('xl/_rels/workbook.xml.rels')) throw fileRefusal('damaged');
  const sheetNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)![1]);
  const sheets = [...kept.keys()]
    .filter((name) => name.startsWith('xl/worksheets/'))
    .sort((a, b) => sheetNumber(a) - sheetNumber(b));
  const files: Record<string, Uint8Array> = {
    'xl/_rels/workbook.xml.rels': kept.get('xl/_rels/workbook.xml.rels')!,
    'xl/workbook.xml': kept.get('xl/workbook.xml')!,
    'xl/sharedStrings.xml': kept.get('xl/sharedStrings.xml') ?? EMPTY_SHARED_STRINGS,
  };
  if (kept.has('xl/styles.xml')) files['xl/styles.xml'] = kept.get('xl/styles.xml')!;
  for (const name of sheets) files[name] = kept.get(name)!;
  return zipSync(files, { level: 0 });
}

/** The bytes in slices: the reader's unzipper copies its buffer on every chunk it is given. */
function* slices(bytes: Uint8Array): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += READER_SLICE)
    yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(READER_SLICE, bytes.length - at));
}

/** A row as read: Excel's row number and its cells (index = column, from 1). */
export interface RawRow {
  number: number;
  cells: ExcelJS.CellValue[];
}
/** A sheet's rows as read, by sheet name. */
export type RawSheets = Map<string, RawRow[]>;
/** The export's sheets as read, and the format version its first sheet names. */
export interface RawExport {
  version: number;
  sheets: RawSheets;
}

/** The file's bytes, once the path and the size have passed their checks. */
function fileBytes(file: string): Buffer {
  if (!path.isAbsolute(file) && !isNetworkPath(file)) throw fileRefusal('notAbsolute');
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw fileRefusal('fileMissing');
  }
  if (size > REGISTER_EXPORT_LIMITS.maxFileBytes) throw fileRefusal('tooLarge');
  try {
    return readFileSync(file);
  } catch {
    throw fileRefusal('fileMissing');
  }
}

/** The export's file at `file`, once it has passed the size checks: its sheets' rows, by name. */
export async function readExportWorkbook(file: string): Promise<RawExport> {
  const ordered = readerOrder(unpackWorkbook(fileBytes(file)));
  const wanted = new Set([about.sheetName, ...SHEETS.filter((s) => s.loaded).map((s) => sheetName(s.key))]);
  const { default: Excel } = await import('exceljs');
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from(slices(ordered)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets: RawSheets = new Map();
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name?: string }).name;
      const rows: RawRow[] | null = name && wanted.has(name) && !sheets.has(name) ? [] : null;
      for await (const row of sheet)
        rows?.push({ number: row.number, cells: row.values as ExcelJS.CellValue[] });
      if (rows) sheets.set(name!, rows);
    }
  } catch {
    throw fileRefusal('damaged');
  }
  const version = checkMarker(sheets.get(about.sheetName));
  return { version, sheets };
}

/** The first sheet must name the format and a version this Samordna reads; returns the version. */
function checkMarker(rows: RawRow[] | undefined): number {
  if (!rows) throw fileRefusal('notExport');
  let format: unknown;
  let version: unknown;
  for (const { number, cells } of rows) {
    if (number > 40) break;
    if (cells[1] === about.format) format = cells[2];
    if (cells[1] === about.formatVersion) version = cells[2];
  }
  if (format !== EXPORT_FORMAT || typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw fileRefusal('notExport');
  if (version > EXPORT_FORMAT_VERSION) throw fileRefusal('tooNew');
  return version;
}
