import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CoreError } from '@core/errors';
import {
  ImportRefusal,
  detectDelimiter,
  readImportFile,
  refusalReasons,
  type RawSheet,
  type RawWorkbook,
  type ReadLimits,
} from '@core/imports/readFile';
import { IMPORT_LIMITS, type RawCell } from '@shared/api/imports';
import importFileEn from '@shared/i18n/importFile.en.json' with { type: 'json' };
import importFileNb from '@shared/i18n/importFile.nb.json' with { type: 'json' };
import importFileNn from '@shared/i18n/importFile.nn.json' with { type: 'json' };

import { writeFixtures } from '../../fixtures/import/makeFixtures';

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);

let scratch = '';
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'samordna-readfile-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Writes bytes (or text as UTF-8) into the scratch folder and returns the path. */
async function scratchFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, content);
  return path;
}

const limits = (change: Partial<ReadLimits>): ReadLimits => ({ ...IMPORT_LIMITS, ...change });

type Tree = { [key: string]: string | Tree };
const texts = { nb: importFileNb as Tree, nn: importFileNn as Tree, en: importFileEn as Tree };
function text(language: keyof typeof texts, key: string): string | undefined {
  let node: string | Tree | undefined = texts[language];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]!).sort();

/** The refusal a read ends in; checks that it is IMPORT_REFUSED and that its text gets its values. */
async function refused(
  read: Promise<unknown>,
): Promise<{ reason: string; values: Record<string, string | number> }> {
  const error: unknown = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRefusal);
  const refusal = error as ImportRefusal;
  expect(refusal).toBeInstanceOf(CoreError);
  expect(refusal.code).toBe('IMPORT_REFUSED');
  expect(refusal.fields).toEqual({ file: `importFile.refused.${refusal.reason}` });
  expect(refusal.notice.key).toBe(refusal.fields!.file);
  const values = refusal.notice.values ?? {};
  for (const language of ['nb', 'nn', 'en'] as const) {
    const message = text(language, refusal.notice.key);
    expect(message, `${language}: ${refusal.notice.key}`).toBeTruthy();
    expect(placeholders(message!)).toEqual(Object.keys(values).sort());
  }
  return { reason: refusal.reason, values };
}

