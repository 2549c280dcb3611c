/**
 * Reading the cells of a KE's Excel register like a patient colleague would (DESIGN.md 12):
 * fødselsnumre that lost their leading zero, names in capitals or "Etternavn, Fornavn", phone
 * numbers with +47, and multi-choice cells like "K + IP". Pure functions of one cell; what a row
 * means is core's business. Dates are read in importDates, register words in importSuggestions.
 *
 * Cells can hold anything a workbook holds (up to 32 767 characters): text is capped before any
 * pattern runs, and every pattern is anchored with no nested or overlapping repetition.
 */

import type { RawCell } from '../api/imports';

export type ValueProblem = { ok: false; key: string; values?: Record<string, string | number> };
/**
 * A value read, or why it could not be (importRows.problem.*). An empty cell, or one holding only
 * a dash, reads as '' (null for a number): whether a value is required is the caller's business.
 */
export type ValueRead<T> = { ok: true; value: T } | ValueProblem;

// ---- Shared with importDates and importSuggestions ----

export const EMPTY: { ok: true; value: '' } = { ok: true, value: '' };
/** Longer than this, a cell is no date, number, phone or national ID: it is not even looked at. */
export const SHORT = 40;
/** Raw text shown in a problem is cut here. */
const SHOWN = 60;

/** Why `cell` could not be read, with what it held (cut) for the message. */
export function problem(
  name: string,
  cell: RawCell,
  values: Record<string, string | number> = {},
): ValueProblem {
  let raw = cellText(cell).trim();
  if (raw.length > SHOWN) raw = `${raw.slice(0, SHOWN)}…`;
  return { ok: false, key: `importRows.problem.${name}`, values: { raw, ...values } };
}

export function isDateCell(cell: unknown): cell is { date: string } {
  return (
    typeof cell === 'object' &&
    cell !== null &&
    Object.hasOwn(cell, 'date') &&
    typeof (cell as { date: unknown }).date === 'string'
  );
}

/** A cell as the user sees it in Excel: decimal comma, dd.mm.åååå, SANN/USANN. */
export function cellText(cell: RawCell): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell).replace('.', ',');
  if (typeof cell === 'boolean') return cell ? 'SANN' : 'USANN';
  if (isDateCell(cell)) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(cell.date.slice(0, 10));
    return m ? `${m[3]}.${m[2]}.${m[1]}` : cell.date.slice(0, SHOWN);
  }
  return '';
}

export const noneMarks = new Set(['', '-', '--', '–', '—']);

/** Empty, or only a dash: registers write "-" for "none". */
export function isBlank(cell: RawCell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  return noneMarks.has(cell.trim());
}

/**
 * Text folded for comparison: lower case, no accents, æ/ø as ae/o, punctuation as single
 * spaces. Capped at `max` characters first.
 */
export function foldText(text: string, max = 200): string {
  return text
    .slice(0, max)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// ---- Fødselsnummer ----

/**
 * Eleven digits, once spaces, dots and dashes are out; ten digits lost their leading zero in a
 * number cell. The check digits are core's national ID policy, not this.
 */
export function readNationalId(cell: RawCell): ValueRead<string> {
  if (isBlank(cell)) return EMPTY;
  let digits: string;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return problem('nationalIdNotDigits', cell);
    if (!Number.isInteger(cell)) return problem('nationalIdRounded', cell);
    if (cell >= 1e11) return problem('nationalIdLength', cell, { count: Math.floor(Math.log10(cell)) + 1 });
    digits = String(cell);
  } else if (typeof cell === 'string') {
    const t = cell.trim();
    if (t.length > SHORT) return problem('nationalIdNotDigits', cell);
    if (/^\d+(?:[.,]\d+)?[eE][+-]?\d+$/.test(t)) return problem('nationalIdRounded', cell);
    digits = t.replace(/[\s.\-‐‑–—]/g, '');
    if (!/^\d+$/.test(digits)) return problem('nationalIdNotDigits', cell);
  } else {
    return problem('nationalIdNotDigits', cell);
  }
  if (digits.length === 10) digits = `0${digits}`;
  if (digits.length !== 11) return problem('nationalIdLength', cell, { count: digits.length });
  return { ok: true, value: digits };
}

// ---- Names ----

/** Name parts written in lower case inside a name: "Jan van der Berg". */
const particles = new Set('af|av|da|de|del|den|der|di|dos|du|la|le|ten|ter|van|von|zu'.split('|'));
const NAME_MAX = 120;

function capitalise(part: string): string {
  return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
}

/** KARI NORDMANN and kari nordmann become Kari Nordmann; Anne-Lise, O'Brien, van der Berg. */
function capitaliseName(name: string): string {
  return name
    .split(' ')
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && particles.has(lower)) return lower;
      return word
        .split('-')
        .map((part) => {
          const apostrophe = /^(\p{L})(['’])(.+)$/u.exec(part);
          return apostrophe
            ? `${apostrophe[1]!.toUpperCase()}${apostrophe[2]}${capitalise(apostrophe[3]!)}`
            : capitalise(part);
        })
        .join('-');
    })
    .join(' ');
}

