import type { z } from 'zod';

import type { importSpec, RawCell, RowMessage } from '@shared/api/imports';
import { importFields, type ImportField } from '@shared/domain/importFields';
import { suggestPoolMatch } from '@shared/domain/importSuggestions';
import { foldText } from '@shared/domain/importValues';

import { CoreError } from '../errors';
import { isBlankRow } from './importFiles';
import type { RawSheet } from './readFile';

export type ParsedSpec = z.output<typeof importSpec>;

/** The same text however it was typed: trimmed, spaces collapsed, lower case, NFC. */
export const normalRaw = (raw: string): string =>
  raw.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** One data row of the sheet: its number as Excel shows it, and its cells. */
export interface SheetRow {
  row: number;
  cells: readonly RawCell[];
}

/** The rows under the header that hold anything. */
export function dataRows(sheet: RawSheet, headerRow: number): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let i = headerRow; i < sheet.rows.length; i++)
    if (!isBlankRow(sheet.rows[i])) rows.push({ row: i + 1, cells: sheet.rows[i]! });
  return rows;
}

/**
 * The user's choices read once: which columns each field takes (a field from the chosen target
 * only, each once, except training dates, one per course) and the value each raw text becomes.
 * Names and texts from the file are only ever map keys and values, never object keys.
 */
export class Choices {
  readonly columns = new Map<ImportField, number[]>();
  /** For each training date column, the course it records. */
  readonly courseOf = new Map<number, number>();
  private readonly values = new Map<string, Map<string, string>>();

  constructor(spec: ParsedSpec) {
    const problems: Record<string, string> = {};
    spec.columns.forEach((c, i) => {
      if (c.field === 'ignore') return;
      const info = (importFields as Record<string, { target: string } | undefined>)[c.field];
      if (!Object.prototype.hasOwnProperty.call(importFields, c.field) || info?.target !== spec.target) {
        problems[`columns.${i}.field`] = 'importRows.problem.fieldUnknown';
        return;
      }
      const field = c.field as ImportField;
      const list = this.columns.get(field) ?? [];
      if (list.length && field !== 'training.date')
        problems[`columns.${i}.field`] = 'importRows.problem.fieldTwice';
      list.push(c.column);
      this.columns.set(field, list);
      if (c.courseId !== undefined) this.courseOf.set(c.column, c.courseId);
    });
    if (Object.keys(problems).length) throw new CoreError('VALIDATION', problems);
    for (const v of spec.values) {
      const map = this.values.get(v.field) ?? new Map<string, string>();
      map.set(normalRaw(v.raw), v.to);
      this.values.set(v.field, map);
    }
  }

  has(field: ImportField): boolean {
    return this.columns.has(field);
  }

  cell(row: SheetRow, field: ImportField): RawCell {
    const column = this.columns.get(field)?.[0];
    return column === undefined ? null : (row.cells[column] ?? null);
  }

  private readonly pools = new Map<
    string,
    { prefix: string; names: { id: number; name: string }[]; seen: Map<string, string | undefined> }
  >();

  /** The register's names a pool field matches against (coordinators, service units, courses). */
  setPool(field: ImportField, prefix: string, names: { id: number; name: string }[]): void {
    this.pools.set(field, { prefix, names, seen: new Map() });
  }

  /** The pool entry a raw name matches by itself (`unit:3`), once per distinct text. */
  suggestedPool(field: ImportField, raw: string): string | undefined {
    const pool = this.pools.get(field);
    if (!pool) return undefined;
    const key = normalRaw(raw);
    if (!pool.seen.has(key)) {
      const id = suggestPoolMatch(raw, pool.names);
      pool.seen.set(key, id === null ? undefined : `${pool.prefix}:${id}`);
    }
    return pool.seen.get(key);
  }

  /** The register's name of a pool entry (for the preview). */
  poolName(field: ImportField, id: number): string | undefined {
    return this.pools.get(field)?.names.find((n) => n.id === id)?.name;
  }

  /** What the user chose for a raw value of a field; undefined when they did not choose. */
  chosen(field: ImportField, raw: string): string | undefined {
    return this.values.get(field)?.get(normalRaw(raw));
  }
}

/** Collects a row's problems (the row is not imported) and notes (imported, something left out). */
export class RowLog {
  readonly problems: RowMessage[] = [];
  readonly notes: RowMessage[] = [];

  problem(field: string | null, key: string, values?: RowMessage['values']): void {
    this.problems.push(values ? { field, key, values } : { field, key });
  }

  note(field: string | null, key: string, values?: RowMessage['values']): void {
    this.notes.push(values ? { field, key, values } : { field, key });
  }

  /** A refusal from core's own checks, field by field, as problems or as notes. */
  fromError(error: unknown, as: 'problem' | 'note', prefix = ''): void {
    if (!(error instanceof CoreError)) throw error;
    const add = as === 'problem' ? this.problems : this.notes;
    const fields = Object.entries(error.fields ?? {});
    if (!fields.length)
      add.push({ field: null, key: 'importRows.problem.refused', values: { message: error.message } });
    for (const [field, key] of fields) add.push({ field: `${prefix}${field}`, key });
  }
}

/**
 * The course a column's header names ("Grunnkurs", "Grunnopplæring dato"): the course of that
 * name, else the one course whose words begin as the header's do (five letters: "grunn").
 */
export function courseForHeader(header: string, courses: { id: number; name: string }[]): number | null {
  const exact = suggestPoolMatch(header, courses);
  if (exact !== null) return exact;
  const stems = (text: string) =>
    foldText(text)
      .split(' ')
      .filter((w) => w.length >= 5)
      .map((w) => w.slice(0, 5));
  const wanted = new Set(stems(header));
  const scored = courses
    .map((c) => ({ id: c.id, score: stems(c.name).filter((w) => wanted.has(w)).length }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
  if (!scored.length || (scored[1] && scored[1].score === scored[0]!.score)) return null;
  return scored[0]!.id;
}
