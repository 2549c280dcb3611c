import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { strToU8, Unzip, UnzipInflate, zipSync } from 'fflate';
import { caseFields, stepInput } from '../../../shared/api/cases';
import { isoDate } from '../../../shared/api/fields';
import { api } from '../../../shared/api/index';
import { REGISTER_EXPORT_LIMITS, type RegisterExportSheet } from '../../../shared/api/registerExport';
import { defaultCaseRules, type CaseRules, type CaseStep, type StepKind } from '../../../shared/domain/case';
import { stepDate } from '../../../shared/domain/caseSteps';
import { checkNationalId } from '../../../shared/domain/nationalId';
import texts from '../../../shared/i18n/registerExport.nb.json' with { type: 'json' };
import { searchFold, sortKey } from '../cases/searchText';
import { CoreError } from '../errors';
import { saveLetterSettings } from '../letters/lettersRepo';
import { setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { isNetworkPath } from '../storage/paths';
import {
  columnHeader,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  fill,
  KINDS_WITH_DATE,
  LOADED_SETTINGS,
  SHEETS,
  sheetName,
  STEP_FIELDS,
  type ColumnDef,
  type LoadedSetting,
  type SheetDef,
} from './exportSheets';

/**
 * Reads a Samordna export workbook back into an empty register (DESIGN.md section 12), treating
 * it as a hostile file: its size is capped, it is unpacked once with fflate counting bytes before
 * exceljs sees it (a zip bomb stops at 500 MB), formulas are never evaluated (a formula cell is
 * the wrong type), and every cell is checked against its column's type, codes and references
 * before anything is written. Then one transaction writes it all with new ids; a row the schema
 * refuses (two equal fødselsnummer, an end before its start) refuses the whole file.
 *
 * A refusal is VALIDATION on `path`: the key says what kind of problem (registerExport.load.*),
 * the message says where, in bokmål, naming the sheet and the row as Excel shows them.
 */

const loadTexts = texts.registerExport.load;
const reasonTexts = texts.registerExport.reason;
const expectedTexts = texts.registerExport.expected;
const about = texts.registerExport.about;

/** Pushed to the inflater in slices this size, so no single step unpacks more than ~16 MB. */
const INFLATE_SLICE = 16 * 1024;
const MAX_ZIP_ENTRIES = 10_000;
const READER_SLICE = 64 * 1024;

type FileProblem =
  'notAbsolute' | 'fileMissing' | 'tooLarge' | 'damaged' | 'notExport' | 'tooNew' | 'notEmpty';

/** A refusal of the file as a whole: its key, and its bokmål text as the message. */
export function fileRefusal(problem: FileProblem): CoreError {
  const error = new CoreError('VALIDATION', { path: `registerExport.load.${problem}` });
  error.message = loadTexts[problem];
  return error;
}

type Reason = keyof typeof reasonTexts;

/** A refusal naming where in the file: sheet, row and column, in bokmål. */
function refusal(reason: Reason, values: Record<string, string | number>): CoreError {
  const error = new CoreError('VALIDATION', { path: 'registerExport.load.invalid' });
  error.message = fill(reasonTexts[reason], values);
  return error;
}

// ---- The file ----

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

/** A sheet's rows as read: Excel's row number and its cells (index = column, from 1). */
export type RawSheets = Map<string, { number: number; cells: ExcelJS.CellValue[] }[]>;

/** The export's file at `file`, once it has passed the size checks: its sheets' rows, by name. */
export async function readExportFile(file: string): Promise<RawSheets> {
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
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw fileRefusal('fileMissing');
  }
  const ordered = readerOrder(unpackWorkbook(bytes));
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
      const rows: { number: number; cells: ExcelJS.CellValue[] }[] | null =
        name && wanted.has(name) && !sheets.has(name) ? [] : null;
      for await (const row of sheet)
        rows?.push({ number: row.number, cells: row.values as ExcelJS.CellValue[] });
      if (rows) sheets.set(name!, rows);
    }
  } catch {
    throw fileRefusal('damaged');
  }
  checkMarker(sheets.get(about.sheetName));
  return sheets;
}