const sheet = (workbook: RawWorkbook, name: string): RawSheet => {
  const found = workbook.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
/** A cell by its Excel address (A1). */
function at(s: RawSheet, address: string): RawCell {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return s.rows[Number(m[2]) - 1]![column]!;
}
const widths = (s: RawSheet) => new Set(s.rows.map((r) => r.length));

describe('kommune-a.xlsx: one row per case', () => {
  let workbook: RawWorkbook;
  let cases: RawSheet;
  beforeAll(async () => {
    workbook = await readImportFile(fixture('kommune-a.xlsx'));
    cases = sheet(workbook, 'Saker');
  });

  it('reads every sheet in order, the hidden one reported, not dropped', () => {
    expect(workbook.format).toBe('xlsx');
    expect(workbook.fileName).toBe('kommune-a.xlsx');
    expect(workbook.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Saker', false],
      ['Koordinatorer', false],
      ['Lister', true],
    ]);
    expect(sheet(workbook, 'Lister').rows[1]).toEqual(['Innvilget', 'Aktiv', 'K']);
  });

  it('keeps the title and blank rows above the header, rows[0] being row 1', () => {
    expect(at(cases, 'A1')).toBe('Koordinerende enhet – saksoversikt 2025');
    expect(cases.rows[1]!.every((c) => c === null)).toBe(true);
    expect(cases.rows[2]).toEqual([
      'Navn',
      'Fnr',
      'Adresse',
      'Foresatt',
      'Mottatt',
      'Søkt om',
      'Vedtak',
      'Vedtak', // the merged header names both columns
      'Vedtaksdato',
      'Koordinator',
      'Startdato koord.',
      'IP-status',
      'Dager',
      'Intern kode',
      'Merknad',
    ]);
  });

  it('reports the hidden column and still reads it', () => {
    expect(cases.hiddenColumns).toEqual([13]);
    expect(at(cases, 'N4')).toBe('A-17');
  });

  it('trims trailing rows, keeps the empty row in the middle, pads every row to the sheet width', () => {
    expect(cases.rows).toHaveLength(14);
    expect(cases.rows[8]!.every((c) => c === null)).toBe(true);
    expect(widths(cases)).toEqual(new Set([15]));
  });

  it('gives a date-formatted cell as a date, a serial in a General cell as its number, text dates as text', () => {
    expect(at(cases, 'E4')).toEqual({ date: '2025-01-06' });
    expect(at(cases, 'I4')).toEqual({ date: '2025-01-20' });
    expect(at(cases, 'E5')).toBe(45671); // 14.01.2025, typed as a number
    expect(at(cases, 'E6')).toBe('01.02.2025');
    expect(at(cases, 'E7')).toBe('1.2.25');
    expect(at(cases, 'E8')).toBe('010225');
    expect(at(cases, 'E13')).toEqual({ date: '2025-03-04' }); // a date-time keeps its date
  });

  it('keeps fødselsnummer as the workbook has them: text, a number that lost its zero, with a space', () => {
    expect(at(cases, 'B4')).toMatch(/^\d{11}$/);
    expect(at(cases, 'B5')).toBeTypeOf('number');
    expect(String(at(cases, 'B5'))).toHaveLength(10);
    expect(at(cases, 'B6')).toMatch(/^\d{6} \d{5}$/);
    // The same person on two rows: two cases.
    expect(at(cases, 'B10')).toBe(at(cases, 'B4'));
  });

  it('trims spaces, non-breaking ones too', () => {
    expect(at(cases, 'A4')).toBe('Nordmann, Kari');
    expect(at(cases, 'A14')).toBe('Kristiansen, Maja');
    expect(at(cases, 'O13')).toBe('Venter på dokumentasjon');
  });

  it("gives a formula's cached result only, and says which sheet has formulas without one", () => {
    expect(at(cases, 'M4')).toBe(147); // the shared formula's first cell
    expect(at(cases, 'M5')).toBe(139); // a cell sharing it
    expect(at(cases, 'M10')).toBe(60);
    expect(at(cases, 'M6')).toBeNull(); // its cached result is #VALUE!
    expect(at(cases, 'M13')).toBeNull(); // never calculated
    expect(workbook.notices).toEqual([
      { key: 'importFile.notice.formulaWithoutValue', values: { sheet: 'Saker', count: 1 } },
    ]);
  });

  it('reads rich text and hyperlinks as their text, an error as empty', () => {
    expect(at(cases, 'O7')).toBe('Ønsker ikke IP nå');
    expect(at(cases, 'O8')).toBe('Se journal');
    expect(at(cases, 'M14')).toBeNull(); // #N/A
  });

  it('reads the coordinators sheet, one coordinator twice with two courses', () => {
    const coordinators = sheet(workbook, 'Koordinatorer');
    expect(coordinators.rows[0]).toEqual([
      'Navn',
      'Tjenestested',
      'Stilling',
      'Telefon',
      'E-post',
      'Grunnkurs',
    ]);
    expect(coordinators.rows.filter((r) => r[0] === 'Hansen, Line').map((r) => r[5])).toEqual([
      { date: '2023-03-15' },
      { date: '2024-09-10' },
    ]);
    expect(at(coordinators, 'D2')).toBe(91234567);
    expect(at(coordinators, 'D3')).toBe('912 34 567');
    expect(at(coordinators, 'F5')).toBe('mars 2021');
    expect(at(coordinators, 'D5')).toBeNull();
  });
});

describe('kommune-b.xlsx: one row per person, nynorsk', () => {
  it('reads the per-right columns and the empty second sheet', async () => {
    const workbook = await readImportFile(fixture('kommune-b.xlsx'));
    const register = sheet(workbook, 'Register');
    expect(register.rows[0]).toEqual([
      'Namn',
      'Fødselsnr.',
      'Søknad motteke',
      'Koordinator vedtak',
      'Koordinator vedtaksdato',
      'IP vedtak',
      'IP vedtaksdato',
      'Barnekoordinator',
      'Tenestestad',
      'Merknad',
    ]);
    expect(register.rows[1]!.slice(2, 8)).toEqual([
      { date: '2025-01-08' },
      'innvilga',
      { date: '2025-01-22' },
      'innvilga',
      { date: '2025-02-05' },
      'nei',
    ]);
    expect(new Set(register.rows.slice(1).map((r) => r[3]))).toEqual(
      new Set(['innvilga', 'avslått', 'ja', 'Innvilga', null, 'x']),
    );
    expect(register.rows).toHaveLength(7);
    expect(sheet(workbook, 'Ark2')).toEqual({ name: 'Ark2', hidden: false, hiddenColumns: [], rows: [] });
    expect(workbook.notices).toEqual([]);
  });
});

