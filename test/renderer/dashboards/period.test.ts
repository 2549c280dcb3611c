import { describe, expect, it } from 'vitest';

import {
  checkPeriod,
  choiceFor,
  last12Months,
  periodFromQuery,
  presetPeriod,
} from '@renderer/features/dashboards/period';

const TODAY = '2027-03-10';

describe('the periods offered', () => {
  it('count the running quarter and year up to today, and the last ones whole', () => {
    expect(presetPeriod('thisQuarter', TODAY)).toEqual({ from: '2027-01-01', to: TODAY });
    expect(presetPeriod('lastQuarter', TODAY)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('thisYear', TODAY)).toEqual({ from: '2027-01-01', to: TODAY });
    expect(presetPeriod('lastYear', TODAY)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('lastQuarter', '2027-08-31')).toEqual({ from: '2027-04-01', to: '2027-06-30' });
  });

  it('leave the last twelve months to core, which counts from the day after a year ago', () => {
    expect(presetPeriod('last12', TODAY)).toBeNull();
    expect(last12Months(TODAY)).toEqual({ from: '2026-03-11', to: TODAY });
  });

  it('recognise a preset in the address, and call any other period the user’s own', () => {
    expect(choiceFor({ kind: 'default' }, TODAY)).toBe('last12');
    expect(choiceFor({ kind: 'period', period: { from: '2026-03-11', to: TODAY } }, TODAY)).toBe('last12');
    expect(choiceFor({ kind: 'period', period: { from: '2026-01-01', to: '2026-12-31' } }, TODAY)).toBe(
      'lastYear',
    );
    expect(choiceFor({ kind: 'period', period: { from: '2026-02-01', to: '2026-12-31' } }, TODAY)).toBe(
      'custom',
    );
    expect(choiceFor({ kind: 'invalid', from: 'x', to: '' }, TODAY)).toBe('custom');
  });
});

describe('the period in the address', () => {
  const read = (q: string) => periodFromQuery(new URLSearchParams(q));

  it('is the default when it names none, and a period when both dates read in order', () => {
    expect(read('')).toEqual({ kind: 'default' });
    expect(read('fra=2026-01-01&til=2026-06-30')).toEqual({
      kind: 'period',
      period: { from: '2026-01-01', to: '2026-06-30' },
    });
  });

  it('is unreadable with one date only, a day that does not exist, or the end before the start', () => {
    expect(read('fra=2026-01-01').kind).toBe('invalid');
    expect(read('fra=2026-02-30&til=2026-06-30').kind).toBe('invalid');
    expect(read('fra=2026-07-01&til=2026-06-30').kind).toBe('invalid');
  });
});

describe('a period typed by the user', () => {
  it('reads dd.mm.åååå and ddmmåå', () => {
    expect(checkPeriod('01.02.2026', '300626')).toEqual({ period: { from: '2026-02-01', to: '2026-06-30' } });
  });

  it('says beside each field what is missing or cannot be read', () => {
    expect(checkPeriod('', '31.02.2026')).toEqual({
      problems: { from: 'dashboards.period.fromMissing', to: 'validation.dateInvalid' },
    });
    expect(checkPeriod('1. mars', '')).toEqual({
      problems: { from: 'validation.dateInvalid', to: 'dashboards.period.toMissing' },
    });
  });

  it('refuses an end before the start, beside the end', () => {
    expect(checkPeriod('01.07.2026', '30.06.2026')).toEqual({ problems: { to: 'validation.periodInvalid' } });
  });
});
