/**
 * Reading a date cell of a KE's Excel register (DESIGN.md 12) the way offices type dates: Excel
 * serials (with Lotus's leap day that never was), dd.mm.åååå, ddmmåå, ISO, "1. mars 2025", with
 * or without a time. A module of its own because dates are the most varied cells of a register.
 * Text is capped before any pattern runs, and every pattern is anchored.
 */

import { EARLIEST_DATE, LATEST_DATE } from '../api/fields';
import type { RawCell } from '../api/imports';
import { daysInMonth } from './dates';
import { EMPTY, isBlank, isDateCell, problem, SHORT, type ValueRead } from './importValues';

const DAY_MS = 86_400_000;
/** Excel's day 0 for serials from 61 on; before the Lotus leap day (serial 60) it is a day later. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MAX_SERIAL = (Date.UTC(2199, 11, 31) - EXCEL_EPOCH) / DAY_MS;

const monthNames = new Map<string, number>(
  [
    ['jan', 'januar', 'january'],
    ['feb', 'februar', 'february'],
    ['mar', 'mars', 'march'],
    ['apr', 'april'],
    ['mai', 'may'],
    ['jun', 'juni', 'june'],
    ['jul', 'juli', 'july'],
    ['aug', 'august'],
    ['sep', 'sept', 'september'],
    ['okt', 'oct', 'oktober', 'october'],
    ['nov', 'november'],
    ['des', 'dec', 'desember', 'december'],
  ].flatMap((names, i) => names.map((n): [string, number] => [n, i + 1])),
);

const pad = (n: number) => String(n).padStart(2, '0');

/** A two-digit year: up to next year is this century, the rest the last one. */
function fullYear(yy: number, today: string): number {
  const year = Number(today.slice(0, 4)) || new Date().getFullYear();
  const century = year - (year % 100);
  return yy <= (year % 100) + 1 ? century + yy : century - 100 + yy;
}

function checkDate(cell: RawCell, year: number, month: number, day: number): ValueRead<string> {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return problem('noSuchDate', cell);
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (iso < EARLIEST_DATE || iso > LATEST_DATE) return problem('dateOutOfRange', cell);
  return { ok: true, value: iso };
}

/** ddmmåå or ddmmåååå; eight digits that are no such date may be ååååmmdd. */
function compactDate(cell: RawCell, digits: string, today: string): ValueRead<string> {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  if (digits.length === 6) return checkDate(cell, fullYear(Number(digits.slice(4)), today), month, day);
  const read = checkDate(cell, Number(digits.slice(4)), month, day);
  if (read.ok) return read;
  const iso = checkDate(
    cell,
    Number(digits.slice(0, 4)),
    Number(digits.slice(4, 6)),
    Number(digits.slice(6)),
  );
  return iso.ok ? iso : read;
}

function serialDate(cell: number, today: string): ValueRead<string> {
  if (!Number.isFinite(cell) || cell < 1) return problem('notADate', cell);
  const serial = Math.floor(cell);
  if (serial === 60) return problem('excelLeapDay', cell);
  if (serial > MAX_SERIAL) {
    // Not a serial in the register's years: a ddmmåå(åå) typed into a number cell, zero lost.
    const digits = String(serial);
    if (serial === cell && digits.length >= 6 && digits.length <= 8) {
      const typed = compactDate(cell, digits.length === 7 ? `0${digits}` : digits, today);
      if (typed.ok) return typed;
    }
    return problem('dateOutOfRange', cell);
  }
  const d = new Date(EXCEL_EPOCH + (serial < 60 ? serial + 1 : serial) * DAY_MS);
  return checkDate(cell, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** "01.03.2025 10:15", "2025-03-01T10:15:00Z": the time is dropped. */
function withoutTime(t: string): string {
  const iso = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (iso) return iso[1]!;
  const space = t.lastIndexOf(' ');
  if (space > 0 && /^\d{1,2}:\d{2}(?::\d{2})?$/.test(t.slice(space + 1))) {
    const date = t.slice(0, space).trim();
    return date.toLowerCase().endsWith(' kl.') || date.toLowerCase().endsWith(' kl')
      ? date.slice(0, date.lastIndexOf(' '))
      : date;
  }
  return t;
}

function textDate(cell: string, today: string): ValueRead<string> {
  let t = cell.trim();
  if (t.length > SHORT) return problem('notADate', cell);
  t = withoutTime(t.replace(/\s+/g, ' '));
  if (t.endsWith('.')) t = t.slice(0, -1);
  t = t.replace(/ ?([./-]) ?/g, '$1');

  if (/^\d{6}$|^\d{8}$/.test(t)) return compactDate(cell, t, today);
  const m = /^(\d{1,4})[./ -]([a-zA-ZæøåÆØÅ]{3,9}|\d{1,2})\.?[./ -](\d{1,4})$/.exec(t);
  if (!m) return problem('notADate', cell);
  const [, a, b, c] = m as unknown as [string, string, string, string];
  const month = /^\d+$/.test(b) ? Number(b) : monthNames.get(b.toLowerCase());
  if (month === undefined) return problem('notADate', cell);
  if (a.length === 4 && c.length <= 2) return checkDate(cell, Number(a), month, Number(c));
  if (a.length <= 2 && c.length === 4) return checkDate(cell, Number(c), month, Number(a));
  if (a.length <= 2 && c.length === 2) return checkDate(cell, fullYear(Number(c), today), month, Number(a));
  return problem('notADate', cell);
}

/**
 * A date as ISO YYYY-MM-DD: a date cell; an Excel serial (1900 system, with Lotus's 29.02.1900
 * that never was); or text as dd.mm.åååå, d.m.åå, ddmmåå, ddmmåååå, åååå-mm-dd, d/m/åååå,
 * d-m-åååå or "1. mars 2025". Two-digit years up to next year are this century (`today`, ISO).
 */
export function readDate(cell: RawCell, today: string): ValueRead<string> {
  if (isBlank(cell)) return EMPTY;
  if (typeof cell === 'number') return serialDate(cell, today);
  if (typeof cell === 'string') return textDate(cell, today);
  if (isDateCell(cell)) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(cell.date.slice(0, 11));
    return m ? checkDate(cell, Number(m[1]), Number(m[2]), Number(m[3])) : problem('notADate', cell);
  }
  return problem('notADate', cell);
}