describe('CSV', () => {
  it('kommune-c.csv: Windows-1252, semicolons, quoted fields with ; and line breaks', async () => {
    const workbook = await readImportFile(fixture('kommune-c.csv'));
    expect(workbook.format).toBe('csv');
    expect(workbook.notices).toEqual([
      { key: 'importFile.notice.encoding.windows1252' },
      { key: 'importFile.notice.delimiter.semicolon' },
    ]);
    const [only] = workbook.sheets;
    expect(only!.name).toBe('kommune-c');
    expect(only!.rows[0]).toEqual([
      'Personnummer',
      'Etternavn',
      'Fornavn',
      'Dato mottatt',
      'Hva er søkt',
      'Utfall',
      'Dato vedtak',
      'Koordinator',
      'Kommentar',
    ]);
    expect(only!.rows[1]!.slice(1, 5)).toEqual([
      'Ødegård',
      'Åsmund',
      '03.02.2025',
      'Koordinator; individuell plan',
    ]);
    expect(only!.rows[1]![7]).toBe('Sæther, Bjørg');
    expect(only!.rows[2]![8]).toBe('Foreldre ønsker ny vurdering.\r\nKlage sendt 01.03.2025');
    expect(only!.rows[3]![8]).toBe('Sier selv: "vil ikke ha IP" – følges opp');
    // Fødselsnummer stay text with their leading zero; the row of empty fields at the end is trimmed.
    expect(only!.rows[2]![0]).toMatch(/^0\d{10}$/);
    expect(only!.rows).toHaveLength(5);
    expect(widths(only!)).toEqual(new Set([9]));
  });

  it('kommune-d.csv: UTF-8 with BOM, commas, ISO and d/m/yyyy dates as text', async () => {
    const workbook = await readImportFile(fixture('kommune-d.csv'));
    expect(workbook.notices).toEqual([
      { key: 'importFile.notice.encoding.utf8Bom' },
      { key: 'importFile.notice.delimiter.comma' },
    ]);
    const rows = workbook.sheets[0]!.rows;
    expect(rows[0]![0]).toBe('Navn'); // no BOM left in the first header
    expect(rows[1]!.slice(0, 3)).toEqual(['Nordmann, Kari', expect.stringMatching(/^\d{11}$/), '2025-03-01']);
    expect(rows[2]![2]).toBe('1/3/2025');
    expect(rows[3]![3]).toBe('K, IP');
    expect(rows[4]![0]).toBe('Åse Ødegaard');
  });

  it('detects tabs and UTF-8 without a BOM, and UTF-16 ("Unicode text" from Excel)', async () => {
    const tsv = 'Navn\tMottatt\nNordmann, Kari\t01.02.2025\nØdegård; Åse\t03.02.2025\n';
    const plain = await readImportFile(await scratchFile('tabs.txt', tsv));
    expect(plain.notices).toEqual([
      { key: 'importFile.notice.encoding.utf8' },
      { key: 'importFile.notice.delimiter.tab' },
    ]);
    expect(plain.sheets[0]!.rows[2]).toEqual(['Ødegård; Åse', '03.02.2025']);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const wide = await readImportFile(await scratchFile('unicode.txt', utf16));
    expect(wide.notices[0]).toEqual({ key: 'importFile.notice.encoding.utf16' });
    expect(wide.sheets[0]!.rows).toEqual(plain.sheets[0]!.rows);
  });

  it('reads a text file with another name as CSV, and says so', async () => {
    const path = await scratchFile('eksport.xlsx', 'Navn;Fnr\nNordmann, Kari;01010112345\n');
    const workbook = await readImportFile(path);
    expect(workbook.format).toBe('csv');
    expect(workbook.notices[0]).toEqual({ key: 'importFile.notice.readAsText' });
    expect(workbook.sheets[0]!.rows[1]).toEqual(['Nordmann, Kari', '01010112345']);
  });

  it('takes the delimiter that splits every record alike, not the most frequent character', () => {
    expect(detectDelimiter('Navn;Merknad;Dato\n"Berg, Sofie";Sa: "ja, nei, kanskje";1,5\nA;B;C\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3\n"x;y",2,3\n')).toBe(',');
    expect(detectDelimiter('"a;b\nc;d";e\n1;2\n')).toBe(';');
    expect(detectDelimiter('bare én kolonne\nto\n')).toBeNull();
  });

  it('reads a file with one column when there is no delimiter', async () => {
    const workbook = await readImportFile(await scratchFile('navn.csv', 'Navn\nKari\n\nOla\n'));
    expect(workbook.notices[1]).toEqual({ key: 'importFile.notice.delimiter.none' });
    expect(workbook.sheets[0]!.rows).toEqual([['Navn'], ['Kari'], [null], ['Ola']]);
  });

  it('refuses a quote that is never closed', async () => {
    const path = await scratchFile('brutt.csv', 'Navn;Merknad\nKari;"starter et sitat\nOla;ok\n');
    expect((await refused(readImportFile(path))).reason).toBe('csvBroken');
  });

  it('refuses a file of only empty lines and separators as empty', async () => {
    expect((await refused(readImportFile(await scratchFile('tom.csv', '\r\n;;;\r\n  \r\n')))).reason).toBe(
      'empty',
    );
  });

  it('refuses too many rows and columns, naming the sheet (the file name)', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `Person ${i};${i}`).join('\n');
    const path = await scratchFile('too-many-rows.csv', `Navn;Nr\n${rows}\n;\n;\n`);
    expect(await refused(readImportFile(path, undefined, limits({ maxRows: 30 })))).toEqual({
      reason: 'tooManyRows',
      values: { sheet: 'too-many-rows', max: '30' },
    });
    // Trailing empty rows do not count.
    expect((await readImportFile(path, undefined, limits({ maxRows: 41 }))).sheets[0]!.rows).toHaveLength(41);
    expect(await refused(readImportFile(path, undefined, limits({ maxColumns: 1 })))).toEqual({
      reason: 'tooManyColumns',
      values: { sheet: 'too-many-rows', max: '1' },
    });
  });
});