/** The first sheet must name the format and a version this Samordna reads. */
function checkMarker(rows: { number: number; cells: ExcelJS.CellValue[] }[] | undefined): void {
  if (!rows) throw fileRefusal('notExport');
  let format: unknown;
  let version: unknown;
  for (const { number, cells } of rows) {
    if (number > 40) break;
    if (cells[1] === about.format) format = cells[2];
    if (cells[1] === about.formatVersion) version = cells[2];
  }
  if (format !== EXPORT_FORMAT || typeof version !== 'number') throw fileRefusal('notExport');
  if (version > EXPORT_FORMAT_VERSION) throw fileRefusal('tooNew');
}

// ---- Cells ----

const EMPTY = Symbol('empty');
type Plain = string | number | boolean | Date | typeof EMPTY;

/** A cell as a plain value; null when it is of a kind never taken (a formula, an error). */
function plain(value: ExcelJS.CellValue): Plain | null {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return plain(value.richText.map((t) => t.text).join(''));
  if ('hyperlink' in value) {
    const t: unknown = value.text;
    if (typeof t === 'string') return plain(t);
    if (t && typeof t === 'object' && 'richText' in t) return plain(t as ExcelJS.CellRichTextValue);
    return null;
  }
  return null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const INTEGER = /^-?\d{1,15}$/;

type CellResult = { ok: true; value: unknown } | { ok: false; problem: 'wrongType' | 'empty' | 'notAllowed' };

/** One cell read as its column says, or why not. Empty is null, or '' / [] where never null. */
export function readCell(
  raw: ExcelJS.CellValue,
  column: Pick<ColumnDef, 'type' | 'nullable' | 'required' | 'values'>,
): CellResult {
  const value = plain(raw);
  if (value === null) return { ok: false, problem: 'wrongType' };
  if (value === EMPTY) {
    if (column.required) return { ok: false, problem: 'empty' };
    if (column.nullable) return { ok: true, value: null };
    if (column.type === 'text') return { ok: true, value: '' };
    if (column.type === 'list') return { ok: true, value: [] };
    return { ok: false, problem: 'empty' };
  }
  const allowed = (v: string) => !column.values || column.values.includes(v);
  switch (column.type) {
    case 'text': {
      if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: String(value) };
      if (typeof value !== 'string') return { ok: false, problem: 'wrongType' };
      return allowed(value) ? { ok: true, value } : { ok: false, problem: 'notAllowed' };
    }
    case 'number': {
      const n = typeof value === 'string' && INTEGER.test(value.trim()) ? Number(value) : value;
      return typeof n === 'number' && Number.isSafeInteger(n)
        ? { ok: true, value: n }
        : { ok: false, problem: 'wrongType' };
    }
    case 'date': {
      const iso =
        value instanceof Date
          ? Number.isNaN(value.getTime())
            ? ''
            : value.toISOString().slice(0, 10)
          : typeof value === 'string'
            ? value.trim()
            : '';
      return isoDate.safeParse(iso).success ? { ok: true, value: iso } : { ok: false, problem: 'wrongType' };
    }
    case 'timestamp': {
      const iso = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
      return ISO_INSTANT.test(iso) && !Number.isNaN(Date.parse(iso))
        ? { ok: true, value: iso }
        : { ok: false, problem: 'wrongType' };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, problem: 'wrongType' };
    case 'json': {
      if (typeof value !== 'string') return { ok: false, problem: 'wrongType' };
      try {
        return { ok: true, value: JSON.parse(value) as unknown };
      } catch {
        return { ok: false, problem: 'wrongType' };
      }
    }
    case 'list': {
      if (typeof value !== 'string') return { ok: false, problem: 'wrongType' };
      const list = value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      return list.every(allowed) ? { ok: true, value: list } : { ok: false, problem: 'notAllowed' };
    }
  }
}

// ---- Sheets ----

export interface Row {
  /** The row's number as Excel shows it. */
  row: number;
  v: Record<string, unknown>;
}
export type ParsedExport = Record<RegisterExportSheet, Row[]>;

const MAX_ROWS = 1_100_000;

