/**
 * Reading the values of a KE's Excel register like a patient colleague would (DESIGN.md 12):
 * dates typed every way offices type them, fødselsnumre that lost their leading zero, names in
 * capitals or "Etternavn, Fornavn", and the register's own words ("innv.", "K + IP") suggested
 * as the register's values. Pure functions of one cell; what a row means is core's business.
 *
 * Cells can hold anything a workbook holds (up to 32 767 characters): text is capped before any
 * pattern runs, and every pattern is anchored with no nested or overlapping repetition.
 */

import type { RawCell } from '../api/imports';
import { EARLIEST_DATE, LATEST_DATE } from '../api/fields';
import { rights, type CaseChannel, type DecisionOutcome, type Right } from './case';
import { daysInMonth } from './dates';
import type { PlanStatus } from './plan';

export type ValueProblem = { ok: false; key: string; values?: Record<string, string | number> };
/**
 * A value read, or why it could not be (importRows.problem.*). An empty cell, or one holding only
 * a dash, reads as '' (null for a number): whether a value is required is the caller's business.
 */
export type ValueRead<T> = { ok: true; value: T } | ValueProblem;

/** The plan statuses a register can state; "til evaluering" is derived from the dates. */
export const importPlanStatuses = [
  'notWanted',
  'notStarted',
  'inProgress',
  'active',
  'closed',
] as const satisfies readonly PlanStatus[];
export type ImportPlanStatus = (typeof importPlanStatuses)[number];

const EMPTY: { ok: true; value: '' } = { ok: true, value: '' };
/** Longer than this, a cell is no date, number, phone or national ID: it is not even looked at. */
const SHORT = 40;
/** Raw text shown in a problem is cut here. */
const SHOWN = 60;

function problem(name: string, cell: RawCell, values: Record<string, string | number> = {}): ValueProblem {
  let raw = cellText(cell).trim();
  if (raw.length > SHOWN) raw = `${raw.slice(0, SHOWN)}…`;
  return { ok: false, key: `importRows.problem.${name}`, values: { raw, ...values } };
}

