import { describe, expect, it } from 'vitest';

import { relativeDistance, type RelativeDistance } from '@shared/domain/relativeDistance';

const ahead = (unit: RelativeDistance['unit'], count: number): RelativeDistance => ({
  unit,
  count,
  past: false,
});
const passed = (unit: RelativeDistance['unit'], count: number): RelativeDistance => ({
  unit,
  count,
  past: true,
});

describe('how far off a deadline is, in the unit a person would say', () => {
  it.each<[string, number, RelativeDistance]>([
    ['today', 0, ahead('day', 0)],
    ['tomorrow', 1, ahead('day', 1)],
    ['two weeks away, still in days', 14, ahead('day', 14)],
    ['15 days away, as two weeks', 15, ahead('week', 2)],
    ['23 days away, as three weeks', 23, ahead('week', 3)],
    ['59 days away, as eight weeks', 59, ahead('week', 8)],
    ['60 days away, as two months', 60, ahead('month', 2)],
    ['half a year away, as six months', 183, ahead('month', 6)],
    ['729 days away, as 24 months', 729, ahead('month', 24)],
    ['730 days away, as two years', 730, ahead('year', 2)],
    ['ten years away (3764 days), as ten years', 3764, ahead('year', 10)],
  ])('counts a date %s', (_name, days, expected) => {
    expect(relativeDistance(days)).toEqual(expected);
  });

  it.each<[string, number, RelativeDistance]>([
    ['yesterday', -1, passed('day', 1)],
    ['14 days ago, in days', -14, passed('day', 14)],
    ['15 days ago, as two weeks', -15, passed('week', 2)],
    ['59 days ago, as eight weeks', -59, passed('week', 8)],
    ['three months ago', -91, passed('month', 3)],
    ['729 days ago, as 24 months', -729, passed('month', 24)],
    ['two years ago', -730, passed('year', 2)],
  ])('counts a date passed %s', (_name, days, expected) => {
    expect(relativeDistance(days)).toEqual(expected);
  });

  it('never counts a unit outside its range', () => {
    for (let days = -4000; days <= 4000; days++) {
      const { unit, count } = relativeDistance(days);
      const range = { day: [0, 14], week: [2, 8], month: [2, 24], year: [2, Infinity] }[unit];
      expect(count, `${days} days`).toBeGreaterThanOrEqual(range[0]!);
      expect(count, `${days} days`).toBeLessThanOrEqual(range[1]!);
    }
  });
});
