import { archiveWords } from './archiveWords';
import type { CaseEvent } from './caseEvents';

/**
 * The case's events as the archive takes tables (DOMAIN.md 9): RFC 4180, so a comma between
 * fields, CRLF after every record, a field quoted when it holds a comma, a quote or a line break
 * (a quote doubled inside), UTF-8 with a byte order mark so Excel shows æøå. Not the `;` CSV the
 * register's exports make for Norwegian Excel: the archive's validator reads the standard.
 */

const BOM = '\uFEFF';

/**
 * A text a spreadsheet would take for a formula (CSV injection) gets an apostrophe in front, as
 * the register export does (registerExport/writeExport.ts). Here every such cell does, a
 * leading minus too: the events hold text, never a number a reader would need as one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field. */
export function rfc4180Field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `2026-12-06T13:05:00.000Z` as the PC's local `2026-12-06 14:05`; '' stays ''. */
export function localDateTime(iso: string): string {
  if (iso === '') return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ` +
    `${two(at.getHours())}:${two(at.getMinutes())}`
  );
}

const header = archiveWords.csv.header;
const COLUMNS = ['date', 'event', 'right', 'detail', 'recordedBy', 'recordedAt'] as const;

export function eventsCsv(events: readonly CaseEvent[]): string {
  const lines = [COLUMNS.map((k) => header[k])];
  for (const e of events)
    lines.push([e.date, e.event, e.right, e.detail, e.recordedBy, localDateTime(e.recordedAt)]);
  return (
    BOM + lines.map((cells) => cells.map((v) => rfc4180Field(safeCell(v))).join(',')).join('\r\n') + '\r\n'
  );
}
