import { describe, expect, it } from 'vitest';

import { daysInMonth, parseNorwegianDate, readNorwegianDate } from '@shared/domain/dates';

/** A fixed "today", so the two-digit years do not depend on when the tests run. */
const today = new Date(2026, 5, 15);
const parse = (text: string) => parseNorwegianDate(text, today);

describe('a date typed the Norwegian way', () => {
  it('is read as dd.mm.åååå', () => {
    expect(parse('17.05.2026')).toBe('2026-05-17');
  });

  it('is read as d.m.åååå', () => {
    expect(parse('1.2.2026')).toBe('2026-02-01');
    expect(parse('9.11.2025')).toBe('2025-11-09');
  });

  it('is read as ddmmåå', () => {
    expect(parse('170526')).toBe('2026-05-17');
  });

  it('is read as ddmmåååå', () => {
    expect(parse('17052026')).toBe('2026-05-17');
  });

  it('is read as dd.mm.åå and d.m.åå', () => {
    expect(parse('17.05.26')).toBe('2026-05-17');
    expect(parse('1.2.26')).toBe('2026-02-01');
    expect(parse('01.2.26')).toBe('2026-02-01');
  });

  it('is read as d.m and dd.mm in the year of today', () => {
    expect(parse('14.9')).toBe('2026-09-14');
    expect(parse('14.09')).toBe('2026-09-14');
    expect(parse('1.2')).toBe('2026-02-01');
    expect(parse('01.02')).toBe('2026-02-01');
    expect(parse('17.05.')).toBe('2026-05-17');
    expect(parseNorwegianDate('14.9', new Date(2031, 0, 1))).toBe('2031-09-14');
  });

  it('is read as ISO åååå-mm-dd, with or without leading zeros', () => {
    expect(parse('2026-09-14')).toBe('2026-09-14');
    expect(parse('2026-9-4')).toBe('2026-09-04');
  });

  it('may have spaces around it', () => {
    expect(parse('  17.05.2026 ')).toBe('2026-05-17');
    expect(parse(' 140926\t')).toBe('2026-09-14');
    expect(parse(' 14.9 ')).toBe('2026-09-14');
  });

  it('may be written with dashes, slashes or spaces for the dots', () => {
    expect(parse('14-9-2026')).toBe('2026-09-14');
    expect(parse('14/9/26')).toBe('2026-09-14');
    expect(parse('14 9')).toBe('2026-09-14');
  });
});

describe('what a typed date was read as', () => {
  const read = (text: string) => readNorwegianDate(text, today);

  it('is empty for nothing but spaces', () => {
    expect(read('  ')).toEqual({ kind: 'empty' });
  });

  it('is the date when it exists', () => {
    expect(read('140926')).toEqual({ kind: 'date', iso: '2026-09-14' });
  });

  it('names the month and its length when the day does not exist', () => {
    expect(read('31.02.2026')).toEqual({ kind: 'noSuchDay', year: 2026, month: 2, days: 28 });
    expect(read('29.02.2027')).toEqual({ kind: 'noSuchDay', year: 2027, month: 2, days: 28 });
    expect(read('31.4')).toEqual({ kind: 'noSuchDay', year: 2026, month: 4, days: 30 });
    expect(read('2026-02-30')).toEqual({ kind: 'noSuchDay', year: 2026, month: 2, days: 28 });
    expect(read('00.01.2026')).toEqual({ kind: 'noSuchDay', year: 2026, month: 1, days: 31 });
  });

  it('says so when the month does not exist', () => {
    expect(read('01.13.2026')).toEqual({ kind: 'noSuchMonth', month: 13 });
    expect(read('1.0')).toEqual({ kind: 'noSuchMonth', month: 0 });
  });

  it('is no date for text that is not one', () => {
    expect(read('i morgen')).toEqual({ kind: 'notDate' });
    expect(read('1705')).toEqual({ kind: 'notDate' });
  });
});

describe('leap days', () => {
  it('29.02.2028 is a real date', () => {
    expect(parse('29.02.2028')).toBe('2028-02-29');
  });

  it('29.02.2027 is not, as 2027 is not a leap year', () => {
    expect(parse('29.02.2027')).toBeNull();
  });

  it('29.02.1900 is not, as 1900 is a century that is not a leap year', () => {
    expect(parse('29.02.1900')).toBeNull();
  });

  it('29.02.2000 is, as 2000 is divisible by 400', () => {
    expect(parse('29.02.2000')).toBe('2000-02-29');
  });
});

describe('days and months that do not exist', () => {
  it('31.04.2026 is rejected, as April has 30 days', () => {
    expect(parse('31.04.2026')).toBeNull();
    expect(parse('30.04.2026')).toBe('2026-04-30');
  });

  it('day zero is rejected', () => {
    expect(parse('00.01.2026')).toBeNull();
  });

  it('month zero and month 13 are rejected', () => {
    expect(parse('01.00.2026')).toBeNull();
    expect(parse('01.13.2026')).toBeNull();
  });

  it('knows the length of each month', () => {
    expect(daysInMonth(2026, 1)).toBe(31);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('two-digit years', () => {
  it('this year is read as this century', () => {
    expect(parse('01.01.26')).toBe('2026-01-01');
    expect(parse('010126')).toBe('2026-01-01');
  });

  it('an earlier year is read as this century', () => {
    expect(parse('01.01.00')).toBe('2000-01-01');
    expect(parse('01.01.25')).toBe('2025-01-01');
  });

  it('up to two years ahead is read as this century: a due date or a consent’s end may lie ahead', () => {
    expect(parse('200527')).toBe('2027-05-20');
    expect(parse('31.12.28')).toBe('2028-12-31');
  });

  it('further ahead is read as the last century, as most dates typed are of things that happened', () => {
    expect(parse('01.01.29')).toBe('1929-01-01');
    expect(parse('01.01.99')).toBe('1999-01-01');
  });

  it('moves with the injected today, also across a century', () => {
    expect(parseNorwegianDate('01.01.29', new Date(2027, 0, 1))).toBe('2029-01-01');
    expect(parseNorwegianDate('01.01.29', new Date(2026, 11, 31))).toBe('1929-01-01');
    expect(parseNorwegianDate('01.01.01', new Date(2099, 5, 1))).toBe('2101-01-01');
    expect(parseNorwegianDate('01.01.02', new Date(2099, 5, 1))).toBe('2002-01-01');
  });
});

describe('text that is not a date', () => {
  it.each([
    '',
    '   ',
    'i går',
    'abc',
    '17.05.202',
    '17.05.20266',
    '1705',
    '1.5.26x',
    '17..05.2026',
    '17.05.2026.',
    '14.9.2026 kl. 10',
    '2026-09-14T10:00',
    '14.9.26.1',
  ])('%j gives null', (text) => {
    expect(parse(text)).toBeNull();
  });

  it('is refused quickly when long and hostile, even when it starts like a date', () => {
    const hostile = ['1'.repeat(100_000), `14.9.2026${' '.repeat(100_000)}x`, '1.'.repeat(50_000)];
    const started = performance.now();
    for (const text of hostile) expect(readNorwegianDate(text, today)).toEqual({ kind: 'notDate' });
    expect(performance.now() - started).toBeLessThan(100);
  });
});