function parseSheet(sheets: RawSheets, def: SheetDef): Row[] {
  const name = sheetName(def.key);
  const raw = sheets.get(name);
  if (!raw) throw refusal('sheetMissing', { sheet: name });
  if (raw.length > MAX_ROWS) throw refusal('tooManyRows', { sheet: name, max: MAX_ROWS });
  const header = new Map<string, number>();
  const first = raw[0]?.number === 1 ? raw[0].cells : [];
  first.forEach((cell, c) => {
    const value = plain(cell);
    if (typeof value === 'string' && !header.has(value.trim())) header.set(value.trim(), c);
  });
  const columns = def.columns
    .filter((c) => !c.derived)
    .map((c) => {
      const at = header.get(columnHeader(def.key, c.key));
      if (at === undefined)
        throw refusal('columnMissing', { sheet: name, column: columnHeader(def.key, c.key) });
      return { def: c, at };
    });
  // The rows as read are let go once parsed: a large export is held once, not twice.
  sheets.delete(name);
  const rows: Row[] = [];
  for (const { number: r, cells } of raw) {
    if (r === 1) continue;
    if (columns.every(({ at }) => plain(cells[at]) === EMPTY)) continue;
    const v: Record<string, unknown> = {};
    for (const { def: c, at } of columns) {
      const result = readCell(cells[at], c);
      if (!result.ok) {
        const column = columnHeader(def.key, c.key);
        if (result.problem === 'wrongType')
          throw refusal('wrongType', { sheet: name, row: r, column, expected: expectedTexts[c.type] });
        throw refusal(result.problem, { sheet: name, row: r, column });
      }
      v[c.key] = result.value;
    }
    rows.push({ row: r, v });
  }
  return rows;
}

/** Each Id once per sheet, and every reference to an Id that is in the file. */
function checkReferences(parsed: ParsedExport): void {
  const ids = new Map<RegisterExportSheet, Map<number, Row>>();
  for (const def of SHEETS) {
    if (!def.loaded || !def.hasId) continue;
    const seen = new Map<number, Row>();
    for (const r of parsed[def.key]) {
      const id = r.v.id as number;
      if (id <= 0 || seen.has(id))
        throw refusal('duplicateId', { sheet: sheetName(def.key), row: r.row, id });
      seen.set(id, r);
    }
    ids.set(def.key, seen);
  }
  for (const def of SHEETS) {
    if (!def.loaded) continue;
    for (const c of def.columns) {
      if (!c.ref || c.derived) continue;
      const targets = ids.get(c.ref)!;
      for (const r of parsed[def.key]) {
        const id = r.v[c.key];
        if (id === null || id === undefined) continue;
        if (!targets.has(id as number))
          throw refusal('unknownRef', {
            sheet: sheetName(def.key),
            row: r.row,
            column: columnHeader(def.key, c.key),
            id: id as number,
            target: sheetName(c.ref),
          });
      }
    }
  }
  // References that must stay within one case or plan: an appeal's decision, a letter's decision,
  // a meeting's participant.
  const steps = ids.get('steps')!;
  const isDecisionOf = (stepId: number, caseId: unknown) => {
    const step = steps.get(stepId)!;
    return step.v.kind === 'decision' && step.v.case_id === caseId;
  };
  const wrong = (
    sheet: RegisterExportSheet,
    r: Row,
    column: string,
    id: number,
    target: RegisterExportSheet,
  ) =>
    refusal('wrongRef', {
      sheet: sheetName(sheet),
      row: r.row,
      column: columnHeader(sheet, column),
      id,
      target: sheetName(target),
    });
  for (const r of parsed.steps) {
    const decisionId = r.v.decisionId as number | null;
    if (r.v.kind === 'appeal' && decisionId !== null && !isDecisionOf(decisionId, r.v.case_id))
      throw wrong('steps', r, 'decisionId', decisionId, 'steps');
  }
  for (const r of parsed.letters) {
    const stepId = r.v.decision_step_id as number | null;
    if (stepId !== null && !isDecisionOf(stepId, r.v.case_id))
      throw wrong('letters', r, 'decision_step_id', stepId, 'steps');
  }
  const meetings = ids.get('meetings')!;
  const members = ids.get('members')!;
  for (const r of parsed.meetingParticipants) {
    const meeting = meetings.get(r.v.meeting_id as number)!;
    const member = members.get(r.v.member_id as number)!;
    if (meeting.v.plan_id !== member.v.plan_id)
      throw wrong('meetingParticipants', r, 'member_id', r.v.member_id as number, 'members');
  }
}

