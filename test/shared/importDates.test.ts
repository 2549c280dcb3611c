import { describe, expect, it } from 'vitest';

import type { RawCell } from '@shared/api/imports';
import { readDate } from '@shared/domain/importDates';
import type { ValueRead } from '@shared/domain/importValues';

/** A fixed "today", so two-digit years do not depend on when the tests run. */
const today = '2026-06-15';
const date = (cell: RawCell) => readDate(cell, today);
const ok = <T>(value: T) => ({ ok: true, value });
const problemName = (read: ValueRead<unknown>) =>
  read.ok ? null : read.key.replace('importRows.problem.', '');

describe('a date', () => {
  it.each([
    ['17.05.2026', '2026-05-17'],
    ['1.2.2026', '2026-02-01'],
    ['01.02.2026', '2026-02-01'],
    ['17.05.26', '2026-05-17'],
    ['1.2.26', '2026-02-01'],
    ['170526', '2026-05-17'],
    ['17052026', '2026-05-17'],
    ['2026-05-17', '2026-05-17'],
    ['2026-5-7', '2026-05-07'],
    ['17/5/2026', '2026-05-17'],
    ['17/05/2026', '2026-05-17'],
    ['17-5-2026', '2026-05-17'],
    ['  17.05.2026  ', '2026-05-17'],
    ['17.05.2026.', '2026-05-17'],
    ['17. 05. 2026', '2026-05-17'],
    ['17 05 2026', '2026-05-17'],
    ['17.05.2026 14:30', '2026-05-17'],
    ['17.05.2026 kl. 14:30', '2026-05-17'],
    ['2026-05-17T14:30:00Z', '2026-05-17'],
    ['1. mars 2026', '2026-03-01'],
    ['01-mar-2026', '2026-03-01'],
    ['20260517', '2026-05-17'],
  ])('is read from the text «%s»', (text, iso) => {
    expect(date(text)).toEqual(ok(iso));
  });

  it('reads a two-digit year up to next year as this century, later ones as the last', () => {
    expect(date('01.01.00')).toEqual(ok('2000-01-01'));
    expect(date('01.01.27')).toEqual(ok('2027-01-01'));
    expect(date('01.01.28')).toEqual(ok('1928-01-01'));
    expect(date('01.01.99')).toEqual(ok('1999-01-01'));
    expect(date('010199')).toEqual(ok('1999-01-01'));
    expect(readDate('01.01.27', '2030-01-01')).toEqual(ok('2027-01-01'));
    expect(readDate('01.01.32', '2030-01-01')).toEqual(ok('1932-01-01'));
  });

  it('takes a date cell as it is', () => {
    expect(date({ date: '2025-03-01' })).toEqual(ok('2025-03-01'));
    expect(date({ date: '2025-03-01T00:00:00.000Z' })).toEqual(ok('2025-03-01'));
    expect(problemName(date({ date: 'yesterday' }))).toBe('notADate');
  });

  it('reads a number as an Excel serial, with Lotus’s leap day of 1900', () => {
    expect(date(1)).toEqual(ok('1900-01-01'));
    expect(date(59)).toEqual(ok('1900-02-28'));
    expect(problemName(date(60))).toBe('excelLeapDay');
    expect(date(61)).toEqual(ok('1900-03-01'));
    expect(date(45658)).toEqual(ok('2025-01-01'));
    expect(date(46000)).toEqual(ok('2025-12-09'));
    expect(date(45658.75)).toEqual(ok('2025-01-01'));
    expect(date(109574)).toEqual(ok('2199-12-31'));
  });

  it('reads a ddmmåå typed into a number cell when it is no serial of the register’s years', () => {
    expect(date(170526)).toEqual(ok('2026-05-17'));
    expect(date(1052026)).toEqual(ok('2026-05-01'));
    expect(date(17052026)).toEqual(ok('2026-05-17'));
  });

  it('refuses serials outside the register’s years', () => {
    expect(problemName(date(0))).toBe('notADate');
    expect(problemName(date(-5))).toBe('notADate');
    expect(problemName(date(0.5))).toBe('notADate');
    expect(problemName(date(109575))).toBe('dateOutOfRange');
    expect(problemName(date(1e12))).toBe('dateOutOfRange');
    expect(problemName(date(Number.NaN))).toBe('notADate');
    expect(problemName(date(Number.POSITIVE_INFINITY))).toBe('notADate');
  });

  it('says a date that does not exist does not exist, and shows what was read', () => {
    expect(date('31.02.2025')).toEqual({
      ok: false,
      key: 'importRows.problem.noSuchDate',
      values: { raw: '31.02.2025' },
    });
    expect(problemName(date('29.02.2025'))).toBe('noSuchDate');
    expect(date('29.02.2024')).toEqual(ok('2024-02-29'));
    expect(problemName(date('13.13.2025'))).toBe('noSuchDate');
    expect(problemName(date('00.01.2025'))).toBe('noSuchDate');
    expect(problemName(date('310225'))).toBe('noSuchDate');
  });

  it('refuses years the register cannot hold', () => {
    expect(problemName(date('01.01.1899'))).toBe('dateOutOfRange');
    expect(problemName(date('01.01.2200'))).toBe('dateOutOfRange');
  });

  it('says what is no date at all', () => {
    for (const text of [
      'i går',
      'ukjent',
      '12345',
      '1.2.3',
      '2025',
      '17.05.202',
      'mars 2025',
      '1. foo 2025',
      '32',
    ]) {
      expect(problemName(date(text))).toBe('notADate');
    }
    expect(problemName(date(true))).toBe('notADate');
  });

  it('reads an empty cell, or a dash, as no date', () => {
    expect(date(null)).toEqual(ok(''));
    expect(date('   ')).toEqual(ok(''));
    expect(date('-')).toEqual(ok(''));
  });
});
