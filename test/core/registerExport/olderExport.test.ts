import { readFileSync } from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { columnHeader, sheetName } from '@core/registerExport/exportSheets';
import { DEFAULT_RETENTION_YEARS } from '@shared/api/retention';
import texts from '@shared/i18n/registerExport.nb.json' with { type: 'json' };

import { ADMIN, withRawDb, type TestCore } from '../harness';
import { addCase } from '../safekeeping/register';
import { exportTo, keptCore, keptDir, now, releaseKept } from './demoExport';

/**
 * An export written before format version 2 (schema v10 and v11) has no archive copies sheet, no
 * anonymisation time on the cases, no year of birth on the persons and no retention setting. It
 * still loads, with those empty or at their defaults; a file that says it is version 2 must have them.
 */

let source: TestCore;
let exported: Awaited<ReturnType<typeof exportTo>>;

async function emptyRegister(): Promise<TestCore> {
  const core = keptCore({ dataDir: keptDir(), now, allowSyntheticIds: true });
  await core.ok('session.setup', { municipality: 'Testvik kommune', ...ADMIN });
  return core;
}

beforeAll(async () => {
  source = await emptyRegister();
  for (let i = 0; i < 3; i++) await addCase(source, i);
  await source.ok('retention.updateSettings', { years: 5, action: 'delete' });
  exported = await exportTo(source);
}, 60_000);
afterAll(releaseKept);

/** The column of `sheet` whose header is `header`, or 0. */
function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let at = 0;
  sheet.getRow(1).eachCell((cell, c) => {
    if (cell.value === header) at = c;
  });
  return at;
}

/**
 * The export as format version 1 wrote it: without what version 2 added. `keepSheet` and
 * `keepColumns` leave parts in (to see what a file claiming version 2 without the rest gives).
 */
async function asVersion1(
  options: { version?: number; keepSheet?: boolean; keepColumns?: boolean } = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(exported.workbook) as unknown as ArrayBuffer);
  if (!options.keepSheet) workbook.removeWorksheet(workbook.getWorksheet(sheetName('archiveCopies'))!.id);
  for (const [sheet, column] of [
    ['persons', 'birth_year'],
    ['persons', 'birth_month'],
    ['cases', 'anonymised_at'],
  ] as const) {
    if (options.keepColumns) break;
    const ws = workbook.getWorksheet(sheetName(sheet))!;
    const at = columnOf(ws, columnHeader(sheet, column));
    expect(at, column).toBeGreaterThan(0);
    ws.spliceColumns(at, 1);
  }
  const settings = workbook.getWorksheet(sheetName('settings'))!;
  const keyAt = columnOf(settings, columnHeader('settings', 'key'));
  let removed = 0;
  for (let r = settings.rowCount; r > 1; r--)
    if (settings.getRow(r).getCell(keyAt).value === 'retention.rules') {
      settings.spliceRows(r, 1);
      removed += 1;
    }
  expect(removed).toBe(1);
  workbook.getWorksheet(texts.registerExport.about.sheetName)!.eachRow((row) => {
    if (row.getCell(1).value === texts.registerExport.about.formatVersion)
      row.getCell(2).value = options.version ?? 1;
  });
  const file = path.join(keptDir(), 'eldre.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('registerExport.load of an export from before format version 2', () => {
  it('loads, with no archive copies, no case anonymised, no year of birth and retention at its default', async () => {
    const target = await emptyRegister();
    const { counts } = await target.ok('registerExport.load', { path: await asVersion1() });
    expect(counts).toMatchObject({ persons: 3, cases: 3, archiveCopies: 0 });
    const loaded = await withRawDb(target.dataDir, (db) => ({
      cases: db.prepare('SELECT count(*) AS n FROM cases WHERE anonymised_at IS NULL').get(),
      persons: db
        .prepare('SELECT count(*) AS n FROM persons WHERE birth_year IS NULL AND birth_month IS NULL')
        .get(),
      copies: db.prepare('SELECT count(*) AS n FROM archive_copies').get(),
      retention: db.prepare("SELECT value FROM settings WHERE key = 'retention.rules'").get(),
    }));
    expect(loaded).toEqual({ cases: { n: 3 }, persons: { n: 3 }, copies: { n: 0 }, retention: undefined });
    expect(await target.ok('retention.settings', {})).toEqual({
      years: DEFAULT_RETENTION_YEARS,
      action: 'anonymise',
    });
    // The cases are those of the source, by number.
    const numbers = async (core: TestCore) =>
      (await core.ok('cases.list', {})).rows.map((r) => r.caseNumber).sort();
    expect(await numbers(target)).toEqual(await numbers(source));
  });

  it('is refused when the file says version 2 and lacks the sheet or a column version 2 writes', async () => {
    const target = await emptyRegister();
    const noColumn = await target.fails('registerExport.load', {
      path: await asVersion1({ version: 2, keepSheet: true }),
    });
    expect(noColumn.message).toBe('Arket «Personer» mangler kolonnen «Fødselsår».');
    const noSheet = await target.fails('registerExport.load', {
      path: await asVersion1({ version: 2, keepColumns: true }),
    });
    expect(noSheet.message).toBe('Arket «Arkivkopier» mangler.');
    expect((await target.ok('registerExport.status', {})).empty).toBe(true);
  });
});