/** A person's name: spaces tidied, "Etternavn, Fornavn" turned round, capitals made sensible. */
export function readName(cell: RawCell): ValueRead<string> {
  if (isBlank(cell)) return EMPTY;
  if (typeof cell !== 'string') return problem('notAName', cell);
  const t = cell.length > NAME_MAX * 2 ? cell.slice(0, NAME_MAX * 2) : cell;
  let name = t.replace(/\s+/g, ' ').trim();
  if (name.length > NAME_MAX) return problem('tooLong', cell, { max: NAME_MAX, length: cell.trim().length });
  if (!/^[\p{L}\p{M} .,'’-]+$/u.test(name) || !/\p{L}/u.test(name)) return problem('notAName', cell);
  const parts = name.split(',');
  if (parts.length > 2) return problem('notAName', cell);
  if (parts.length === 2) name = joinName(parts[1]!, parts[0]!);
  if (!/\p{L}/u.test(name)) return problem('notAName', cell);
  const upper = name.toUpperCase();
  const lower = name.toLowerCase();
  if (upper !== lower && (name === upper || name === lower)) name = capitaliseName(name);
  return { ok: true, value: name };
}

/** First and last name as one, the way the register keeps names ('' when both are empty). */
export function joinName(first: string | null, last: string | null): string {
  return [first, last]
    .map((p) => (p ?? '').replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join(' ');
}

// ---- Text, phone, e-mail, numbers ----

/** Any cell as text, trimmed; longer than `max` is a problem (nothing is cut without asking). */
export function readText(cell: RawCell, max: number): ValueRead<string> {
  if (isBlank(cell)) return EMPTY;
  const text = cellText(cell).replace(/\r\n?/g, '\n').trim();
  if (text.length > max) return problem('tooLong', cell, { max, length: text.length });
  return { ok: true, value: text };
}

/** A Norwegian number: eight digits, without +47 or 0047 and the spaces between. */
export function readPhone(cell: RawCell): ValueRead<string> {
  if (isBlank(cell)) return EMPTY;
  if (typeof cell !== 'string' && typeof cell !== 'number') return problem('phoneInvalid', cell);
  const t = cellText(cell).trim();
  if (t.length > SHORT) return problem('phoneInvalid', cell);
  let digits = t.replace(/[\s\-.()/]/g, '');
  if (digits.startsWith('+47')) digits = digits.slice(3);
  else if (digits.startsWith('0047')) digits = digits.slice(4);
  else if (typeof cell === 'number' && digits.length === 10 && digits.startsWith('47'))
    digits = digits.slice(2);
  return /^\d{8}$/.test(digits) ? { ok: true, value: digits } : problem('phoneInvalid', cell);
}

const EMAIL_MAX = 200;

/** An e-mail address, also from "Navn <adresse>" or "mailto:"; the domain in lower case. */
export function readEmail(cell: RawCell): ValueRead<string> {
  if (isBlank(cell)) return EMPTY;
  if (typeof cell !== 'string') return problem('emailInvalid', cell);
  let t = cell.trim();
  if (t.length > EMAIL_MAX * 2) return problem('tooLong', cell, { max: EMAIL_MAX, length: t.length });
  if (t.endsWith('>') && t.includes('<')) t = t.slice(t.lastIndexOf('<') + 1, -1).trim();
  if (t.toLowerCase().startsWith('mailto:')) t = t.slice(7);
  if (t.length > EMAIL_MAX) return problem('tooLong', cell, { max: EMAIL_MAX, length: t.length });
  const at = t.indexOf('@');
  const local = t.slice(0, at);
  const domain = t.slice(at + 1).toLowerCase();
  const valid =
    at > 0 &&
    !/\s/.test(t) &&
    !domain.includes('@') &&
    domain.includes('.') &&
    !domain.startsWith('.') &&
    !domain.endsWith('.') &&
    !domain.includes('..');
  return valid ? { ok: true, value: `${local}@${domain}` } : problem('emailInvalid', cell);
}

export interface NumberLimits {
  integer?: boolean;
  min?: number;
  max?: number;
}

/** A number: a number cell, or text with a decimal comma and spaces between thousands. */
export function readNumber(cell: RawCell, limits: NumberLimits = {}): ValueRead<number | null> {
  if (isBlank(cell)) return { ok: true, value: null };
  let value: number;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return problem('notANumber', cell);
    value = cell;
  } else if (typeof cell === 'string') {
    const t = cell.trim();
    if (t.length > SHORT) return problem('notANumber', cell);
    const compact = t.replace(/\s/g, '');
    if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(compact)) return problem('notANumber', cell);
    value = Number(compact.replace(',', '.'));
  } else {
    return problem('notANumber', cell);
  }
  if (limits.integer && !Number.isInteger(value)) return problem('notAWholeNumber', cell);
  if (limits.min !== undefined && value < limits.min)
    return problem('numberTooSmall', cell, { min: limits.min });
  if (limits.max !== undefined && value > limits.max)
    return problem('numberTooLarge', cell, { max: limits.max });
  return { ok: true, value };
}

// ---- Choices ----

/** A value-mapping raw value is at most this long (ValueChoice.raw). */
const CHOICE_MAX = 500;
const choiceSeparators = new Set([',', '/', '+', ';', '&', '\n']);

/** The parts of a multi-choice cell: split on , / + ; & and the words "og" and "and". */
export function readChoiceValues(cell: RawCell): string[] {
  if (cell === null || cell === undefined) return [];
  const text = cellText(cell)
    .slice(0, CHOICE_MAX)
    .replace(/\r/g, '\n')
    .replace(/[^\S\n]+/g, ' ');
  const parts: string[] = [];
  let start = 0;
  const cut = (end: number, next: number) => {
    parts.push(text.slice(start, end).trim());
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    if (choiceSeparators.has(text[i]!)) cut(i, i + 1);
    else if (text[i] === ' ') {
      const ahead = text.slice(i, i + 5).toLowerCase();
      if (ahead.startsWith(' og ')) {
        cut(i, i + 4);
        i += 2;
      } else if (ahead === ' and ') {
        cut(i, i + 5);
        i += 3;
      }
    }
  }
  cut(text.length, text.length);
  return [...new Set(parts.filter((p) => p !== ''))];
}