// ---- Records the contract checks ----

const CASE_FIELD_COLUMNS: Record<string, string> = {
  receivedDate: 'received_date',
  channel: 'channel',
  appliedBy: 'applied_by',
  appliedByName: 'applied_by_name',
  rightsRequested: 'rights_requested',
  needDescription: 'need_description',
};

/** The step's fields as the contract takes them, from its row; the stored JSON is what it returns. */
function stepOf(r: Row): Record<string, unknown> {
  const kind = r.v.kind as StepKind;
  const step: Record<string, unknown> = { kind };
  if (KINDS_WITH_DATE.has(kind)) step.date = r.v.date;
  for (const f of STEP_FIELDS) {
    const value = r.v[f.key];
    if (!f.kinds.includes(kind)) {
      if (value !== null)
        throw refusal('notForKind', {
          sheet: sheetName('steps'),
          row: r.row,
          column: columnHeader('steps', f.key),
        });
      continue;
    }
    // An empty optional text or yes/no is left to the schema's default ('' or false).
    if (
      value === null &&
      (f.type === 'text' || f.type === 'boolean' || f.type === 'json' || f.type === 'number')
    )
      continue;
    step[f.key] = value;
  }
  const parsed = stepInput.safeParse(step);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'kind');
    throw refusal('invalidValue', {
      sheet: sheetName('steps'),
      row: r.row,
      column: columnHeader('steps', field in (texts.registerExport.columns.steps as object) ? field : 'kind'),
    });
  }
  const data: Record<string, unknown> = { ...parsed.data };
  delete data.kind;
  delete data.id;
  return data;
}

function checkRecords(parsed: ParsedExport, allowSynthetic: boolean): Map<Row, Record<string, unknown>> {
  for (const r of parsed.persons) {
    const nationalId = r.v.national_id as string | null;
    if (nationalId !== null && !checkNationalId(nationalId, { allowSynthetic }).ok)
      throw refusal('nationalId', { sheet: sheetName('persons'), row: r.row });
  }
  for (const r of parsed.cases) {
    const result = caseFields.safeParse({
      receivedDate: r.v.received_date,
      channel: r.v.channel,
      appliedBy: r.v.applied_by,
      appliedByName: r.v.applied_by_name,
      rightsRequested: r.v.rights_requested,
      needDescription: r.v.need_description,
      services: [],
    });
    if (!result.success) {
      const column = CASE_FIELD_COLUMNS[String(result.error.issues[0]?.path[0])] ?? 'received_date';
      throw refusal('invalidValue', {
        sheet: sheetName('cases'),
        row: r.row,
        column: columnHeader('cases', column),
      });
    }
  }
  const stepData = new Map<Row, Record<string, unknown>>();
  for (const r of parsed.steps) stepData.set(r, stepOf(r));
  return stepData;
}

/** The rule settings of the file, checked by the contract's own schemas. */
function settingsOf(parsed: ParsedExport): Partial<Record<LoadedSetting, unknown>> {
  const parts = new Map<string, { part: number; value: string }[]>();
  for (const r of parsed.settings) {
    const key = r.v.key as string;
    parts.set(key, [...(parts.get(key) ?? []), { part: r.v.part as number, value: r.v.value as string }]);
  }
  const schemas = {
    'case.rules': api['cases.updateRules'].input,
    'coordination.rules': api['coordinators.updateRules'].input,
    'plan.rules': api['plans.updateRules'].input,
    'report.rules': api['reports.updateSettings'].input,
    'letters.settings': api['letters.updateSettings'].input,
  } as const;
  const out: Partial<Record<LoadedSetting, unknown>> = {};
  for (const key of LOADED_SETTINGS) {
    const found = parts.get(key);
    if (!found) continue;
    const text = found
      .sort((a, b) => a.part - b.part)
      .map((p) => p.value)
      .join('');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw refusal('setting', { sheet: sheetName('settings'), key });
    }
    const result = schemas[key].safeParse(value);
    if (!result.success) throw refusal('setting', { sheet: sheetName('settings'), key });
    out[key] = result.data;
  }
  return out;
}

