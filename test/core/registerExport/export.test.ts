import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  columnHeader,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  SHEETS,
  sheetName,
} from '@core/registerExport/exportSheets';
import { KINDS_WITH_DATE, STEP_FIELDS } from '@core/registerExport/stepFields';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';
import { stepInput } from '@shared/api/cases';
import { ADMIN_ONLY } from '@shared/api/channel';
import { api } from '@shared/api/index';
import { registerExportSheets } from '@shared/api/registerExport';
import texts from '@shared/i18n/registerExport.nb.json' with { type: 'json' };

import { tempDir } from '../harness';
import {
  demoRegister,
  exportTo,
  releaseKept,
  tableCounts,
  TODAY,
  withDemoDb,
  type DemoExport,
} from './demoExport';

/**
 * Issue 14: the whole register as one workbook (a sheet per kind of record after a sheet that
 * explains every column) and as CSV files in one zip, where the administrator chooses, logged
 * with the counts and holding nothing secret.
 */

let demo: DemoExport;
let exported: Awaited<ReturnType<typeof exportTo>>;
let workbook: ExcelJS.Workbook;
let tables: Record<string, number>;

beforeAll(async () => {
  demo = await demoRegister();
  exported = await exportTo(demo.core);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(exported.workbook) as unknown as ArrayBuffer);
  tables = await withDemoDb(demo.dataDir, demo.login, tableCounts);
}, 60_000);
afterAll(releaseKept);

const about = texts.registerExport.about;
const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

function aboutValue(label: string): ExcelJS.CellValue {
  const sheet = workbook.getWorksheet(about.sheetName)!;
  for (let r = 1; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell(1).value === label) return sheet.getRow(r).getCell(2).value;
  return undefined;
}

