import type { RegisterExportSheet } from '@shared/api/registerExport';
import texts from '@shared/i18n/registerExport.nb.json' with { type: 'json' };

import type { Db } from '../storage/database';
import { ARCHIVE_COPY_SHEET, CASE_SHEETS, LETTER_SHEET } from './caseSheets';
import { COORDINATOR_SHEETS } from './coordinatorSheets';
import type { Cell, ColumnDef, SheetDef, ValueType } from './exportColumns';
import { PLAN_SHEETS } from './planSheets';
import { SETTINGS_SHEETS } from './settingsSheets';

/**
 * What the export of the whole register holds, sheet by sheet: the SQL that reads each kind of
 * record, its columns with their value types, and (from registerExport.nb.json) the header text
 * and the explanation the first sheet gives. The header texts are the format: `checkExport` finds
 * the columns by them, so changing one is a new format version.
 *
 * Never in it: the key file, password hashes, key slots, the recovery code, drafts, the audit log
 * (nor its person index, derived from it) or the settings about backups and keys that only this
 * installation needs.
 */

/**
 * Written on the first sheet; `readExportWorkbook` reads a workbook only when it finds them.
 * Version 2 (schema v10 and v11) added the archive copies, the cases' anonymisation time, the
 * persons' year of birth and the retention setting; a version 1 file loads without them.
 */
export const EXPORT_FORMAT = 'samordna-eksport';
export const EXPORT_FORMAT_VERSION = 2;

/** Every sheet in the workbook's order (the kinds of record are defined in their own files). */
export const SHEETS: readonly SheetDef[] = [
  ...CASE_SHEETS,
  ...COORDINATOR_SHEETS,
  ...PLAN_SHEETS,
  LETTER_SHEET,
  ARCHIVE_COPY_SHEET,
  ...SETTINGS_SHEETS,
];

export const sheetDef = (key: RegisterExportSheet): SheetDef => SHEETS.find((s) => s.key === key)!;

// ---- Texts (bokmål: the workbook is written in it) ----

const sheetTexts = texts.registerExport.sheets as Record<string, { name: string; description: string }>;
const columnTexts = texts.registerExport.columns as Record<string, Record<string, string>>;
const columnHelp = texts.registerExport.columnHelp as Record<string, Record<string, string> | undefined>;
const commonHelp = texts.registerExport.help as Record<string, string>;

/** A text with its {{placeholders}} filled. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

export const sheetName = (key: RegisterExportSheet) => sheetTexts[key]!.name;
export const sheetDescription = (key: RegisterExportSheet) => sheetTexts[key]!.description;
export const columnHeader = (sheet: RegisterExportSheet, column: string) => columnTexts[sheet]![column]!;
export const typeName = (type: ValueType) => texts.registerExport.types[type];

/** The explanation of a column on the first sheet: what it holds, what it points to, its codes. */
export function columnExplanation(sheet: SheetDef, column: ColumnDef): string {
  const own = columnHelp[sheet.key]?.[column.key] ?? commonHelp[column.key];
  return [
    own,
    column.ref ? fill(commonHelp.refTo!, { sheet: sheetName(column.ref) }) : null,
    column.values ? fill(commonHelp.values!, { values: column.values.join(', ') }) : null,
    column.nullable && !column.derived ? commonHelp.nullable : null,
    column.anonymisable ? commonHelp.anonymisable : null,
    column.derived ? commonHelp.derived : null,
    sheet.key === 'settings' && column.key === 'part' ? commonHelp.parts : null,
  ]
    .filter(Boolean)
    .join(' ');
}

// ---- Reading ----

/** A value as SQLite (or a step's JSON) gives it, as the cell the export holds. */
function cellOf(type: ValueType, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'boolean':
      return value === 1 || value === true;
    case 'number':
      return Number(value);
    case 'list':
      return (JSON.parse(String(value)) as string[]).join(', ');
    default:
      return String(value);
  }
}

/** Every row of one sheet, as cells in the order of its columns. */
export function readSheet(db: Db, sheet: SheetDef): Cell[][] {
  const rows: Cell[][] = [];
  for (const raw of db.prepare(sheet.sql).iterate() as Iterable<Record<string, unknown>>)
    for (const r of sheet.expand ? sheet.expand(raw, db) : [raw])
      rows.push(sheet.columns.map((c) => cellOf(c.type, r[c.key])));
  return rows;
}

/** Rows per sheet as an export would write them now (for the settings screen: no values read). */
export function countSheets(db: Db): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sheet of SHEETS)
    counts[sheet.key] =
      sheet.key === 'settings'
        ? readSheet(db, sheet).length
        : (db.prepare(`SELECT count(*) AS n FROM (${sheet.sql})`).get() as { n: number }).n;
  return counts;
}

/** No persons, cases, coordinators or plans: an export may be loaded. */
export function registerIsEmpty(db: Db): boolean {
  return (
    (
      db
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM persons) OR EXISTS (SELECT 1 FROM cases)
           OR EXISTS (SELECT 1 FROM coordinators) OR EXISTS (SELECT 1 FROM plans) AS taken`,
        )
        .get() as { taken: number }
    ).taken === 0
  );
}
