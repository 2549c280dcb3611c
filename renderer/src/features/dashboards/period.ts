import type { Period } from '@shared/api/dashboards';
import { addDays, addMonths, isIsoDate } from '@shared/domain/calendar';

import { dateInput } from '../../components/dates';

/** The periods offered on Koordinatorbytter and IP-fremdrift; the last twelve months is the default. */
export const periodChoices = [
  'last12',
  'thisQuarter',
  'lastQuarter',
  'thisYear',
  'lastYear',
  'custom',
] as const;
export type PeriodChoice = (typeof periodChoices)[number];

/**
 * The last twelve months up to and including today, as core counts them when it is asked for no
 * period: a year back from today, the day a year ago not included.
 */
export function last12Months(today: string): Period {
  return { from: addDays(addMonths(today, -12), 1), to: today };
}

function quarterStart(iso: string): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

/**
 * The period of a choice on the day `today`. The running quarter and year end today: days not yet
 * lived hold no changes and no goals. `last12` is null: the address then names no period, and
 * core's default (the same twelve months) applies.
 */
export function presetPeriod(choice: Exclude<PeriodChoice, 'custom'>, today: string): Period | null {
  const year = Number(today.slice(0, 4));
  switch (choice) {
    case 'last12':
      return null;
    case 'thisQuarter':
      return { from: quarterStart(today), to: today };
    case 'lastQuarter': {
      const from = addMonths(quarterStart(today), -3);
      return { from, to: addDays(addMonths(from, 3), -1) };
    }
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** What the address says about the period: nothing (the default), a period, or something unreadable. */
export type AddressPeriod =
  { kind: 'default' } | { kind: 'period'; period: Period } | { kind: 'invalid'; from: string; to: string };

export function periodFromQuery(query: URLSearchParams): AddressPeriod {
  const from = query.get('fra') ?? '';
  const to = query.get('til') ?? '';
  if (from === '' && to === '') return { kind: 'default' };
  if (isIsoDate(from) && isIsoDate(to) && from <= to) return { kind: 'period', period: { from, to } };
  return { kind: 'invalid', from, to };
}

/** The choice that gives this period today; a period no preset gives is the user's own. */
export function choiceFor(address: AddressPeriod, today: string): PeriodChoice {
  if (address.kind === 'default') return 'last12';
  if (address.kind === 'invalid') return 'custom';
  const { from, to } = address.period;
  const last12 = last12Months(today);
  if (from === last12.from && to === last12.to) return 'last12';
  for (const choice of periodChoices) {
    if (choice === 'custom' || choice === 'last12') continue;
    const p = presetPeriod(choice, today);
    if (p && p.from === from && p.to === to) return choice;
  }
  return 'custom';
}

/** Translation keys beside the two date fields. */
export type PeriodProblems = Partial<Record<'from' | 'to', string>>;

/**
 * Two typed dates (dd.mm.åååå or ddmmåå) as a period, or what is wrong beside each field:
 * a missing date, a date that cannot be read, or an end before the start.
 */
export function checkPeriod(
  fromText: string,
  toText: string,
): { period: Period } | { problems: PeriodProblems } {
  const problems: PeriodProblems = {};
  const from = dateInput(fromText);
  const to = dateInput(toText);
  if (from === null) problems.from = 'dashboards.period.fromMissing';
  else if (!isIsoDate(from)) problems.from = 'validation.dateInvalid';
  if (to === null) problems.to = 'dashboards.period.toMissing';
  else if (!isIsoDate(to)) problems.to = 'validation.dateInvalid';
  if (problems.from || problems.to) return { problems };
  if (from! > to!) return { problems: { to: 'validation.periodInvalid' } };
  return { period: { from: from!, to: to! } };
}