describe('registerExport.write', () => {
  it('writes the workbook and the zip of CSV files, named by the day, readable by the owner only', () => {
    expect(exported.result.files.map((f) => f.fileName)).toEqual([
      `Samordna-eksport-${TODAY}.xlsx`,
      `Samordna-eksport-${TODAY}-csv.zip`,
    ]);
    expect(exported.files.sort()).toEqual([
      `Samordna-eksport-${TODAY}-csv.zip`,
      `Samordna-eksport-${TODAY}.xlsx`,
    ]);
    for (const file of exported.result.files) {
      const stat = statSync(path.join(exported.folder, file.fileName));
      expect(stat.size).toBe(file.bytes);
      if (process.platform !== 'win32') expect(stat.mode & 0o777).toBe(0o600);
    }
  });

  it('never writes over a file: a second export the same day is -2', async () => {
    const before = readFileSync(exported.workbook);
    const again = await demo.core.ok('registerExport.write', { folder: exported.folder });
    expect(again.files.map((f) => f.fileName)).toEqual([
      `Samordna-eksport-${TODAY}-2.xlsx`,
      `Samordna-eksport-${TODAY}-2-csv.zip`,
    ]);
    expect(readFileSync(exported.workbook).equals(before)).toBe(true);
    // A zip left alone by someone is not overwritten either.
    const folder = tempDir();
    writeFileSync(path.join(folder, `Samordna-eksport-${TODAY}-csv.zip`), 'mine');
    const third = await demo.core.ok('registerExport.write', { folder });
    expect(third.files[0]!.fileName).toBe(`Samordna-eksport-${TODAY}-2.xlsx`);
    expect(readFileSync(path.join(folder, `Samordna-eksport-${TODAY}-csv.zip`), 'utf8')).toBe('mine');
  });

  it('counts every row of every table', () => {
    const { counts } = exported.result;
    expect(Object.keys(counts)).toEqual([...registerExportSheets]);
    for (const [sheet, n] of Object.entries(tables)) expect(counts[sheet], sheet).toBe(n);
    // The demo has every kind of record, and the letters and settings this test added.
    for (const sheet of registerExportSheets) expect(counts[sheet], sheet).toBeGreaterThan(0);
    expect(counts.letters).toBe(2);
  });

  it('covers every table of the register, or leaves it out on purpose', async () => {
    const names = await withDemoDb(demo.dataDir, demo.login, (db) =>
      (
        db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
          .all() as {
          name: string;
        }[]
      ).map((t) => t.name),
    );
    const exportedTables = [
      ...['persons', 'person_relations', 'cases', 'case_steps', 'appointments', 'letters', 'archive_copies'],
      ...['coordinators', 'service_units', 'courses', 'training_sessions', 'training_completions'],
      ...['guidance_sessions', 'guidance_participants', 'users', 'settings'],
      ...['plans', 'plan_points', 'plan_goals', 'plan_measures', 'plan_members', 'plan_meetings'],
      'plan_meeting_participants',
    ];
    // The log (hash-chained, this register's own) and its person index (derived from it), users'
    // unfinished typing, and the import wizard's undo bookkeeping are not records to move. The
    // search box's FTS5 indexes (schema v13, with their shadow tables) are derived and rebuilt by
    // triggers as a loaded register is written, and so are the plans' stored summaries (schema
    // v14, derived from the plan tables). A new table must be added to one list.
    const searchIndexes = ['person_search', 'case_number_search'].flatMap((t) =>
      ['', '_data', '_idx', '_docsize', '_config'].map((shadow) => `${t}${shadow}`),
    );
    const leftOut = [
      'audit',
      'audit_persons',
      'drafts',
      'import_batches',
      'import_records',
      'plan_summaries',
      ...searchIndexes,
    ];
    expect(names.sort()).toEqual([...exportedTables, ...leftOut].sort());
  });

  it('puts "Om eksporten" first: who, when, the format marker, the confidentiality statement and every column', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      about.sheetName,
      ...registerExportSheets.map((k) => sheetName(k)),
    ]);
    const sheet = workbook.getWorksheet(about.sheetName)!;
    const all = sheet
      .getSheetValues()
      .flat()
      .map((v) => cellText(v as ExcelJS.CellValue))
      .join('\n');
    expect(all).toContain(
      'Taushetsbelagt, jf. offentleglova § 13, jf. forvaltningsloven § 13 første ledd nr. 1',
    );
    expect(aboutValue(about.format)).toBe(EXPORT_FORMAT);
    expect(aboutValue(about.formatVersion)).toBe(EXPORT_FORMAT_VERSION);
    expect(aboutValue(about.municipality)).toBe('Demo kommune');
    expect(aboutValue(about.by)).toBe('Demo Administrator (demo)');
    expect(aboutValue(about.date)).toEqual(new Date(`${TODAY}T00:00:00Z`));
    // Every column of every sheet is listed with its type, technical name and explanation.
    for (const def of SHEETS)
      for (const c of def.columns) {
        const header = columnHeader(def.key, c.key);
        const found = sheet
          .getSheetValues()
          .some((row) => Array.isArray(row) && row[1] === sheetName(def.key) && row[2] === header && row[4]);
        expect(found, `${def.key}.${c.key}`).toBe(true);
      }
  });

  it('gives each kind a sheet with a frozen, filtered header row and one row per record', () => {
    for (const def of SHEETS) {
      const sheet = workbook.getWorksheet(sheetName(def.key))!;
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        ...def.columns.map((c) => columnHeader(def.key, c.key)),
      ]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.headerFooter.oddHeader).toContain('Taushetsbelagt, jf. offentleglova § 13');
      expect(sheet.actualRowCount - 1, def.key).toBe(exported.result.counts[def.key]);
    }
  });

  it('writes real dates (the calendar day, no time), numbers as numbers and yes/no as booleans', async () => {
    for (const def of SHEETS) {
      const sheet = workbook.getWorksheet(sheetName(def.key))!;
      def.columns.forEach((c, i) => {
        sheet.getColumn(i + 1).eachCell((cell, r) => {
          if (r === 1 || cell.value === null || cell.value === undefined) return;
          const where = `${def.key}.${c.key} row ${r}`;
          if (c.type === 'date') {
            expect(cell.value, where).toBeInstanceOf(Date);
            expect((cell.value as Date).toISOString().slice(10), where).toBe('T00:00:00.000Z');
          } else if (c.type === 'number') expect(typeof cell.value, where).toBe('number');
          else if (c.type === 'boolean') expect(typeof cell.value, where).toBe('boolean');
          else expect(typeof cell.value, where).toBe('string');
        });
      });
    }
    // The same days as the register holds.
    const births = await withDemoDb(demo.dataDir, demo.login, (db) =>
      (db.prepare('SELECT birth_date FROM persons ORDER BY id').all() as { birth_date: string | null }[]).map(
        (r) => r.birth_date,
      ),
    );
    const persons = workbook.getWorksheet(sheetName('persons'))!;
    const column =
      SHEETS.find((s) => s.key === 'persons')!.columns.findIndex((c) => c.key === 'birth_date') + 1;
    const written = births.map((_, i) => {
      const v = persons.getRow(i + 2).getCell(column).value;
      return v instanceof Date ? v.toISOString().slice(0, 10) : null;
    });
    expect(written).toEqual(births);
  });

  it('spreads each step’s fields into a column per field, empty where the kind has none', () => {
    const def = SHEETS.find((s) => s.key === 'steps')!;
    const sheet = workbook.getWorksheet(sheetName('steps'))!;
    const col = (key: string) => def.columns.findIndex((c) => c.key === key) + 1;
    let decisions = 0;
    sheet.eachRow((row, r) => {
      if (r === 1) return;
      const kind = row.getCell(col('kind')).value as string;
      for (const f of STEP_FIELDS)
        if (!f.kinds.includes(kind as never))
          expect(row.getCell(col(f.key)).value ?? null, `${kind}.${f.key}`).toBeNull();
      if (kind === 'decision') {
        decisions += 1;
        expect(row.getCell(col('outcome')).value).toBeTruthy();
        expect(row.getCell(col('decisionDate')).value).toBeInstanceOf(Date);
      }
    });
    expect(decisions).toBe(exported.result.counts.decisions);
  });

  it('knows every field of every step kind the contract takes', () => {
    for (const option of stepInput.options) {
      const kind = option.shape.kind.value;
      const fields = Object.keys(option.shape).filter((k) => k !== 'kind' && k !== 'id');
      for (const field of fields) {
        if (field === 'date') expect(KINDS_WITH_DATE.has(kind), kind).toBe(true);
        else
          expect(STEP_FIELDS.find((f) => f.key === field)?.kinds.includes(kind), `${kind}.${field}`).toBe(
            true,
          );
      }
    }
  });

  it('holds nothing secret: no key material, password, hash or recovery data in any cell or CSV', async () => {
    const keyFile = readKeyFile(path.join(demo.dataDir, 'samordna.keys'))!;
    const secrets: string[] = [demo.login.password];
    const collect = (value: unknown, key = ''): void => {
      if (typeof value === 'string') {
        if (/^[A-Za-z0-9+/=_-]{12,}$/.test(value) && !['label', 'format'].includes(key)) secrets.push(value);
      } else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) collect(v, k);
    };
    collect(JSON.parse(readFileSync(path.join(demo.dataDir, 'samordna.keys'), 'utf8')));
    collect(JSON.parse(readFileSync(path.join(demo.dataDir, 'samordna.keys.copy'), 'utf8')));
    const slot = keyFile.slots.find((s) => s.kind === 'user')!;
    const key = (await unwrapKey(slot, demo.login.password, keyFile.registerId))!;
    secrets.push(key.toString('hex'), key.toString('base64'), keyFile.registerId);
    expect(secrets.length).toBeGreaterThan(10);

    const cells: string[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cellText(cell.value))));
    const zip = unzipSync(readFileSync(path.join(exported.folder, exported.result.files[1]!.fileName)));
    const csv = Object.values(zip).map((bytes) => strFromU8(bytes));
    const everything = [...cells, ...csv].join('\n');
    for (const secret of secrets) expect(everything.includes(secret), secret.slice(0, 8)).toBe(false);
    // The users sheet has names and roles only.
    expect(workbook.getWorksheet(sheetName('users'))!.getRow(1).values).toEqual([
      undefined,
      'Brukernavn',
      'Navn',
      'Rolle',
      'Aktiv',
      'Opprettet',
    ]);
    expect(everything).not.toMatch(
      /recovery\.confirmedAt|keys\.recordedChange|audit\.anchorFinding|backup\.last/,
    );
  });

  it('splits a long setting (the letterhead logo) over rows, each within Excel’s cell limit', () => {
    const sheet = workbook.getWorksheet(sheetName('settings'))!;
    const logoParts: string[] = [];
    sheet.eachRow((row, r) => {
      if (r === 1) return;
      expect(cellText(row.getCell(3).value).length).toBeLessThanOrEqual(32_767);
      if (row.getCell(1).value === 'letters.settings') logoParts.push(cellText(row.getCell(3).value));
    });
    expect(logoParts.length).toBeGreaterThan(1);
    expect(JSON.parse(logoParts.join('')).logo).toMatch(/^data:image\/png;base64,/);
  });

  it('writes the same sheets as CSV: semicolons, UTF-8 with BOM, CRLF, ISO dates, ja/nei', () => {
    const zip = unzipSync(readFileSync(path.join(exported.folder, exported.result.files[1]!.fileName)));
    const names = Object.keys(zip);
    expect(names[0]).toBe(`00 ${about.sheetName}.csv`);
    expect(names.slice(1)).toEqual(
      registerExportSheets.map((k, i) => `${String(i + 1).padStart(2, '0')} ${sheetName(k)}.csv`),
    );
    for (const def of SHEETS) {
      const name = names.find((n) => n.endsWith(` ${sheetName(def.key)}.csv`))!;
      expect([...zip[name]!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // (strFromU8 drops the byte order mark, as any UTF-8 reader does.)
      const lines = strFromU8(zip[name]!).split('\r\n');
      expect(lines.at(-1)).toBe('');
      expect(lines[0]).toBe(def.columns.map((c) => columnHeader(def.key, c.key)).join(';'));
    }
    const persons = strFromU8(zip[names.find((n) => n.endsWith(' Personer.csv'))!]!).split('\r\n');
    expect(persons.length - 2).toBe(exported.result.counts.persons);
    const birth = persons[0]!.split(';').indexOf('Fødselsdato');
    const interpreter = persons[0]!.split(';').indexOf('Trenger tolk');
    for (const line of persons.slice(1, -1)) {
      const fields = line.split(';');
      if (fields[birth]) expect(fields[birth]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['ja', 'nei']).toContain(fields[interpreter]);
    }
    expect(strFromU8(zip[names[0]!]!)).toContain('Taushetsbelagt, jf. offentleglova § 13');
  });

  it('logs one row naming the counts, never a value', async () => {
    const rows = await withDemoDb(demo.dataDir, demo.login, (db) =>
      db.prepare("SELECT username, fields FROM audit WHERE action = 'export' AND entity = 'register'").all(),
    );
    // The first export of this file, and the two of the "-2" test (which may run before or after).
    expect(rows.length).toBeGreaterThanOrEqual(1);
    const first = rows[0] as { username: string; fields: string };
    expect(first.username).toBe('demo');
    const fields = JSON.parse(first.fields) as string[];
    expect(fields).toContain(`persons:${tables.persons}`);
    expect(fields).toContain(`cases:${tables.cases}`);
    for (const f of fields) expect(f).toMatch(/^[a-zA-Z]+:\d+$/);
  });

  it('refuses a folder that is not there, not a folder, relative or not writable, and writes nothing', async () => {
    const { core } = demo;
    const auditRows = () =>
      withDemoDb(
        demo.dataDir,
        demo.login,
        (db) => (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n,
      );
    const before = await auditRows();
    const missing = await core.fails('registerExport.write', { folder: path.join(tempDir(), 'borte') });
    expect(missing).toMatchObject({
      code: 'VALIDATION',
      fields: { folder: 'registerExport.write.folderMissing' },
    });
    const file = path.join(tempDir(), 'fil.txt');
    writeFileSync(file, 'x');
    expect((await core.fails('registerExport.write', { folder: file })).fields).toEqual({
      folder: 'registerExport.write.folderMissing',
    });
    expect((await core.fails('registerExport.write', { folder: 'eksport' })).fields).toEqual({
      folder: 'registerExport.write.folderNotAbsolute',
    });
    expect((await core.fails('registerExport.write', { folder: '   ' })).fields).toEqual({
      folder: 'validation.required',
    });
    if (process.getuid?.() !== 0) {
      const locked = path.join(tempDir(), 'låst');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      expect((await core.fails('registerExport.write', { folder: locked })).fields).toEqual({
        folder: 'registerExport.write.folderNotWritable',
      });
    }
    expect(await auditRows()).toBe(before);
  });

  it('is for administrators only, and status tells whether the register is empty', async () => {
    expect(api['registerExport.write'].access).toEqual(ADMIN_ONLY);
    expect(api['registerExport.load'].access).toEqual(ADMIN_ONLY);
    expect(api['registerExport.status'].access).toEqual(ADMIN_ONLY);
    const status = await demo.core.ok('registerExport.status', {});
    expect(status.empty).toBe(false);
    expect(status.counts.cases).toBe(tables.cases);
  });
});
