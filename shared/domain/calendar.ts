/**
 * Calendar arithmetic on ISO calendar dates (YYYY-MM-DD), with Norwegian public holidays.
 * Dates are turned into UTC midnights internally, so no time zone or summer time shift can move
 * a date by a day. Kept free of libraries so shared/ runs unchanged in core and the renderer.
 */

import { daysInMonth } from './dates';

const MS_PER_DAY = 24 * 60 * 60 * 1000;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parts(iso: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO calendar date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toUtc(iso: string): number {
  const { year, month, day } = parts(iso);
  return Date.UTC(year, month - 1, day);
}

function fromUtc(ms: number): string {
  const d = new Date(ms);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** True for a YYYY-MM-DD string naming a day that exists. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const { year, month, day } = parts(text);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** -1, 0 or 1; ISO dates sort as text, this only names the intent. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function addDays(iso: string, n: number): string {
  return fromUtc(toUtc(iso) + n * MS_PER_DAY);
}

export function addWeeks(iso: string, n: number): string {
  return addDays(iso, 7 * n);
}

/** Calendar months; a day that does not exist in the target month becomes its last day. */
export function addMonths(iso: string, n: number): string {
  const { year, month, day } = parts(iso);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return format(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Calendar years; 29 February becomes 28 February in a year without it (a plain clamp). */
export function addYears(iso: string, n: number): string {
  return addMonths(iso, 12 * n);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export function weekday(iso: string): number {
  return new Date(toUtc(iso)).getUTCDay();
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return format(year, month, day);
}

/** Norwegian public holidays (helligdager and 1 and 17 May), sorted; Sundays count anyway. */
export function publicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const fromEaster = [-3, -2, 0, 1, 39, 49, 50].map((n) => addDays(easter, n));
  const fixed = [
    [1, 1],
    [5, 1],
    [5, 17],
    [12, 25],
    [12, 26],
  ].map(([m, d]) => format(year, m!, d!));
  return [...new Set([...fixed, ...fromEaster])].sort();
}

const holidayCache = new Map<number, Set<string>>();

function isPublicHoliday(iso: string): boolean {
  const year = parts(iso).year;
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(publicHolidays(year));
    holidayCache.set(year, set);
  }
  return set.has(iso);
}

/** Not a Saturday, a Sunday or a public holiday. */
export function isWorkingDay(iso: string): boolean {
  const wd = weekday(iso);
  return wd !== 0 && wd !== 6 && !isPublicHoliday(iso);
}

/** A deadline the public must meet moves forward past days the offices are closed. */
export function nextWorkingDayOnOrAfter(iso: string): string {
  let d = iso;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** A deadline the office itself must meet moves back, so it acts in time. */
export function lastWorkingDayOnOrBefore(iso: string): string {
  let d = iso;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/**
 * The date someone born on `birthDate` turns `years` old. Someone born 29 February turns a year
 * older on 1 March in years without 29 February, as is Norwegian practice (the age is reached
 * when the full number of years has passed, and 28 February is still inside the last one).
 */
export function birthdayAt(birthDate: string, years: number): string {
  const { year, month, day } = parts(birthDate);
  const y = year + years;
  if (month === 2 && day === 29 && daysInMonth(y, 2) === 28) return format(y, 3, 1);
  return format(y, month, day);
}

/** Age in whole years on `onDate` (29 February birthdays as birthdayAt); negative before birth. */
export function ageOn(birthDate: string, onDate: string): number {
  const years = parts(onDate).year - parts(birthDate).year;
  return onDate < birthdayAt(birthDate, years) ? years - 1 : years;
}

/** The local calendar date of `now`: the PC runs in Norwegian time, and so does the office day. */
export function todayIso(now: Date): string {
  return format(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
