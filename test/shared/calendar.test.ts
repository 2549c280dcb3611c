import { describe, expect, it } from 'vitest';

import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  ageOn,
  birthdayAt,
  compareIso,
  daysBetween,
  easterSunday,
  isIsoDate,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  nextWorkingDayOnOrAfter,
  publicHolidays,
  todayIso,
  weekday,
} from '@shared/domain/calendar';

describe('adding days, weeks, months and years', () => {
  it.each([
    ['a month to 31 January 2027 gives 28 February', addMonths('2027-01-31', 1), '2027-02-28'],
    ['a month to 31 January 2028 gives 29 February, a leap year', addMonths('2028-01-31', 1), '2028-02-29'],
    ['a month to 31 March gives 30 April', addMonths('2027-03-31', 1), '2027-04-30'],
    ['a month to 15 December 2027 crosses into 2028', addMonths('2027-12-15', 1), '2028-01-15'],
    ['a month back from 31 March 2027 gives 28 February', addMonths('2027-03-31', -1), '2027-02-28'],
    ['a month back from 15 January 2027 gives December 2026', addMonths('2027-01-15', -1), '2026-12-15'],
    ['six months to 31 August 2027 gives 29 February 2028', addMonths('2027-08-31', 6), '2028-02-29'],
    ['six months back from 30 September 2027 gives 30 March', addMonths('2027-09-30', -6), '2027-03-30'],
    ['a year to 29 February 2028 gives 28 February 2029', addYears('2028-02-29', 1), '2029-02-28'],
    ['four years to 29 February 2028 gives 29 February 2032', addYears('2028-02-29', 4), '2032-02-29'],
    ['a year back from 1 June 2027 gives 1 June 2026', addYears('2027-06-01', -1), '2026-06-01'],
    ['a day to 31 December 2027 gives New Year 2028', addDays('2027-12-31', 1), '2028-01-01'],
    ['a day to 28 February 2028 gives 29 February', addDays('2028-02-28', 1), '2028-02-29'],
    ['a day to 28 February 2027 gives 1 March', addDays('2027-02-28', 1), '2027-03-01'],
    ['a day over the summer time change of 28 March 2027', addDays('2027-03-28', 1), '2027-03-29'],
    ['a day back from 1 March 2028 gives 29 February', addDays('2028-03-01', -1), '2028-02-29'],
    ['four weeks to 1 March 2027 gives Easter Monday, 29 March', addWeeks('2027-03-01', 4), '2027-03-29'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('days between two dates', () => {
  it.each([
    ['2027-01-01', '2028-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2027-03-27', '2027-03-29', 2],
    ['2027-10-30', '2027-11-01', 2],
    ['2027-03-30', '2027-03-22', -8],
    ['2027-06-01', '2027-06-01', 0],
  ])('from %s to %s is %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('Easter Sunday', () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('falls in %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(weekday(date)).toBe(0);
  });
});

describe('Norwegian public holidays', () => {
  it('are eleven dates in 2027, as Whit Monday falls on 17 May', () => {
    expect(publicHolidays(2027)).toEqual([
      '2027-01-01',
      '2027-03-25',
      '2027-03-26',
      '2027-03-28',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
  });

  it('are twelve dates in 2028, with Ascension on 25 May and Whit Monday on 5 June', () => {
    expect(publicHolidays(2028)).toEqual([
      '2028-01-01',
      '2028-04-13',
      '2028-04-14',
      '2028-04-16',
      '2028-04-17',
      '2028-05-01',
      '2028-05-17',
      '2028-05-25',
      '2028-06-04',
      '2028-06-05',
      '2028-12-25',
      '2028-12-26',
    ]);
  });
});

describe('working days', () => {
  it.each([
    ['Wednesday 24 March 2027', '2027-03-24', true],
    ['Maundy Thursday 2027', '2027-03-25', false],
    ['Good Friday 2027', '2027-03-26', false],
    ['Easter Monday 2027', '2027-03-29', false],
    ['Tuesday after Easter 2027', '2027-03-30', true],
    ['Ascension Day 2027', '2027-05-06', false],
    ['17 May 2027, a Monday', '2027-05-17', false],
    ['17 May 2028, a Wednesday', '2028-05-17', false],
    ['Whit Monday 2028', '2028-06-05', false],
    ['Christmas Eve 2027, a Friday and no public holiday', '2027-12-24', true],
    ['New Year 2028, a Saturday', '2028-01-01', false],
    ['an ordinary Sunday', '2027-06-13', false],
    ['an ordinary Monday', '2027-06-14', true],
  ])('%s (%s) is a working day: %s', (_name, date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it.each([
    ['Maundy Thursday 2027 moves to Tuesday 30 March', '2027-03-25', '2027-03-30'],
    ['Saturday 27 March 2027 moves to Tuesday 30 March', '2027-03-27', '2027-03-30'],
    ['Maundy Thursday 2028 moves to Tuesday 18 April', '2028-04-13', '2028-04-18'],
    ['Saturday 15 May 2027 moves past 17 May to Tuesday 18 May', '2027-05-15', '2027-05-18'],
    ['Christmas Day 2027, a Saturday, moves to Monday 27 December', '2027-12-25', '2027-12-27'],
    ['Saturday 23 December 2028 moves past Christmas to Wednesday 27 December', '2028-12-23', '2028-12-27'],
    ['a working day stays', '2027-06-14', '2027-06-14'],
  ])('forward: %s', (_name, date, expected) => {
    expect(nextWorkingDayOnOrAfter(date)).toBe(expected);
  });

  it.each([
    ['Easter Monday 2027 moves back to Wednesday 24 March', '2027-03-29', '2027-03-24'],
    ['Easter Monday 2028 moves back to Wednesday 12 April', '2028-04-17', '2028-04-12'],
    ['17 May 2027 moves back over Whitsun to Friday 14 May', '2027-05-17', '2027-05-14'],
    ['Sunday 26 December 2027 moves back to Christmas Eve', '2027-12-26', '2027-12-24'],
    ['New Year 2028 moves back to Friday 31 December 2027', '2028-01-01', '2027-12-31'],
    ['a working day stays', '2027-06-14', '2027-06-14'],
  ])('back: %s', (_name, date, expected) => {
    expect(lastWorkingDayOnOrBefore(date)).toBe(expected);
  });
});

describe('birthdays and age', () => {
  it.each([
    ['born 29 Feb 2012 is 14 on 28 Feb 2027', '2012-02-29', '2027-02-28', 14],
    ['born 29 Feb 2012 turns 15 on 1 Mar 2027', '2012-02-29', '2027-03-01', 15],
    ['born 29 Feb 2012 is 15 on 28 Feb 2028', '2012-02-29', '2028-02-28', 15],
    ['born 29 Feb 2012 turns 16 on 29 Feb 2028', '2012-02-29', '2028-02-29', 16],
    ['born 30 Sep 2009 is 17 the day before 18', '2009-09-30', '2027-09-29', 17],
    ['born 30 Sep 2009 is 18 on 30 Sep 2027', '2009-09-30', '2027-09-30', 18],
    ['is 0 on the day of birth', '2027-08-24', '2027-08-24', 0],
    ['is -1 before birth', '2027-08-24', '2027-08-23', -1],
  ])('%s', (_name, birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it.each([
    ['born 29 Feb 2012 turns 15 on 1 March 2027', '2012-02-29', 15, '2027-03-01'],
    ['born 29 Feb 2012 turns 16 on 29 February 2028', '2012-02-29', 16, '2028-02-29'],
    ['born 29 Feb 2012 turns 18 on 1 March 2030', '2012-02-29', 18, '2030-03-01'],
    ['born 31 Dec 2009 turns 18 on 31 December 2027', '2009-12-31', 18, '2027-12-31'],
  ])('%s', (_name, birth, years, expected) => {
    expect(birthdayAt(birth, years)).toBe(expected);
  });
});

describe('today and comparisons', () => {
  it.each([
    ['just after midnight on New Year', new Date(2027, 0, 1, 0, 30), '2027-01-01'],
    ['just before midnight on New Year’s Eve', new Date(2027, 11, 31, 23, 59), '2027-12-31'],
    ['on the night summer time starts', new Date(2027, 2, 28, 2, 30), '2027-03-28'],
  ])('today is the local calendar date %s', (_name, now, expected) => {
    expect(todayIso(now)).toBe(expected);
  });

  it.each([
    ['2027-03-29', '2027-03-30', -1],
    ['2027-03-30', '2027-03-30', 0],
    ['2028-01-01', '2027-12-31', 1],
  ])('compares %s with %s as %i', (a, b, result) => {
    expect(compareIso(a, b)).toBe(result);
  });

  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-04-31', false],
    ['2027-13-01', false],
    ['27-03-01', false],
    ['2027-3-1', false],
  ])('%s is an ISO date: %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});