function isDateCell(cell: unknown): cell is { date: string } {
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

const noneMarks = new Set(['', '-', '--', '–', '—']);

/** Empty, or only a dash: registers write "-" for "none". */
function isBlank(cell: RawCell): boolean {
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

// ---- Dates ----

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

/** Folded words of a short value, without the words in `skip` and bare numbers; null if too long. */
function words(raw: string, skip: ReadonlySet<string> = new Set()): string[] | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  return foldText(raw)
    .split(' ')
    .filter((w) => w !== '' && !skip.has(w) && !/^\d+$/.test(w));
}

/** Phrases separated by |, written as people write them, folded into a lookup. */
function phrases<T>(table: [T, string][]): Map<string, T> {
  return new Map(
    table.flatMap(([value, list]) => list.split('|').map((p): [string, T] => [foldText(p), value])),
  );
}

/** Words that say nothing about the value ("søkt om IP", "vedtak: innvilget"), folded. */
const fillers = (list: string): ReadonlySet<string> => new Set(list.split('|'));

function lookup<T>(table: Map<string, T>, raw: string, skip?: ReadonlySet<string>): T | null {
  const w = words(raw, skip);
  return w === null || w.length === 0 ? null : (table.get(w.join(' ')) ?? null);
}

const rightWords = phrases<readonly Right[]>([
  [['koordinator'], 'k|koordinator|koord|koordinator voksen'],
  [['barnekoordinator'], 'bk|barnekoordinator|barnekoord|barne koordinator'],
  [['individuellPlan'], 'ip|i p|individuell plan|indiv plan|ind plan|individuellplan|plan'],
  [['individuellPlan', 'koordinator'], 'begge|begge to'],
  [rights, 'alle|alle tre'],
]);
const rightFillers = fillers('og|and|samt|pluss|med|rett|retten|til|pa|om|sokt|soknad');

/** The rights a cell names: "K", "BK", "IP", "K + IP", "ip/k", "begge", "Individuell plan", … */
export function suggestRights(raw: string): Right[] | null {
  const w = words(raw);
  if (w === null) return null;
  const found = new Set<Right>();
  for (let i = 0; i < w.length;) {
    const two = i + 1 < w.length ? rightWords.get(`${w[i]} ${w[i + 1]}`) : undefined;
    const one = two ?? rightWords.get(w[i]!);
    if (one) one.forEach((r) => found.add(r));
    else if (!rightFillers.has(w[i]!)) return null;
    i += two ? 2 : 1;
  }
  return found.size === 0 ? null : rights.filter((r) => found.has(r));
}

const checkMarks = new Set(['✓', '✔', '☑', '√', '✅']);
const outcomeWords = phrases<DecisionOutcome>([
  [
    'granted',
    'innvilget|innvilga|innv|innvilg|ja|j|x|ok|godkjent|godkjend|tildelt|fullt innvilget|innvilget helt|' +
      'heilt innvilga',
  ],
  [
    'partlyGranted',
    'delvis innvilget|delvis innvilga|delvis innv|delvis|delvis avslag|delvis avslått|innvilget delvis|' +
      'delvis godkjent',
  ],
  [
    'refused',
    'avslag|avslått|avslaatt|avslo|nei|n|ikke innvilget|ikkje innvilga|ikkje innvilget|ikke godkjent|' +
      'ikkje godkjent',
  ],
  ['withdrawn', 'trukket|trukke|trekt|trukket tilbake|trekt tilbake|tilbaketrukket|trukket av søker'],
  [
    'dismissed',
    'avvist|avvist formelt|ikke realitetsbehandlet|ikkje realitetsbehandla|ikkje realitetsbehandlet|' +
      'ikke behandlet|ikkje behandla',
  ],
]);
const outcomeFillers = fillers('vedtak|soknad|soknaden|er|ble|vart|blei|saken|saka');

/** A decision's outcome from "Innvilget", "innv.", "Ja", "x", "Avslag", "Delvis innvilget", … */
export function suggestOutcome(raw: string): DecisionOutcome | null {
  if (typeof raw === 'string' && checkMarks.has(raw.trim())) return 'granted';
  return lookup(outcomeWords, raw, outcomeFillers);
}

const channelWords = phrases<CaseChannel>([
  [
    'electronicForm',
    'elektronisk skjema|elektronisk|digitalt|digital|e-skjema|eskjema|nettskjema|digitalt skjema|' +
      'elektronisk søknad|digital søknad|web|internett|altinn',
  ],
  ['paper', 'papir|papirskjema|papirsøknad|brev|post|skriftlig|skriftleg|papir brev|brev post'],
  ['oral', 'muntlig|munnleg|muntleg|telefon|tlf|møte|samtale|personlig oppmøte|oppmøte'],
  [
    'serviceReport',
    'melding fra tjeneste|melding frå teneste|melding fra tjenesten|melding frå tenesta|melding|' +
      'fra tjeneste|frå teneste|fra tjenesten|frå tenesta|tjeneste|teneste|henvisning|tilvising|henvist|' +
      'meldt fra tjeneste',
  ],
  [
    'ownInitiative',
    'egen|eget|eige|eigen|eget initiativ|egeninitiativ|eige initiativ|ke|koordinerende enhet|' +
      'koordinerande eining|intern|internt',
  ],
]);
const channelFillers = fillers('via|pa|som|per|pr|mottatt|motteke');

/** How the case came in: "Elektronisk skjema", "Digitalt", "Papir", "Brev", "Muntlig", "Egen", … */
export function suggestChannel(raw: string): CaseChannel | null {
  return lookup(channelWords, raw, channelFillers);
}

const planStatusWords = phrases<ImportPlanStatus>([
  [
    'notWanted',
    'ikke ønsket|ikkje ønskt|ikkje ønska|ikke ønskt|ønskes ikke|ønsker ikke|ønskjer ikkje|ikke aktuelt|' +
      'ikkje aktuelt|takket nei|takka nei|nei',
  ],
  [
    'notStarted',
    'ikke startet|ikkje starta|ikkje starta opp|ikke startet opp|ikke påbegynt|ikkje påbyrja|' +
      'ikke oppstartet|ikke begynt|venter|ventar|ikke opprettet|ikkje oppretta',
  ],
  [
    'inProgress',
    'under arbeid|utarbeides|utarbeidast|under utarbeiding|under utarbeidelse|påbegynt|påbyrja|startet|' +
      'starta|i gang|igang|pågår|utkast|under oppretting',
  ],
  ['active', 'aktiv|i bruk|løpende|løpande|etablert|opprettet|oppretta|ja'],
  ['closed', 'avsluttet|avslutta|lukket|lukka|avslutt|inaktiv|ikke aktiv|ikkje aktiv|ferdig avsluttet'],
]);
const planFillers = fillers('plan|ip|individuell|er|status');

/** An individual plan's status from "Ikke ønsket", "Under arbeid", "Aktiv", "Avslutta", … */
export function suggestPlanStatus(raw: string): ImportPlanStatus | null {
  return lookup(planStatusWords, raw, planFillers);
}

const yesNoWords = phrases<boolean>([
  [true, 'ja|j|x|1|yes|y|true|sann|ok'],
  [false, 'nei|n|0|no|false|usann'],
]);

/** Yes or no from "Ja", "J", "x", "✓", "1", "Nei", "N", "0", "-". */
export function suggestYesNo(raw: string): boolean | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  const t = raw.trim();
  if (checkMarks.has(t)) return true;
  if (t !== '' && noneMarks.has(t)) return false;
  return yesNoWords.get(foldText(t)) ?? null;
}

/** "Hansen, Kari" as "Kari Hansen", folded. */
function nameKey(raw: string): string {
  const parts = raw.split(',');
  return foldText(parts.length === 2 ? `${parts[1]} ${parts[0]}` : raw);
}

/**
 * The one entry of a list (coordinators, service units, courses) a cell names, ignoring case,
 * accents, spaces and hyphens, and "Etternavn, Fornavn" order; null when none or several fit.
 */
export function suggestPoolMatch(raw: string, names: { id: number; name: string }[]): number | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  const key = nameKey(raw);
  if (key === '') return null;
  const tiers = [(k: string) => k.replace(/ /g, ''), (k: string) => k.split(' ').sort().join(' ')];
  for (const tier of tiers) {
    const wanted = tier(key);
    const ids = new Set(names.filter((n) => tier(nameKey(n.name)) === wanted).map((n) => n.id));
    if (ids.size === 1) return [...ids][0]!;
    if (ids.size > 1) return null;
  }
  return null;
}
