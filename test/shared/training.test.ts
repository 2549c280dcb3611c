import { describe, expect, it } from 'vitest';

import {
  completionExpiry,
  hasValidTraining,
  trainingStatus,
  type CompletionFacts,
  type TrainingStatus,
} from '@shared/domain/training';

/** A completion of a required course valid for `months` (null: it never expires). */
const required = (date: string, months: number | null = 24): CompletionFacts => ({
  date,
  validityMonths: months,
  required: true,
});
const optional = (date: string, months: number | null = 24): CompletionFacts => ({
  date,
  validityMonths: months,
  required: false,
});

interface Row {
  name: string;
  completions: CompletionFacts[];
  today: string;
  noticeDays: number;
  expected: TrainingStatus;
}

// 2025-03-01 + 24 months runs out on 2027-03-01; 60 days before that is 2026-12-31.
const table: Row[] = [
  {
    name: 'is never trained without any completion',
    completions: [],
    today: '2026-06-01',
    noticeDays: 60,
    expected: { state: 'never', validUntil: null },
  },
  {
    name: 'ignores completions of courses that are not required',
    completions: [optional('2026-01-10'), optional('2026-02-01', null)],
    today: '2026-06-01',
    noticeDays: 60,
    expected: { state: 'never', validUntil: null },
  },
  {
    name: 'does not count a completion dated after today: it has not happened yet',
    completions: [required('2026-06-02')],
    today: '2026-06-01',
    noticeDays: 60,
    expected: { state: 'never', validUntil: null },
  },
  {
    name: 'does not count a never-expiring completion dated after today either',
    completions: [required('2026-06-02', null)],
    today: '2026-06-01',
    noticeDays: 60,
    expected: { state: 'never', validUntil: null },
  },
  {
    name: 'counts a completion dated today',
    completions: [required('2026-06-01')],
    today: '2026-06-01',
    noticeDays: 60,
    expected: { state: 'trained', validUntil: '2028-06-01' },
  },
  {
    name: 'is trained with a valid completion of a required course, valid until 24 months later',
    completions: [required('2025-03-01')],
    today: '2026-06-01',
    noticeDays: 60,
    expected: { state: 'trained', validUntil: '2027-03-01' },
  },
  {
    name: 'is expired on the day the validity runs out (2025-03-01 + 24 months = 2027-03-01)',
    completions: [required('2025-03-01')],
    today: '2027-03-01',
    noticeDays: 0,
    expected: { state: 'expired', validUntil: '2027-03-01' },
  },
  {
    name: 'is still trained the day before the validity runs out (no notice days)',
    completions: [required('2025-03-01')],
    today: '2027-02-28',
    noticeDays: 0,
    expected: { state: 'trained', validUntil: '2027-03-01' },
  },
  {
    name: 'stays expired long after',
    completions: [required('2025-03-01')],
    today: '2029-01-01',
    noticeDays: 60,
    expected: { state: 'expired', validUntil: '2027-03-01' },
  },
  {
    name: 'expires soon exactly noticeDays (60) before the expiry: 2026-12-31',
    completions: [required('2025-03-01')],
    today: '2026-12-31',
    noticeDays: 60,
    expected: { state: 'expiresSoon', validUntil: '2027-03-01' },
  },
  {
    name: 'is trained one day more (61) before the expiry: 2026-12-30',
    completions: [required('2025-03-01')],
    today: '2026-12-30',
    noticeDays: 60,
    expected: { state: 'trained', validUntil: '2027-03-01' },
  },
  {
    name: 'expires soon the day before the expiry',
    completions: [required('2025-03-01')],
    today: '2027-02-28',
    noticeDays: 60,
    expected: { state: 'expiresSoon', validUntil: '2027-03-01' },
  },
  {
    name: 'is trained by a valid refresher although an old completion has expired',
    completions: [required('2022-05-01'), required('2025-05-01')],
    today: '2026-06-01',
    noticeDays: 60,
    expected: { state: 'trained', validUntil: '2027-05-01' },
  },
  {
    name: 'takes the latest expiry, not the latest date (36 months in 2024 outlasts 12 months in 2025)',
    completions: [required('2025-06-01', 12), required('2024-01-15', 36)],
    today: '2026-08-01',
    noticeDays: 60,
    expected: { state: 'trained', validUntil: '2027-01-15' },
  },
  {
    name: 'is expired when every completion has run out, until the last one of them',
    completions: [required('2023-01-10'), required('2020-01-10'), required('2021-06-30')],
    today: '2026-01-01',
    noticeDays: 60,
    expected: { state: 'expired', validUntil: '2025-01-10' },
  },
  {
    name: 'ignores an optional course that would still be valid when the required one has expired',
    completions: [required('2023-01-10'), optional('2025-12-01')],
    today: '2026-01-01',
    noticeDays: 60,
    expected: { state: 'expired', validUntil: '2025-01-10' },
  },
  {
    name: 'is trained for good by a required course that never expires',
    completions: [required('2010-09-01', null)],
    today: '2026-06-01',
    noticeDays: 60,
    expected: { state: 'trained', validUntil: null },
  },
  {
    name: 'is trained for good by a never-expiring course next to an expired one',
    completions: [required('2020-01-01'), required('2019-01-01', null)],
    today: '2026-06-01',
    noticeDays: 60,
    expected: { state: 'trained', validUntil: null },
  },
  {
    name: 'runs out on 28 February for a one-month course taken 31 January 2025 (end of month)',
    completions: [required('2025-01-31', 1)],
    today: '2025-02-28',
    noticeDays: 0,
    expected: { state: 'expired', validUntil: '2025-02-28' },
  },
  {
    name: 'is valid on 27 February for a one-month course taken 31 January 2025',
    completions: [required('2025-01-31', 1)],
    today: '2025-02-27',
    noticeDays: 0,
    expected: { state: 'trained', validUntil: '2025-02-28' },
  },
  {
    name: 'runs out on 29 February in a leap year for a one-month course taken 31 January 2028',
    completions: [required('2028-01-31', 1)],
    today: '2028-02-28',
    noticeDays: 0,
    expected: { state: 'trained', validUntil: '2028-02-29' },
  },
];

describe('training status of a coordinator', () => {
  it.each(table)('$name', ({ completions, today, noticeDays, expected }) => {
    expect(trainingStatus(completions, today, noticeDays)).toEqual(expected);
  });

  it('does not reorder the completions it is given', () => {
    const completions = [required('2025-06-01', 12), required('2024-01-15', 36)];
    const copy = structuredClone(completions);
    trainingStatus(completions, '2026-08-01', 60);
    expect(completions).toEqual(copy);
  });
});

describe('the day a completion stops counting', () => {
  it.each([
    ['2025-03-01', 24, '2027-03-01', 'two years to the day'],
    ['2025-01-31', 1, '2025-02-28', 'a day not in the month becomes its last day'],
    ['2028-01-31', 1, '2028-02-29', 'leap year'],
    ['2024-02-29', 12, '2025-02-28', '29 February in a year without it'],
    ['2025-11-30', 3, '2026-02-28', 'across a new year'],
    ['2025-05-10', null, null, 'a course that never expires'],
  ] as const)('%s + %s months -> %s (%s)', (date, validityMonths, expected, _why) => {
    expect(completionExpiry({ date, validityMonths })).toBe(expected);
  });
});

describe('valid training', () => {
  it.each([
    ['trained', true],
    ['expiresSoon', true],
    ['expired', false],
    ['never', false],
  ] as const)('%s -> %s', (state, expected) => {
    expect(hasValidTraining({ state, validUntil: null })).toBe(expected);
  });
});
