import { describe, expect, it } from 'vitest';

import { isoDate } from '@shared/api/fields';
import { checkPersonDates, checkReceivedDate, earliestReceipt } from '@shared/domain/caseDates';

const today = '2027-03-10';
const born = { birthDate: '2015-05-15', dueDate: null };
const unborn = { birthDate: null, dueDate: '2027-07-20' };

describe('the received date of a case', () => {
  it('may be any day from the birth of the person up to today', () => {
    expect(checkReceivedDate('2015-05-15', { birthDate: '2015-05-15', dueDate: null }, '2024-01-01')).toEqual(
      {},
    );
    expect(checkReceivedDate(today, born, today)).toEqual({});
  });

  it('is refused when it lies ahead', () => {
    expect(checkReceivedDate('2027-03-11', born, today)).toEqual({ receivedDate: 'validation.dateInFuture' });
  });

  it('is refused more than ten years back, as a mistyped year', () => {
    expect(checkReceivedDate('2017-03-10', born, today)).toEqual({});
    expect(checkReceivedDate('2017-03-09', born, today)).toEqual({
      receivedDate: 'validation.receivedTooLongAgo',
    });
  });

  it('is refused before the child was born, unless the child was registered before birth', () => {
    expect(checkReceivedDate('2027-01-05', { birthDate: '2027-01-12', dueDate: null }, today)).toEqual({
      receivedDate: 'validation.receivedBeforeBirth',
    });
    // Registered before birth: the due date is kept, and the pregnancy was known well before it.
    expect(
      checkReceivedDate('2027-01-05', { birthDate: '2027-01-12', dueDate: '2027-01-20' }, today),
    ).toEqual({});
  });

  it('for a child not yet born, is refused more than ten months before the due date', () => {
    expect(earliestReceipt(unborn)).toBe('2026-09-20');
    expect(checkReceivedDate('2026-09-20', unborn, today)).toEqual({});
    expect(checkReceivedDate('2026-09-19', unborn, today)).toEqual({
      receivedDate: 'validation.receivedBeforePregnancy',
    });
  });
});

describe('the birth date of a person', () => {
  it('is refused before 1900, as a number from the 1800s gives', () => {
    expect(checkPersonDates({ birthDate: '1899-12-31', dueDate: null }, today)).toEqual({
      birthDate: 'validation.birthTooEarly',
    });
    expect(checkPersonDates({ birthDate: '1900-01-01', dueDate: null }, today)).toEqual({});
  });

  it('is refused after a case of the person was received, and so is a due date too late for it', () => {
    expect(checkPersonDates({ birthDate: '2020-06-01', dueDate: null }, today, '2020-05-01')).toEqual({
      birthDate: 'validation.birthAfterReceived',
    });
    expect(checkPersonDates({ birthDate: null, dueDate: '2027-07-20' }, today, '2026-08-01')).toEqual({
      dueDate: 'validation.birthAfterReceived',
    });
    expect(checkPersonDates({ birthDate: null, dueDate: '2027-07-20' }, today, '2026-10-01')).toEqual({});
  });
});

describe('dates the contract takes', () => {
  it.each([
    ['1900-01-01', true],
    ['2199-12-31', true],
    ['2027-02-29', false],
    ['1899-12-31', false],
    ['0000-01-01', false],
    ['2200-01-01', false],
    ['9999-12-31', false],
  ])('%s: %s', (date, taken) => expect(isoDate.safeParse(date).success).toBe(taken));

  it('says why a date out of range is refused', () => {
    expect(isoDate.safeParse('0000-01-01').error?.issues.map((i) => i.message)).toEqual([
      'validation.dateTooEarly',
    ]);
    expect(isoDate.safeParse('9999-12-31').error?.issues.map((i) => i.message)).toEqual([
      'validation.dateTooLate',
    ]);
  });
});
