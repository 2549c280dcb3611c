import { addDays, addMonths, isIsoDate } from '@shared/domain/calendar';

/** How the period was chosen; derived from the dates in the URL, never stored beside them. */
export type PeriodKind = 'quarter' | 'half' | 'year' | 'custom';

export interface ReportPeriod {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period of `months` months starting on the first of `startMonth` (1-12) of `year`. */
function monthsFrom(year: number, startMonth: number, months: number): ReportPeriod {
  const from = `${year}-${pad(startMonth)}-01`;
  return { from, to: addDays(addMonths(from, months), -1) };
}

/** Quarter 1-4 of a year: Q4 ends on 31.12. */
export function quarterPeriod(year: number, quarter: number): ReportPeriod {
  return monthsFrom(year, (quarter - 1) * 3 + 1, 3);
}

/** Half-year 1 (January-June) or 2 (July-December). */
export function halfPeriod(year: number, half: number): ReportPeriod {
  return monthsFrom(year, (half - 1) * 6 + 1, 6);
}

export function yearPeriod(year: number): ReportPeriod {
  return monthsFrom(year, 1, 12);
}

/** The last quarter that has ended before today: what a leader reports on by default. */
export function lastFullQuarter(today: string): ReportPeriod {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
}

/** What a chosen period is, so the chooser opens showing the way it was picked. */
export function describePeriod(period: ReportPeriod): { kind: PeriodKind; year: number; part: number } {
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  const same = (p: ReportPeriod) => p.from === period.from && p.to === period.to;
  if (same(yearPeriod(year))) return { kind: 'year', year, part: 1 };
  const half = Math.floor((month - 1) / 6) + 1;
  if (same(halfPeriod(year, half))) return { kind: 'half', year, part: half };
  const quarter = Math.floor((month - 1) / 3) + 1;
  if (same(quarterPeriod(year, quarter))) return { kind: 'quarter', year, part: quarter };
  return { kind: 'custom', year, part: 1 };
}

/**
 * The period in the URL (`fra`/`til` as ISO dates); the last full quarter when they are missing,
 * not dates, or the wrong way round (only a hand-edited address gets there: the chooser refuses it).
 */
export function periodFromQuery(query: URLSearchParams, today: string): ReportPeriod {
  const from = query.get('fra') ?? '';
  const to = query.get('til') ?? '';
  return isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to } : lastFullQuarter(today);
}

/** The years offered by the chooser: this year and the nine before, newest first. */
export function yearsUpTo(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 10 }, (_, i) => year - i);
}