export interface CheckedExport {
  rows: ParsedExport;
  stepData: Map<Row, Record<string, unknown>>;
  settings: Partial<Record<LoadedSetting, unknown>>;
}

/** Every loaded sheet read and checked; throws the first problem found, naming sheet and row. */
export function checkExport(sheets: RawSheets, options: { allowSynthetic: boolean }): CheckedExport {
  const rows = Object.fromEntries(
    SHEETS.filter((s) => s.loaded).map((def) => [def.key, parseSheet(sheets, def)]),
  ) as ParsedExport;
  checkReferences(rows);
  const stepData = checkRecords(rows, options.allowSynthetic);
  const settings = settingsOf(rows);
  return { rows, stepData, settings };
}

// ---- Writing ----

const isConstraint = (error: unknown) =>
  error instanceof Error &&
  'code' in error &&
  String((error as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT');

const byId = (rows: Row[]) => [...rows].sort((a, b) => (a.v.id as number) - (b.v.id as number));
const bit = (value: unknown) => (value ? 1 : 0);

/**
 * Writes the checked export into the register with new ids, in file Id order (so records keep
 * their order where the Id breaks a tie). Call inside a transaction; returns rows per sheet.
 */
export function writeExport(db: Db, checked: CheckedExport): Record<string, number> {
  const { rows } = checked;
  const ids = Object.fromEntries(SHEETS.map((s) => [s.key, new Map<number, number>()])) as Record<
    RegisterExportSheet,
    Map<number, number>
  >;
  const at =
    (sheet: RegisterExportSheet, r: Row) =>
    <T>(work: () => T): T => {
      try {
        return work();
      } catch (error) {
        if (isConstraint(error)) throw refusal('rejected', { sheet: sheetName(sheet), row: r.row });
        throw error;
      }
    };
  const newId = (sheet: RegisterExportSheet, id: unknown): number | null =>
    id === null ? null : (ids[sheet].get(id as number) ?? null);
  const lastId = (result: { lastInsertRowid: number | bigint }) => Number(result.lastInsertRowid);

  // Service units and courses already here (a course of the catalogue, a unit set up first) are
  // taken by name rather than doubled.
  const unitByName = db.prepare('SELECT id FROM service_units WHERE name = ? COLLATE NOCASE');
  const insertUnit = db.prepare(
    'INSERT INTO service_units (name, active, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  for (const r of byId(rows.serviceUnits)) {
    const found = unitByName.get(r.v.name) as { id: number } | undefined;
    const id =
      found?.id ??
      at(
        'serviceUnits',
        r,
      )(() => lastId(insertUnit.run(r.v.name, bit(r.v.active), r.v.created_at, r.v.updated_at)));
    ids.serviceUnits.set(r.v.id as number, id);
  }

  const insertCoordinator = db.prepare(
    `INSERT INTO coordinators (name, service_unit_id, position, phone, email, capacity, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.coordinators)) {
    const v = r.v;
    const id = at(
      'coordinators',
      r,
    )(() =>
      lastId(
        insertCoordinator.run(
          v.name,
          newId('serviceUnits', v.service_unit_id),
          v.position,
          v.phone,
          v.email,
          v.capacity,
          bit(v.active),
          v.created_at,
          v.updated_at,
        ),
      ),
    );
    ids.coordinators.set(v.id as number, id);
  }

  const existingCourses = db.prepare('SELECT id, name FROM courses ORDER BY id').all() as {
    id: number;
    name: string;
  }[];
  const updateCourse = db.prepare(
    `UPDATE courses SET provider = ?, type = ?, validity_months = ?, required = ?, active = ?, created_at = ?,
       updated_at = ? WHERE id = ?`,
  );
  const insertCourse = db.prepare(
    `INSERT INTO courses (name, provider, type, validity_months, required, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.courses)) {
    const v = r.v;
    const sameName = existingCourses.findIndex((c) => c.name.toLowerCase() === String(v.name).toLowerCase());
    const fields = [
      v.provider,
      v.type,
      v.validity_months,
      bit(v.required),
      bit(v.active),
      v.created_at,
      v.updated_at,
    ];
    let id: number;
    if (sameName >= 0) {
      id = existingCourses.splice(sameName, 1)[0]!.id;
      at('courses', r)(() => updateCourse.run(...fields, id));
    } else id = at('courses', r)(() => lastId(insertCourse.run(v.name, ...fields)));
    ids.courses.set(v.id as number, id);
  }

  const insertSession = db.prepare(
    `INSERT INTO training_sessions (course_id, date, place, note, recorded_by, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.trainingSessions)) {
    const v = r.v;
    ids.trainingSessions.set(
      v.id as number,
      at(
        'trainingSessions',
        r,
      )(() =>
        lastId(
          insertSession.run(
            newId('courses', v.course_id),
            v.date,
            v.place,
            v.note,
            v.recorded_by,
            v.recorded_at,
            v.updated_at,
          ),
        ),
      ),
    );
  }
  const insertCompletion = db.prepare(
    `INSERT INTO training_completions (coordinator_id, course_id, session_id, date, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.completions)) {
    const v = r.v;
    ids.completions.set(
      v.id as number,
      at(
        'completions',
        r,
      )(() =>
        lastId(
          insertCompletion.run(
            newId('coordinators', v.coordinator_id),
            newId('courses', v.course_id),
            newId('trainingSessions', v.session_id),
            v.date,
            v.note,
            v.recorded_by,
            v.recorded_at,
          ),
        ),
      ),
    );
  }

  const insertGuidance = db.prepare(
    `INSERT INTO guidance_sessions (date, topic, note, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.guidance)) {
    const v = r.v;
    ids.guidance.set(
      v.id as number,
      at(
        'guidance',
        r,
      )(() =>
        lastId(insertGuidance.run(v.date, v.topic, v.note, v.recorded_by, v.recorded_at, v.updated_at)),
      ),
    );
  }
  const insertGuidanceParticipant = db.prepare(
    'INSERT INTO guidance_participants (session_id, coordinator_id) VALUES (?, ?)',
  );
  for (const r of rows.guidanceParticipants)
    at(
      'guidanceParticipants',
      r,
    )(() =>
      insertGuidanceParticipant.run(
        newId('guidance', r.v.session_id),
        newId('coordinators', r.v.coordinator_id),
      ),
    );

  const insertPerson = db.prepare(
    `INSERT INTO persons (name, search_name, sort_name, national_id, birth_date, due_date, address, phone, email,
       interpreter_needed, interpreter_language, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.persons)) {
    const v = r.v;
    const name = String(v.name);
    ids.persons.set(
      v.id as number,
      at(
        'persons',
        r,
      )(() =>
        lastId(
          insertPerson.run(
            name,
            searchFold(name),
            sortKey(name),
            v.national_id,
            v.birth_date,
            v.due_date,
            v.address,
            v.phone,
            v.email,
            bit(v.interpreter_needed),
            v.interpreter_language,
            v.created_at,
            v.updated_at,
          ),
        ),
      ),
    );
  }
  const insertRelation = db.prepare(
    `INSERT INTO person_relations (person_id, position, name, relation, parental_responsibility, may_consent, phone,
       email, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.relations)) {
    const v = r.v;
    ids.relations.set(
      v.id as number,
      at(
        'relations',
        r,
      )(() =>
        lastId(
          insertRelation.run(
            newId('persons', v.person_id),
            v.position,
            v.name,
            v.relation,
            bit(v.parental_responsibility),
            bit(v.may_consent),
            v.phone,
            v.email,
            v.address,
          ),
        ),
      ),
    );
  }

  // A case's services are one JSON list on the case, in the order of their positions.
  const servicesOf = new Map<number, Row[]>();
  for (const r of rows.services)
    servicesOf.set(r.v.case_id as number, [...(servicesOf.get(r.v.case_id as number) ?? []), r]);
  const insertCase = db.prepare(
    `INSERT INTO cases (case_number, person_id, received_date, channel, applied_by, applied_by_name,
       rights_requested, need_description, services, created_at, updated_at, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received')`,
  );
  const personOfCase = new Map<number, number>();
  for (const r of byId(rows.cases)) {
    const v = r.v;
    const services = (servicesOf.get(v.id as number) ?? [])
      .sort((a, b) => (a.v.position as number) - (b.v.position as number))
      .map((s) => ({
        serviceUnitId: newId('serviceUnits', s.v.service_unit_id),
        provider: s.v.provider,
        contact: s.v.contact,
        status: s.v.status,
      }));
    const personId = newId('persons', v.person_id)!;
    const id = at(
      'cases',
      r,
    )(() =>
      lastId(
        insertCase.run(
          v.case_number,
          personId,
          v.received_date,
          v.channel,
          v.applied_by,
          v.applied_by_name,
          JSON.stringify(v.rights_requested),
          v.need_description,
          JSON.stringify(services),
          v.created_at,
          v.updated_at,
        ),
      ),
    );
    ids.cases.set(v.id as number, id);
    personOfCase.set(id, personId);
  }

  // Steps in Id order; an appeal names its decision's new id, filled in afterwards when the
  // decision comes later in the file.
  const insertStep = db.prepare(
    `INSERT INTO case_steps (case_id, kind, date, data, recorded_by, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const setStepData = db.prepare('UPDATE case_steps SET data = ? WHERE id = ?');
  const appeals: { id: number; data: Record<string, unknown>; row: Row }[] = [];
  for (const r of byId(rows.steps)) {
    const v = r.v;
    const data = { ...checked.stepData.get(r)! };
    const date = stepDate({ kind: v.kind, ...data } as unknown as CaseStep);
    if (v.kind === 'appeal') data.decisionId = newId('steps', data.decisionId) ?? 0;
    const id = at(
      'steps',
      r,
    )(() =>
      lastId(
        insertStep.run(
          newId('cases', v.case_id),
          v.kind,
          date,
          JSON.stringify(data),
          v.recorded_by,
          v.recorded_at,
          v.updated_at,
        ),
      ),
    );
    ids.steps.set(v.id as number, id);
    if (v.kind === 'appeal' && data.decisionId === 0) appeals.push({ id, data, row: r });
  }
  for (const a of appeals) {
    const data = { ...a.data, decisionId: newId('steps', checked.stepData.get(a.row)!.decisionId) };
    setStepData.run(JSON.stringify(data), a.id);
  }

  const insertAppointment = db.prepare(
    `INSERT INTO appointments (case_id, person_id, coordinator_id, role, start_date, family_wish, family_notified_date,
       partners_notified_date, end_date, end_reason, end_note, recorded_by, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.appointments)) {
    const v = r.v;
    const caseId = newId('cases', v.case_id)!;
    ids.appointments.set(
      v.id as number,
      at(
        'appointments',
        r,
      )(() =>
        lastId(
          insertAppointment.run(
            caseId,
            personOfCase.get(caseId),
            newId('coordinators', v.coordinator_id),
            v.role,
            v.start_date,
            v.family_wish,
            v.family_notified_date,
            v.partners_notified_date,
            v.end_date,
            v.end_reason,
            v.end_note,
            v.recorded_by,
            v.recorded_at,
            v.updated_at,
          ),
        ),
      ),
    );
  }

  const insertPlan = db.prepare(
    `INSERT INTO plans (case_id, wanted, tool, tool_reference, period_start, period_end, next_revision_date,
       last_evaluation_date, closed_date, closed_note, recorded_by, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.plans)) {
    const v = r.v;
    ids.plans.set(
      v.id as number,
      at(
        'plans',
        r,
      )(() =>
        lastId(
          insertPlan.run(
            newId('cases', v.case_id),
            bit(v.wanted),
            v.tool,
            v.tool_reference,
            v.period_start,
            v.period_end,
            v.next_revision_date,
            v.last_evaluation_date,
            v.closed_date,
            v.closed_note,
            v.recorded_by,
            v.recorded_at,
            v.updated_at,
          ),
        ),
      ),
    );
  }
  const insertPoint = db.prepare(
    'INSERT INTO plan_points (plan_id, point, covered, note) VALUES (?, ?, ?, ?)',
  );
  for (const r of rows.planPoints)
    at(
      'planPoints',
      r,
    )(() => insertPoint.run(newId('plans', r.v.plan_id), r.v.point, bit(r.v.covered), r.v.note));
  const insertGoal = db.prepare(
    `INSERT INTO plan_goals (plan_id, position, text, area, status, target_date, achieved_date)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.goals)) {
    const v = r.v;
    ids.goals.set(
      v.id as number,
      at(
        'goals',
        r,
      )(() =>
        lastId(
          insertGoal.run(
            newId('plans', v.plan_id),
            v.position,
            v.text,
            v.area,
            v.status,
            v.target_date,
            v.achieved_date,
          ),
        ),
      ),
    );
  }
  const insertMeasure = db.prepare(
    `INSERT INTO plan_measures (goal_id, position, text, service_unit_id, due_date, status) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.measures)) {
    const v = r.v;
    ids.measures.set(
      v.id as number,
      at(
        'measures',
        r,
      )(() =>
        lastId(
          insertMeasure.run(
            newId('goals', v.goal_id),
            v.position,
            v.text,
            newId('serviceUnits', v.service_unit_id),
            v.due_date,
            v.status,
          ),
        ),
      ),
    );
  }
  const insertMember = db.prepare(
    'INSERT INTO plan_members (plan_id, kind, name, role, service_unit_id) VALUES (?, ?, ?, ?, ?)',
  );
  for (const r of byId(rows.members)) {
    const v = r.v;
    ids.members.set(
      v.id as number,
      at(
        'members',
        r,
      )(() =>
        lastId(
          insertMember.run(
            newId('plans', v.plan_id),
            v.kind,
            v.name,
            v.role,
            newId('serviceUnits', v.service_unit_id),
          ),
        ),
      ),
    );
  }
  const insertMeeting = db.prepare(
    `INSERT INTO plan_meetings (plan_id, date, kind, other_participants, minutes_written, minutes_reference,
       next_meeting_date, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const planOfMeeting = new Map<number, number>();
  for (const r of byId(rows.meetings)) {
    const v = r.v;
    const planId = newId('plans', v.plan_id)!;
    const id = at(
      'meetings',
      r,
    )(() =>
      lastId(
        insertMeeting.run(
          planId,
          v.date,
          v.kind,
          v.other_participants,
          bit(v.minutes_written),
          v.minutes_reference,
          v.next_meeting_date,
          v.recorded_by,
          v.recorded_at,
          v.updated_at,
        ),
      ),
    );
    ids.meetings.set(v.id as number, id);
    planOfMeeting.set(id, planId);
  }
  const insertParticipant = db.prepare(
    'INSERT INTO plan_meeting_participants (meeting_id, member_id, plan_id) VALUES (?, ?, ?)',
  );
  for (const r of rows.meetingParticipants) {
    const meetingId = newId('meetings', r.v.meeting_id)!;
    at(
      'meetingParticipants',
      r,
    )(() => insertParticipant.run(meetingId, newId('members', r.v.member_id), planOfMeeting.get(meetingId)));
  }

  const insertLetter = db.prepare(
    `INSERT INTO letters (case_id, kind, decision_step_id, letter_date, body, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.letters)) {
    const v = r.v;
    ids.letters.set(
      v.id as number,
      at(
        'letters',
        r,
      )(() =>
        lastId(
          insertLetter.run(
            newId('cases', v.case_id),
            v.kind,
            newId('steps', v.decision_step_id),
            v.letter_date,
            v.body,
            v.created_by,
            v.created_at,
          ),
        ),
      ),
    );
  }

  const { settings } = checked;
  if (settings['case.rules']) {
    const input = settings['case.rules'] as Omit<CaseRules, 'legalReferences'> & {
      legalReferences?: Partial<CaseRules['legalReferences']>;
    };
    setSetting(db, 'case.rules', {
      ...input,
      legalReferences: { ...defaultCaseRules.legalReferences, ...input.legalReferences },
    });
  }
  if (settings['coordination.rules'])
    setSetting(db, 'coordination.rules', settings['coordination.rules'] as never);
  if (settings['plan.rules']) setSetting(db, 'plan.rules', settings['plan.rules'] as never);
  if (settings['report.rules']) setSetting(db, 'report.rules', settings['report.rules'] as never);
  if (settings['letters.settings']) saveLetterSettings(db, settings['letters.settings'] as never);

  return Object.fromEntries(SHEETS.filter((s) => s.loaded).map((s) => [s.key, rows[s.key].length]));
}
