import { describe, expect, it } from 'vitest';

import {
  describePeriod,
  halfPeriod,
  lastFullQuarter,
  periodFromQuery,
  quarterPeriod,
  yearPeriod,
} from '@renderer/features/reports/period';

describe('the report period', () => {
  it.each([
    [1, '2026-01-01', '2026-03-31'],
    [2, '2026-04-01', '2026-06-30'],
    [3, '2026-07-01', '2026-09-30'],
    [4, '2026-10-01', '2026-12-31'],
  ])('quarter %i of 2026 runs from %s to %s', (quarter, from, to) => {
    expect(quarterPeriod(2026, quarter)).toEqual({ from, to });
  });

  it('ends the first quarter of a leap year on 31 March and covers 29 February', () => {
    expect(quarterPeriod(2028, 1)).toEqual({ from: '2028-01-01', to: '2028-03-31' });
  });

  it('has half-years and years that end on the last day of June and December', () => {
    expect(halfPeriod(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(halfPeriod(2026, 2)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(yearPeriod(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it.each([
    ['2026-11-23', '2026-07-01', '2026-09-30'],
    ['2026-10-01', '2026-07-01', '2026-09-30'],
    ['2026-09-30', '2026-04-01', '2026-06-30'],
    ['2026-02-14', '2025-10-01', '2025-12-31'],
    ['2026-01-01', '2025-10-01', '2025-12-31'],
  ])('on %s defaults to the last full quarter, %s to %s', (today, from, to) => {
    expect(lastFullQuarter(today)).toEqual({ from, to });
  });

  it('is read from fra and til in the address, or is the last full quarter without a valid pair', () => {
    const today = '2026-11-23';
    expect(periodFromQuery(new URLSearchParams('fra=2026-01-01&til=2026-06-30'), today)).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(periodFromQuery(new URLSearchParams(''), today)).toEqual(lastFullQuarter(today));
    expect(periodFromQuery(new URLSearchParams('fra=2026-02-30&til=2026-06-30'), today)).toEqual(
      lastFullQuarter(today),
    );
    expect(periodFromQuery(new URLSearchParams('fra=2026-06-30&til=2026-01-01'), today)).toEqual(
      lastFullQuarter(today),
    );
    // A single day is a period.
    expect(periodFromQuery(new URLSearchParams('fra=2026-06-30&til=2026-06-30'), today)).toEqual({
      from: '2026-06-30',
      to: '2026-06-30',
    });
  });

  it('knows how a period was chosen, so the chooser opens the same way', () => {
    expect(describePeriod(quarterPeriod(2026, 4))).toEqual({ kind: 'quarter', year: 2026, part: 4 });
    expect(describePeriod(halfPeriod(2025, 2))).toEqual({ kind: 'half', year: 2025, part: 2 });
    expect(describePeriod(yearPeriod(2024))).toEqual({ kind: 'year', year: 2024, part: 1 });
    expect(describePeriod({ from: '2026-03-15', to: '2026-05-31' }).kind).toBe('custom');
    // A quarter's start with another end is not that quarter.
    expect(describePeriod({ from: '2026-10-01', to: '2026-12-30' }).kind).toBe('custom');
  });
});
