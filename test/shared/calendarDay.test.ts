import { describe, expect, it } from 'vitest';

import { isCalendarDay, isoDate } from '@shared/api/fields';

/** What `isoDate` asked of a date before it counted days: that `Date` reads it back as the same text. */
const readBackByDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};
const two = (n: number) => String(n).padStart(2, '0');

describe('a calendar day (the check every step read makes of its dates)', () => {
  it('is what Date reads back as the same text, for every month 00–13 and day 00–32 of the years around the register’s', () => {
    const years = [0, 1, 4, 100, 400, 1600, 1700, 1899, 1900, 9998, 9999];
    for (let y = 1999; y <= 2201; y++) years.push(y);
    const differing: string[] = [];
    for (const y of years)
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const v = `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
          if (isCalendarDay(v) !== readBackByDate(v)) differing.push(v);
        }
    expect(differing).toEqual([]);
  });

  it('knows leap years by the Gregorian rule', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2000-02-29')).toBe(true);
    expect(isCalendarDay('2100-02-29')).toBe(false);
    expect(isCalendarDay('2026-04-31')).toBe(false);
  });

  it('reads a text of another shape as Date does, so isoDate refuses it with the same issues', () => {
    for (const v of ['', '2026-1-01', '20260101', ' 2026-01-01', '2026-01-01T00', '+012345-01', '-000001-01'])
      expect(isCalendarDay(v)).toBe(readBackByDate(v));
    expect(isoDate.safeParse('+012345-01').error?.issues.map((i) => i.message)).toEqual([
      'validation.dateInvalid',
      'validation.dateTooEarly',
    ]);
  });
});
