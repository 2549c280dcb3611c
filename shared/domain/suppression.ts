/**
 * Small-number suppression for the leadership report (DOMAIN.md section 7). Pure: a table of
 * counts and a threshold in, the values to show or hide out.
 *
 * Primary: a count from 1 to threshold - 1 is hidden (0 is shown: nobody is pointed at).
 * Secondary: a table's totals make equations (a row's cells add up to the row total, the row
 * totals to the grand total, ...). No hidden value may be computable from what is shown, so while
 * an equation has exactly one hidden member, or the equations together pin down a hidden value,
 * one more value is hidden: the smallest positive cell shown, else a zero cell, else the total.
 * Nested counts: where one shown count is a subset of another (of those holding cases, those with
 * valid training), their difference is a count too; a small difference hides the subset (the
 * report declares its nested pairs, electron/core/reports/nestedFigures.ts), and a table then hides
 * what would give that subset back (`suppressGrid`'s `alsoHide`).
 */

import type { HiddenReason, ReportValue } from '../api/reports';

/** Which totals a table shows: per row, per column, both (with a grand total), or none. */
export type Totals = 'both' | 'rows' | 'columns' | 'none';

/** A place in a table: a cell, a row's total, a column's total, or the grand total. */
export interface GridPosition {
  row: number | 'total';
  column: number | 'total';
}

export interface SuppressedGrid {
  cells: ReportValue[][];
  rowTotals: ReportValue[] | null;
  columnTotals: ReportValue[] | null;
  total: ReportValue | null;
}

export const shownValue = (value: number): ReportValue => ({ value, suppressed: false });
export const hiddenValue = (reason: HiddenReason): ReportValue => ({ value: null, suppressed: true, reason });

/** How a value reads in a table, on paper and in the exports; `hiddenWord` is "skjult" in the language. */
export function valueText(
  v: ReportValue,
  threshold: number,
  hiddenWord: string,
  format: (n: number) => string,
): string {
  if (!v.suppressed) return format(v.value);
  return v.reason === 'small' ? `<${threshold}` : v.reason === 'hidden' ? hiddenWord : '–';
}

/** A count that would point at fewer people than the threshold allows. */
export function isSmall(count: number, threshold: number): boolean {
  return count >= 1 && count < threshold;
}

/** One count on its own (no totals): hidden when small. */
export function suppressCount(count: number, threshold: number): ReportValue {
  return isSmall(count, threshold) ? hiddenValue('small') : shownValue(count);
}

/**
 * A median, percentile or share computed from `basis` events: hidden when the basis is below the
 * threshold (a basis of 0 has no value), or when a count it is computed from is itself hidden
 * (the share and its basis would give that count back).
 */
export function suppressByBasis(
  value: number | null,
  basis: number,
  threshold: number,
  fromHidden = false,
): ReportValue {
  if (value === null || basis === 0) return hiddenValue('none');
  if (basis < threshold || fromHidden) return hiddenValue('hidden');
  return shownValue(value);
}

interface Member {
  value: number;
  hidden: boolean;
}

/** parts add up to total (indices into the members). */
interface Equation {
  parts: number[];
  total: number;
}

interface Layout {
  members: Member[];
  equations: Equation[];
  cell: (r: number, c: number) => number;
  rowTotal: number[] | null;
  columnTotal: number[] | null;
  grand: number | null;
}

function layout(counts: readonly (readonly number[])[], totals: Totals): Layout {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const members: Member[] = counts.flat().map((value) => ({ value, hidden: false }));
  const cell = (r: number, c: number) => r * columns + c;
  const add = (value: number) => members.push({ value, hidden: false }) - 1;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const equations: Equation[] = [];
  const byRows = totals === 'both' || totals === 'rows';
  const byColumns = totals === 'both' || totals === 'columns';

  const rowTotal = byRows ? counts.map((row) => add(sum([...row]))) : null;
  const columnTotal = byColumns
    ? Array.from({ length: columns }, (_, c) => add(sum(counts.map((row) => row[c]!))))
    : null;
  const grand = totals === 'both' ? add(sum(counts.flat())) : null;

  if (rowTotal)
    rowTotal.forEach((t, r) =>
      equations.push({ parts: Array.from({ length: columns }, (_, c) => cell(r, c)), total: t }),
    );
  if (columnTotal)
    columnTotal.forEach((t, c) =>
      equations.push({ parts: Array.from({ length: rows }, (_, r) => cell(r, c)), total: t }),
    );
  if (grand !== null) {
    equations.push({ parts: rowTotal!, total: grand });
    equations.push({ parts: columnTotal!, total: grand });
  }
  return { members, equations, cell, rowTotal, columnTotal, grand };
}

/**
 * The member to hide next among these candidates: the smallest positive one shown, else a zero
 * that is not known anyway, else none. Counts are never negative, so a zero in a line whose shown
 * total is 0 is known to be 0 even when hidden: it protects nothing, and the caller hides a total.
 */
function pickPart(
  members: readonly Member[],
  candidates: readonly number[],
  equations: readonly Equation[],
): number | null {
  const shown = candidates.filter((i) => !members[i]!.hidden);
  const positive = shown
    .filter((i) => members[i]!.value > 0)
    .sort((a, b) => members[a]!.value - members[b]!.value || a - b);
  const knownZero = (i: number) =>
    equations.some((e) => e.parts.includes(i) && !members[e.total]!.hidden && members[e.total]!.value === 0);
  return positive[0] ?? shown.find((i) => members[i]!.value === 0 && !knownZero(i)) ?? null;
}

