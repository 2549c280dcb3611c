import type ExcelJS from 'exceljs';

import { isoDate } from '@shared/api/fields';

import type { ColumnDef } from './exportColumns';

/**
 * One cell of a loaded export read as its column's value type says. A cell is taken only as a
 * plain value: a formula is never evaluated and an error value is never guessed at, so either is
 * the wrong type, whatever Excel would show.
 */

export const EMPTY = Symbol('empty');
type Plain = string | number | boolean | Date | typeof EMPTY;

/** A cell as a plain value; null when it is of a kind never taken (a formula, an error). */
export function plain(value: ExcelJS.CellValue): Plain | null {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return plain(value.richText.map((t) => t.text).join(''));
  if ('hyperlink' in value) {
    const t: unknown = value.text;
    if (typeof t === 'string') return plain(t);
    if (t && typeof t === 'object' && 'richText' in t) return plain(t as ExcelJS.CellRichTextValue);
    return null;
  }
  return null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const INTEGER = /^-?\d{1,15}$/;

type CellResult = { ok: true; value: unknown } | { ok: false; problem: 'wrongType' | 'empty' | 'notAllowed' };

/** One cell read as its column says, or why not. Empty is null, or '' / [] where never null. */
export function readCell(
  raw: ExcelJS.CellValue,
  column: Pick<ColumnDef, 'type' | 'nullable' | 'required' | 'values'>,
): CellResult {
  const value = plain(raw);
  if (value === null) return { ok: false, problem: 'wrongType' };
  if (value === EMPTY) {
    if (column.required) return { ok: false, problem: 'empty' };
    if (column.nullable) return { ok: true, value: null };
    if (column.type === 'text') return { ok: true, value: '' };
    if (column.type === 'list') return { ok: true, value: [] };
    return { ok: false, problem: 'empty' };
  }
  const allowed = (v: string) => !column.values || column.values.includes(v);
  switch (column.type) {
    case 'text': {
      if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: String(value) };
      if (typeof value !== 'string') return { ok: false, problem: 'wrongType' };
      return allowed(value) ? { ok: true, value } : { ok: false, problem: 'notAllowed' };
    }
    case 'number': {
      const n = typeof value === 'string' && INTEGER.test(value.trim()) ? Number(value) : value;
      return typeof n === 'number' && Number.isSafeInteger(n)
        ? { ok: true, value: n }
        : { ok: false, problem: 'wrongType' };
    }
    case 'date': {
      const iso =
        value instanceof Date
          ? Number.isNaN(value.getTime())
            ? ''
            : value.toISOString().slice(0, 10)
          : typeof value === 'string'
            ? value.trim()
            : '';
      return isoDate.safeParse(iso).success ? { ok: true, value: iso } : { ok: false, problem: 'wrongType' };
    }
    case 'timestamp': {
      const iso = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
      return ISO_INSTANT.test(iso) && !Number.isNaN(Date.parse(iso))
        ? { ok: true, value: iso }
        : { ok: false, problem: 'wrongType' };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, problem: 'wrongType' };
    case 'json': {
      if (typeof value !== 'string') return { ok: false, problem: 'wrongType' };
      try {
        return { ok: true, value: JSON.parse(value) as unknown };
      } catch {
        return { ok: false, problem: 'wrongType' };
      }
    }
    case 'list': {
      if (typeof value !== 'string') return { ok: false, problem: 'wrongType' };
      const list = value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      return list.every(allowed) ? { ok: true, value: list } : { ok: false, problem: 'notAllowed' };
    }
  }
}
