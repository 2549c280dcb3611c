import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import type { CaseEvent } from '@core/archive/caseEvents';
import { eventsCsv, rfc4180Field, safeCell } from '@core/archive/eventsCsv';

const event = (change: Partial<CaseEvent>): CaseEvent => ({
  date: '2027-01-04',
  event: 'Vedtak',
  right: 'Koordinator',
  detail: '',
  recordedBy: 'Kari Nordmann',
  recordedAt: '',
  ...change,
});

describe('the archive CSV of a case’s events', () => {
  it('is RFC 4180: commas, quotes and line breaks in a field survive a standard parser', async () => {
    const hostile = 'Avslått, fordi "vilkåret"\r\nikke er oppfylt;\nse notat';
    const csv = eventsCsv([event({ detail: hostile, recordedBy: 'Ola, Nordmann' })]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { record_delimiter: '\r\n' }) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['2027-01-04', 'Vedtak', 'Koordinator', hostile, 'Ola, Nordmann', '']);
    // Records end with CRLF; a line break inside a quoted field is kept as typed.
    expect(csv.split('\r\n').at(-1)).toBe('');
  });

  it('puts an apostrophe before a text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(safeCell(`${start}HYPERLINK("http://x")`)).toBe(`'${start}HYPERLINK("http://x")`);
    expect(safeCell('Innvilget')).toBe('Innvilget');
    const csv = eventsCsv([event({ detail: '=cmd|"/c calc"!A1', recordedBy: '@SUM(1)' })]);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[1]![3]).toBe(`'=cmd|"/c calc"!A1`);
    expect(rows[1]![4]).toBe(`'@SUM(1)`);
  });

  it('quotes only the fields that need it', () => {
    expect(rfc4180Field('enkel tekst')).toBe('enkel tekst');
    expect(rfc4180Field('a,b')).toBe('"a,b"');
    expect(rfc4180Field('si "ja"')).toBe('"si ""ja"""');
    expect(rfc4180Field('to\nlinjer')).toBe('"to\nlinjer"');
  });
});