describe('refusals', () => {
  it.each([
    ['hostile/password.xlsx', 'passwordProtected'],
    ['hostile/old.xls', 'oldXls'],
    ['hostile/not-a-workbook.xlsx', 'notWorkbook'],
    ['hostile/zip-not-xlsx.xlsx', 'notWorkbook'],
    ['hostile/calc.ods', 'notWorkbook'],
    ['hostile/empty.csv', 'empty'],
    ['hostile/truncated.xlsx', 'damaged'],
    ['hostile/bomb.xlsx', 'unpackedTooLarge'],
  ])('%s: %s', async (name, reason) => {
    expect((await refused(readImportFile(fixture(name)))).reason).toBe(reason);
  });

  it('identifies by content, not by name', async () => {
    const encrypted = await readFile(fixture('hostile/password.xlsx'));
    expect((await refused(readImportFile(await scratchFile('skjema.csv', encrypted)))).reason).toBe(
      'passwordProtected',
    );
    const xlsx = await readFile(fixture('kommune-b.xlsx'));
    expect((await readImportFile(await scratchFile('register.csv', xlsx))).format).toBe('xlsx');
    // Another compound file (a Word document, say) is no workbook.
    const ole = Buffer.concat([encrypted.subarray(0, 8), Buffer.alloc(1000)]);
    expect((await refused(readImportFile(await scratchFile('brev.doc', ole)))).reason).toBe('notWorkbook');
  });

  it('refuses a web page saved as .xls', async () => {
    const html = '<html><body><table><tr><td>Navn</td></tr></table></body></html>';
    expect((await refused(readImportFile(await scratchFile('rapport.xls', html)))).reason).toBe(
      'notWorkbook',
    );
  });

  it('refuses a file that is not there, or is a folder', async () => {
    expect((await refused(readImportFile(join(scratch, 'finnes-ikke.xlsx')))).reason).toBe('notFound');
    expect((await refused(readImportFile(scratch))).reason).toBe('unreadable');
  });

  it('refuses a file above the size limit before reading it', async () => {
    // 21 MB of nothing: a sparse file, never read.
    const path = join(scratch, 'stor.xlsx');
    await writeFile(path, 'PK\x03\x04');
    await truncate(path, 21 * 1024 * 1024);
    expect(await refused(readImportFile(path))).toEqual({ reason: 'tooLarge', values: { maxMb: '20' } });
    const small = await refused(
      readImportFile(fixture('kommune-a.xlsx'), undefined, limits({ maxFileBytes: 5000 })),
    );
    expect(small.reason).toBe('tooLarge');
  });

  it('refuses sheets, rows, columns, cells and merges above the limits, before exceljs reads them', async () => {
    const a = fixture('kommune-a.xlsx');
    expect(await refused(readImportFile(a, undefined, limits({ maxSheets: 2 })))).toEqual({
      reason: 'tooManySheets',
      values: { max: '2' },
    });
    expect(await refused(readImportFile(a, undefined, limits({ maxRows: 13 })))).toEqual({
      reason: 'tooManyRows',
      values: { sheet: 'Saker', max: '13' },
    });
    expect((await readImportFile(a, undefined, limits({ maxRows: 14 }))).sheets[0]!.rows).toHaveLength(14);
    expect(await refused(readImportFile(a, undefined, limits({ maxColumns: 14 })))).toEqual({
      reason: 'tooManyColumns',
      values: { sheet: 'Saker', max: '14' },
    });
    expect(await refused(readImportFile(a, undefined, limits({ maxCells: 100 })))).toEqual({
      reason: 'tooManyCells',
      values: { max: '100' },
    });
    expect(await refused(readImportFile(a, undefined, limits({ maxMerges: 0 })))).toEqual({
      reason: 'tooManyMerges',
      values: { sheet: 'Saker', max: '0' },
    });
  });

  it('refuses a zip whose entries overlap (the central directory pointing twice at the same data)', async () => {
    const bytes = Buffer.from(await readFile(fixture('kommune-b.xlsx')));
    const centralEntries: number[] = [];
    for (let p = bytes.indexOf('PK\x01\x02'); p >= 0; p = bytes.indexOf('PK\x01\x02', p + 4))
      centralEntries.push(p);
    // The second entry's local header offset made the first one's.
    bytes.writeUInt32LE(bytes.readUInt32LE(centralEntries[0]! + 42), centralEntries[1]! + 42);
    expect((await refused(readImportFile(await scratchFile('overlap.xlsx', bytes)))).reason).toBe('damaged');
  });

  it('refuses a zip bomb early: the count stops the inflating, not the sizes the zip declares', async () => {
    // The bomb's central directory says the picture is 1 kB; it inflates to 210 MB of zeros.
    const path = fixture('hostile/bomb.xlsx');
    let peak = 0;
    let last = { done: 0, total: 0 };
    const before = process.memoryUsage();
    const sample = (done: number, total: number) => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.arrayBuffers - before.arrayBuffers, now.rss - before.rss);
      last = { done, total };
    };
    expect(await refused(readImportFile(path, sample))).toEqual({
      reason: 'unpackedTooLarge',
      values: { maxMb: '200' },
    });
    expect(peak).toBeLessThan(150 * 1024 * 1024);
    // With a lower limit it stops after a few percent of the compressed data.
    last = { done: 0, total: 0 };
    await refused(readImportFile(path, sample, limits({ maxUnpackedBytes: 16 * 1024 * 1024 })));
    expect(last.total).toBeGreaterThan(0);
    expect(last.done / (last.total / 2)).toBeLessThan(0.15);
  });

  it('every reason has a text in bokmål, nynorsk and English', () => {
    for (const reason of refusalReasons)
      for (const language of ['nb', 'nn', 'en'] as const)
        expect(text(language, `importFile.refused.${reason}`), `${language} ${reason}`).toBeTruthy();
  });
});

