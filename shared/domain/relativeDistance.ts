/**
 * How far off a date is, in the unit a person would say it: "om 3 dager", "om 3 uker",
 * "om 5 måneder", "om 10 år". Used by every text that tells how long is left of a deadline or
 * how long it has been passed, so the case page, the lists and the prints round alike.
 */

export type DistanceUnit = 'day' | 'week' | 'month' | 'year';

export interface RelativeDistance {
  unit: DistanceUnit;
  /** Whole units, never negative; 0 only for today. */
  count: number;
  /** The date has passed. */
  past: boolean;
}

/** Up to two weeks is counted in days: that is when the exact day matters. */
const maxDays = 14;
/** Up to about eight weeks in weeks (2–8 of them). */
const maxWeekDays = 59;
/** Up to 24 months in months; from two years on, in years. */
const maxMonthDays = 729;

const daysPerMonth = 365.25 / 12;
const daysPerYear = 365.25;

/**
 * `days` is the number of whole days from today to the date (negative when passed). Above the
 * days, the count is rounded to the nearest unit; the thresholds keep it within its unit's range.
 */
export function relativeDistance(days: number): RelativeDistance {
  const past = days < 0;
  const span = Math.abs(days);
  if (span <= maxDays) return { unit: 'day', count: span, past };
  if (span <= maxWeekDays) return { unit: 'week', count: Math.round(span / 7), past };
  if (span <= maxMonthDays) return { unit: 'month', count: Math.round(span / daysPerMonth), past };
  return { unit: 'year', count: Math.round(span / daysPerYear), past };
}
