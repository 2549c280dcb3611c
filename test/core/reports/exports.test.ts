import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { csvField, csvNumber } from '@core/reports/exportCsv';
import { sheetName } from '@core/reports/xlsxWorkbook';

import { withRawDb, type TestCore } from '../harness';
import { Q3, reportRegister } from './reportRegister';

async function workbookOf(base64: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
  return workbook;
}

/** Every value of every sheet as text, the way a reader would search the file. */
function allText(workbook: ExcelJS.Workbook): string {
  const parts: string[] = [];
  workbook.eachSheet((sheet) => {
    parts.push(sheet.name);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        parts.push(v instanceof Date ? v.toISOString() : String(v));
      }),
    );
  });
  return parts.join('\n');
}

const csvText = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

/** What identifies the register's persons: names, fødselsnummer, birth dates in both spellings. */
async function personalData(core: TestCore): Promise<string[]> {
  const rows = await withRawDb(
    core.dataDir,
    (db) =>
      db.prepare('SELECT name, national_id, birth_date FROM persons').all() as {
        name: string;
        national_id: string;
        birth_date: string;
      }[],
  );
  expect(rows.length).toBe(12);
  return rows.flatMap((r) => [
    r.name,
    r.name.split(' ')[0]!,
    r.national_id,
    r.birth_date,
    r.birth_date.split('-').reverse().join('.'),
  ]);
}

describe('the report as an Excel workbook', () => {
  it('has a sheet per table with dates, real numbers and hidden values as "<5"', async () => {
    const { core } = await reportRegister();
    const file = await core.ok('reports.export', { ...Q3, format: 'xlsx' });
    expect(file.fileName).toBe('lederrapport-2027-07-01-2027-09-30.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = await workbookOf(file.base64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Søknader og meldinger',
      'Vedtak',
      'Saksbehandlingstid',
      'Foreløpig svar',
      'Klager',
      'Aktive saker',
      'Koordinatorer',
      'Saker per koordinator',
      'Bytte av koordinator',
      'Individuelle planer',
      'Overgang ved 18 år',
    ]);

    const sheet = workbook.getWorksheet('Saksbehandlingstid')!;
    expect(sheet.getCell('A1').value).toBe('Lederrapport – Testvik kommune');
    expect(sheet.getCell('A2').value).toBe('Saksbehandlingstid');
    expect(sheet.getCell('A3').value).toBe('Periode');
    expect(sheet.getCell('B3').value).toEqual(new Date(Date.UTC(2027, 6, 1)));
    expect(sheet.getCell('C3').value).toEqual(new Date(Date.UTC(2027, 8, 30)));
    expect(sheet.getCell('B3').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('A4').value).toBe('Anonymisert: tall under 5 er skjult');
    expect(sheet.getRow(8).values).toEqual([
      undefined,
      '',
      'Median (dager)',
      '90-persentil (dager)',
      'Vedtak innen én måned (%)',
      'Antall vedtak',
    ]);
    // Too few decisions for a median: kept back ("skjult"); the count itself is small ("<5").
    expect(sheet.getRow(9).values).toEqual([
      undefined,
      'Individuell plan',
      'skjult',
      'skjult',
      'skjult',
      '<5',
    ]);
    // 3 of 6 within a month: both parts under 5, so the share is kept back.
    expect(sheet.getRow(10).values).toEqual([undefined, 'Koordinator', 32.5, 66, 'skjult', 6]);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(14);

    // A table with totals ends with its "Sum" line, and the totals column is headed "Sum".
    const outcomes = workbook.getWorksheet('Vedtak')!;
    expect(outcomes.getRow(8).getCell(7).value).toBe('Sum');
    expect(outcomes.getRow(12).getCell(1).value).toBe('Sum');
    expect(outcomes.getRow(12).getCell(7).value).toBe(10);
  });

  it('makes sheet names Excel accepts', () => {
    const taken = new Set<string>();
    const name = sheetName('Klager: [utfall]/status? *alle* \\ mer tekst som er for lang', taken);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    taken.add(name.toLowerCase());
    const again = sheetName('Klager: [utfall]/status? *alle* \\ mer tekst som er for lang', taken);
    expect(again).not.toBe(name);
    expect(again.length).toBeLessThanOrEqual(31);
  });

  it('is written in the language asked for', async () => {
    const { core } = await reportRegister();
    const file = await core.ok('reports.export', { ...Q3, format: 'xlsx', language: 'en' });
    expect(file.fileName).toBe('leadership-report-2027-07-01-2027-09-30.xlsx');
    const workbook = await workbookOf(file.base64);
    expect(workbook.worksheets[0]!.name).toBe('Applications and referrals');
    expect(workbook.worksheets[0]!.getCell('A4').value).toBe('Anonymised: counts below 5 are hidden');
  });
});

describe('the report as CSV', () => {
  it('opens in Excel with the right columns: BOM, semicolons, CRLF, decimal comma', async () => {
    const { core } = await reportRegister();
    const file = await core.ok('reports.export', { ...Q3, format: 'csv' });
    expect(file.fileName).toBe('lederrapport-2027-07-01-2027-09-30.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csvText(file.base64).slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines[0]).toBe('Tabell;Rad;Kolonne;Verdi;Merknad');
    expect(lines.every((l) => l.split(';').length === 5)).toBe(true);
    expect(lines).toContain('Saksbehandlingstid;Koordinator;Median (dager);32,5;');
    expect(lines).toContain('Saksbehandlingstid;Koordinator;Antall vedtak;6;');
    expect(lines).toContain('Saksbehandlingstid;Individuell plan;Median (dager);skjult;skjult');
    expect(lines).toContain('Saksbehandlingstid;Individuell plan;Antall vedtak;<5;skjult');
    expect(lines).toContain('Aktive saker;Åpne saker;Saker;11;');
    // Totals: a row's total under the column "Sum", a column's on the row "Sum", and both.
    expect(lines).toContain('Vedtak;Sum;Sum;10;');
    expect(lines.filter((l) => l.startsWith('Vedtak;')).length).toBe(4 * 6);
  });

  it('quotes what needs quoting and writes numbers as Norwegian Excel reads them', () => {
    expect(csvField('Vedtak')).toBe('Vedtak');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField(' luft ')).toBe('" luft "');
    expect(csvNumber(12)).toBe('12');
    expect(csvNumber(32.5)).toBe('32,5');
    expect(csvNumber(66.7)).toBe('66,7');
  });
});

describe('a leadership report holds no personal data', () => {
  it('names no one, in the report, the CSV or the workbook', async () => {
    const { core } = await reportRegister();
    await core.ok('reports.updateSettings', { suppressionThreshold: 3 });
    const identifying = await personalData(core);
    const report = JSON.stringify(await core.ok('reports.leadership', Q3));
    const csv = csvText((await core.ok('reports.export', { ...Q3, format: 'csv' })).base64);
    const xlsx = allText(
      await workbookOf((await core.ok('reports.export', { ...Q3, format: 'xlsx' })).base64),
    );
    for (const text of [report, csv, xlsx]) {
      expect(text.length).toBeGreaterThan(500);
      for (const item of identifying) expect(text).not.toContain(item);
    }
  });
});