describe('hostile content that is read', () => {
  it('reads __proto__, constructor and their kin as plain text, and Object.prototype stays as it was', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const workbook = await readImportFile(fixture('hostile/proto.xlsx'));
    expect(workbook.sheets.map((s) => s.name)).toEqual(['__proto__', 'constructor']);
    expect(workbook.sheets[0]!.rows[0]).toEqual([
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
      'valueOf',
    ]);
    expect(workbook.sheets[0]!.rows[2]).toEqual([
      '__proto__',
      '{"polluted":true}',
      'constructor',
      null,
      null,
      null,
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(workbook.sheets[0]!.rows[0])).toBe(Array.prototype);
  });

  it('reads the values of a macro workbook and says its macros were not run', async () => {
    const workbook = await readImportFile(fixture('hostile/macro.xlsm'));
    expect(workbook.notices).toEqual([{ key: 'importFile.notice.macrosIgnored' }]);
    expect(workbook.sheets[0]!.rows[1]).toEqual([
      'Nordmann, Kari',
      expect.stringMatching(/^\d{11}$/),
      { date: '2025-02-03' },
    ]);
  });
});

describe('dates', () => {
  it('reads serials around the 1900 leap-year bug, times of day, date-times and the 1904 system', async () => {
    const workbook = new ExcelJS.Workbook();
    const s = workbook.addWorksheet('Datoer');
    // Excel serials: 1 = 1.1.1900, 59 = 28.2.1900, 61 = 1.3.1900, 45838 = 30.6.2025.
    const values: [number, string][] = [
      [1, 'dd.mm.yyyy'],
      [59, 'dd.mm.yyyy'],
      [61, 'dd.mm.yyyy'],
      [45838.9999, 'dd.mm.yyyy hh:mm'],
      [0.5, 'hh:mm'],
      [45838, '0'],
    ];
    values.forEach(([value, format], i) => {
      const cell = s.getCell(i + 1, 1);
      cell.value = value;
      cell.numFmt = format;
    });
    const path = await scratchFile('datoer.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    const rows = (await readImportFile(path)).sheets[0]!.rows.map((r) => r[0]);
    expect(rows).toEqual([
      { date: '1900-01-01' },
      { date: '1900-02-28' },
      { date: '1900-03-01' },
      { date: '2025-06-30' },
      '12:00',
      45838,
    ]);

    const old = new ExcelJS.Workbook();
    old.properties.date1904 = true;
    const cell = old.addWorksheet('1904').getCell('A1');
    cell.value = 44196; // 1.1.2025 counted from 1904
    cell.numFmt = 'dd.mm.yyyy';
    const path1904 = await scratchFile('1904.xlsx', new Uint8Array(await old.xlsx.writeBuffer()));
    expect((await readImportFile(path1904)).sheets[0]!.rows).toEqual([[{ date: '2025-01-01' }]]);
  });
});

describe('progress and the event loop', () => {
  it('reports progress up to the total and lets other work run while a large file is read', async () => {
    const lines = Array.from({ length: 6000 }, (_, i) => `Person ${i};${i};"merknad; ${i}"`);
    const path = await scratchFile('stor.csv', `Navn;Nr;Merknad\n${lines.join('\n')}\n`);
    const calls: [number, number][] = [];
    let ticks = 0;
    let running = true;
    const spin = () => {
      ticks++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    const workbook = await readImportFile(path, (done, total) => calls.push([done, total]));
    running = false;
    expect(workbook.sheets[0]!.rows).toHaveLength(6001);
    expect(calls.length).toBeGreaterThan(5);
    expect(calls.at(-1)![0]).toBe(calls.at(-1)![1]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
    expect(ticks).toBeGreaterThan(3);
  });

  it('reports progress for a workbook, ending at the total', async () => {
    const calls: [number, number][] = [];
    await readImportFile(fixture('kommune-a.xlsx'), (done, total) => calls.push([done, total]));
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls[0]![0]).toBe(0);
    expect(calls.at(-1)![0]).toBe(calls.at(-1)![1]);
  });
});

describe('the fixtures', () => {
  it('are what makeFixtures.ts writes, byte for byte', async () => {
    const folder = join(scratch, 'fixtures');
    const written = await writeFixtures(folder);
    expect(written.length).toBeGreaterThanOrEqual(14);
    for (const name of written)
      expect((await readFile(join(folder, name))).equals(await readFile(fixture(name))), name).toBe(true);
  });
});
