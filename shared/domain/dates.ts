/**
 * Dates as Norwegian offices type them: dd.mm.åååå, also d.m.åååå, dd.mm.åå, d.m.åå, ddmmåå,
 * ddmmåååå, d.m or dd.mm (this year) and ISO åååå-mm-dd; the dots may be dashes, slashes or spaces.
 * A two-digit year is read as the latest year no more than two years ahead (in 2026: 28 -> 2028,
 * 29 -> 1929): most dates typed here have happened, but a due date or a consent's end date lies
 * ahead. A birth in 1927 or 1928 must then be typed with four digits (else it reads as future).
 */
/** How far ahead a two-digit year may point. */
const FUTURE_YEARS = 2;
/** Longer text is no date; checked first so no pattern ever runs over a pasted page. */
const MAX_LENGTH = 24;

/** What a date field's text was read as: a date, a date that does not exist, or no date at all. */
export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'noSuchDay'; year: number; month: number; days: number }
  | { kind: 'noSuchMonth'; month: number }
  | { kind: 'notDate' };

const SEP = '[.\\-/ ]';
const FULL = new RegExp(`^(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{2}|\\d{4})$`);
const COMPACT = /^(\d{2})(\d{2})(\d{2}|\d{4})$/;
const DAY_MONTH = new RegExp(`^(\\d{1,2})${SEP}(\\d{1,2})\\.?$`);
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Reads a typed date; `today` gives the year of d.m and the century of a two-digit year. */
export function readNorwegianDate(text: string, today: Date = new Date()): DateReading {
  const t = text.trim();
  if (!t) return { kind: 'empty' };
  if (t.length > MAX_LENGTH) return { kind: 'notDate' };
  const parts = dateParts(t, today);
  if (!parts) return { kind: 'notDate' };
  const { year, month, day } = parts;
  if (month < 1 || month > 12) return { kind: 'noSuchMonth', month };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { kind: 'noSuchDay', year, month, days };
  return { kind: 'date', iso: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` };
}

/** The ISO calendar date (YYYY-MM-DD) of a typed date, or null for anything that is not a real date. */
export function parseNorwegianDate(text: string, today: Date = new Date()): string | null {
  const reading = readNorwegianDate(text, today);
  return reading.kind === 'date' ? reading.iso : null;
}

function dateParts(t: string, today: Date): { year: number; month: number; day: number } | null {
  const iso = ISO.exec(t);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const m = FULL.exec(t) ?? COMPACT.exec(t);
  if (m) return { year: fullYear(m[3]!, today), month: Number(m[2]), day: Number(m[1]) };
  const dm = DAY_MONTH.exec(t);
  if (dm) return { year: today.getFullYear(), month: Number(dm[2]), day: Number(dm[1]) };
  return null;
}

/** A typed year in full: four digits as they are, two by the rule above. */
function fullYear(typed: string, today: Date): number {
  const year = Number(typed);
  if (typed.length !== 2) return year;
  const latest = today.getFullYear() + FUTURE_YEARS;
  const inCentury = year + latest - (latest % 100);
  return inCentury > latest ? inCentury - 100 : inCentury;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
