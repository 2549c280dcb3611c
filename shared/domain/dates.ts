/**
 * Dates as Norwegian offices type them: dd.mm.åååå (also d.m.åååå, ddmmåå and ddmmåååå).
 * Returns an ISO calendar date (YYYY-MM-DD), or null for anything that is not a real date.
 * A two-digit year is read as the latest year no more than two years ahead (in 2026: 28 -> 2028,
 * 29 -> 1929): most dates typed here have happened, but a due date or a consent's end date lies
 * ahead. A birth in 1927 or 1928 must then be typed with four digits (else it reads as future).
 */
/** How far ahead a two-digit year may point. */
const FUTURE_YEARS = 2;

export function parseNorwegianDate(text: string, today: Date = new Date()): string | null {
  const t = text.trim();
  const dotted = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{2}|\d{4})$/.exec(t);
  const compact = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(t);
  const m = dotted ?? compact;
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = Number(m[3]);
  if (m[3]!.length === 2) {
    const latest = today.getFullYear() + FUTURE_YEARS;
    year += latest - (latest % 100);
    if (year > latest) year -= 100;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