const membersOf = (e: Equation) => [...e.parts, e.total];

/** The rule of thumb: an equation with exactly one hidden member gives it away. */
function fixSingleHidden(members: Member[], equations: readonly Equation[]): boolean {
  for (const e of equations) {
    if (membersOf(e).filter((i) => members[i]!.hidden).length !== 1) continue;
    const next = pickPart(members, e.parts, equations) ?? (members[e.total]!.hidden ? null : e.total);
    if (next === null) continue;
    members[next]!.hidden = true;
    return true;
  }
  return false;
}

const EPSILON = 1e-9;

/**
 * The first hidden member that the equations together determine (each equation alone may leave
 * two unknowns, and still a combination of them isolate one). Linear algebra on the hidden
 * members: a member is determined when it is a pivot of the reduced system and its row has
 * nothing in the free columns, so every solution agrees on it.
 */
function firstDetermined(members: readonly Member[], equations: readonly Equation[]): number | null {
  const unknowns = members.flatMap((m, i) => (m.hidden ? [i] : []));
  const column = new Map(unknowns.map((m, j) => [m, j]));
  const matrix = equations
    .map((e) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const p of e.parts) if (column.has(p)) row[column.get(p)!]! += 1;
      if (column.has(e.total)) row[column.get(e.total)!]! -= 1;
      return row;
    })
    .filter((row) => row.some((x) => x !== 0));
  const pivots: { row: number; col: number }[] = [];
  let r = 0;
  for (let c = 0; c < unknowns.length && r < matrix.length; c++) {
    const p = matrix.findIndex((row, i) => i >= r && Math.abs(row[c]!) > EPSILON);
    if (p < 0) continue;
    [matrix[r], matrix[p]] = [matrix[p]!, matrix[r]!];
    const lead = matrix[r]![c]!;
    matrix[r] = matrix[r]!.map((x) => x / lead);
    for (let i = 0; i < matrix.length; i++) {
      if (i === r || Math.abs(matrix[i]![c]!) < EPSILON) continue;
      const f = matrix[i]![c]!;
      matrix[i] = matrix[i]!.map((x, k) => x - f * matrix[r]![k]!);
    }
    pivots.push({ row: r, col: c });
    r++;
  }
  const pivotCols = new Set(pivots.map((p) => p.col));
  for (const { row, col } of pivots) {
    const free = matrix[row]!.some((x, k) => !pivotCols.has(k) && Math.abs(x) > EPSILON);
    if (!free) return unknowns[col]!;
  }
  return null;
}

/**
 * Hides a neighbour of a member the equations determine (in an equation with it), or failing
 * that any value shown in an equation; false when nothing is left to hide.
 */
function fixDetermined(members: Member[], equations: readonly Equation[]): boolean {
  const determined = firstDetermined(members, equations);
  if (determined === null) return false;
  const around = equations.filter((e) => membersOf(e).includes(determined));
  const firstShownTotal = (list: readonly Equation[]) =>
    list.map((e) => e.total).find((t) => !members[t]!.hidden) ?? null;
  const next =
    pickPart(
      members,
      around.flatMap((e) => e.parts),
      equations,
    ) ??
    firstShownTotal(around) ??
    pickPart(
      members,
      equations.flatMap((e) => e.parts),
      equations,
    ) ??
    firstShownTotal(equations);
  if (next === null) return false;
  members[next]!.hidden = true;
  return true;
}

/**
 * Primary and secondary suppression of a table of counts with the totals it shows. `alsoHide`:
 * values hidden for a reason outside the table (a small difference to another count); what would
 * give them back is hidden too, as for a small count.
 */
export function suppressGrid(
  counts: readonly (readonly number[])[],
  totals: Totals,
  threshold: number,
  alsoHide: readonly GridPosition[] = [],
): SuppressedGrid {
  const { members, equations, cell, rowTotal, columnTotal, grand } = layout(counts, totals);
  for (const m of members) m.hidden = isSmall(m.value, threshold);
  const inside = (i: number | 'total', length: number) => i === 'total' || (i >= 0 && i < length);
  for (const { row, column } of alsoHide) {
    const at =
      !inside(row, counts.length) || !inside(column, counts[0]?.length ?? 0)
        ? undefined
        : row === 'total'
          ? column === 'total'
            ? grand
            : columnTotal?.[column]
          : column === 'total'
            ? rowTotal?.[row]
            : cell(row, column);
    if (at === null || at === undefined) throw new Error(`No such place in the table: ${row}, ${column}`);
    members[at]!.hidden = true;
  }
  // Each pass hides one more value, so this ends (at worst with everything hidden).
  let changed = true;
  while (changed) changed = fixSingleHidden(members, equations) || fixDetermined(members, equations);
  const value = (i: number) =>
    members[i]!.hidden
      ? hiddenValue(isSmall(members[i]!.value, threshold) ? 'small' : 'hidden')
      : shownValue(members[i]!.value);
  return {
    cells: counts.map((row, r) => row.map((_, c) => value(cell(r, c)))),
    rowTotals: rowTotal ? rowTotal.map(value) : null,
    columnTotals: columnTotal ? columnTotal.map(value) : null,
    total: grand === null ? null : value(grand),
  };
}
