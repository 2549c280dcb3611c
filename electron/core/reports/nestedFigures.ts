import type { ReportTable, ReportTableKey, ReportValue } from '@shared/api/reports';
import { rights } from '@shared/domain/case';
import { planStatuses } from '@shared/domain/plan';
import { isSmall, type GridPosition } from '@shared/domain/suppression';

import { planColumns, activeCaseRows } from './stockCounts';

/**
 * Counts of the report that measure the same people, one inside the other (DOMAIN.md section 7).
 * "26 coordinators holding cases, 22 of them with valid training" tells that 4 have none, share
 * hidden or not: a difference from 1 to threshold - 1 is a small count worked out by subtraction.
 * So each figure that counts a subset of another says so here, under its own table; the report
 * hides the subset where the difference is small, and each table then hides what would give the
 * subset back (leadershipReport.ts). A figure with nothing here nests in no other.
 */

/** A figure of the report: a cell, or with `total` a row's total, a column's total or the grand total. */
export interface FigureRef {
  table: ReportTableKey;
  row: string;
  column: string;
}
export const TOTAL = 'total';

export interface NestedPair {
  superset: FigureRef;
  /** Counts some of the superset's people and no others. */
  subset: FigureRef;
  /** A figure that shows superset minus subset, when the report has one. */
  difference?: FigureRef;
}

const fig = (table: ReportTableKey, row: string, column: string): FigureRef => ({ table, row, column });

const activeCoordinators = fig('coordinators', 'active', 'coordinators');
const holdingCases = fig('coordinators', 'holdingCases', 'coordinators');
const activeTrained = fig('coordinators', 'active', 'validTraining');
const holdingTrained = fig('coordinators', 'holdingCases', 'validTraining');

/** Per table, what its figures nest in. Tables whose cells are separate groups have none. */
export const NESTED_FIGURES: Record<ReportTableKey, readonly NestedPair[]> = {
  // Rights by channel, by outcome, by the appeal's stage: each cell its own events; the totals are
  // sums, which suppressGrid protects.
  applications: [],
  outcomes: [],
  // The first decision on each right in the period is one of the period's decisions on it.
  processingTime: rights.map((right) => ({
    superset: fig('outcomes', right, TOTAL),
    subset: fig('processingTime', right, 'decisions'),
  })),
  interimReplies: [],
  appeals: [],
  // Open cases, and of them those with each right granted, and those without a coordinator.
  activeCases: activeCaseRows
    .filter((row) => row !== 'open')
    .map((row) => ({
      superset: fig('activeCases', 'open', 'cases'),
      subset: fig('activeCases', row, 'cases'),
    })),
  // Active coordinators ⊇ those holding cases; each ⊇ those of them with valid training. The
  // caseload spread shows the active ones without cases: active minus holding.
  coordinators: [
    {
      superset: activeCoordinators,
      subset: holdingCases,
      difference: fig('caseloadSpread', 'coordinators', 'none'),
    },
    { superset: activeCoordinators, subset: activeTrained },
    { superset: holdingCases, subset: holdingTrained },
    { superset: activeTrained, subset: holdingTrained },
  ],
  // One row of caseload bands adding up to the active coordinators (the row total).
  caseloadSpread: [],
  // Changes by reason: separate events.
  changes: [],
  // Plans of each status ⊇ those of them with a revision or an evaluation overdue, and so for the
  // column totals. (A plan may be overdue on both: the two overdue columns do not nest.)
  plans: [...planStatuses, TOTAL].flatMap((row) =>
    planColumns
      .filter((column) => column !== 'plans')
      .map((column) => ({ superset: fig('plans', row, 'plans'), subset: fig('plans', row, column) })),
  ),
  // Children turning 18 soon are open cases with a barnekoordinator (and no transition yet).
  ageTransitions: [
    {
      superset: fig('activeCases', 'barnekoordinator', 'cases'),
      subset: fig('ageTransitions', 'turning18', 'cases'),
    },
  ],
};

/**
 * Two nestings of the same people crossed, with the people in both shown too: then whole − first −
 * second + both counts those in neither (of 40 active coordinators 30 hold cases and 30 are trained,
 * 22 both: 2 are untrained and hold none). A small count that way hides `both`.
 */
export interface Crossing {
  whole: FigureRef;
  first: FigureRef;
  second: FigureRef;
  both: FigureRef;
}

export const CROSSED_FIGURES: readonly Crossing[] = [
  { whole: activeCoordinators, first: holdingCases, second: activeTrained, both: holdingTrained },
];

export const figureId = (f: FigureRef) => `${f.table}/${f.row}/${f.column}`;

/**
 * Every declared pair, and the ones they imply: open ⊇ barnekoordinator ⊇ turning 18 makes open ⊇
 * turning 18 a pair too, since hiding the middle figure leaves the outer two to subtract.
 */
export function nestedPairs(
  declared: readonly NestedPair[] = Object.values(NESTED_FIGURES).flat(),
): NestedPair[] {
  const pairs = [...declared];
  const has = (a: FigureRef, b: FigureRef) =>
    pairs.some((p) => figureId(p.superset) === figureId(a) && figureId(p.subset) === figureId(b));
  for (let added = true; added;) {
    added = false;
    for (const outer of [...pairs])
      for (const inner of [...pairs])
        if (figureId(outer.subset) === figureId(inner.superset) && !has(outer.superset, inner.subset)) {
          pairs.push({ superset: outer.superset, subset: inner.subset });
          added = true;
        }
  }
  return pairs;
}

const ALL_PAIRS = nestedPairs();

/** A table's keys: the report's own, or the counts it is made from. */
interface TableKeys {
  key: ReportTableKey;
  rows: readonly string[];
  columns: readonly string[];
}

/** Where a figure sits in its table, as suppressGrid counts places. */
export function gridPosition(table: Omit<TableKeys, 'key'>, f: FigureRef): GridPosition {
  const row = f.row === TOTAL ? TOTAL : table.rows.indexOf(f.row);
  const column = f.column === TOTAL ? TOTAL : table.columns.indexOf(f.column);
  if (row === -1 || column === -1) throw new Error(`The report has no figure ${figureId(f)}`);
  return { row, column };
}

/** The value a figure has in the report as built. */
export function figureValue(tables: readonly ReportTable[], f: FigureRef): ReportValue {
  const table = tables.find((t) => t.key === f.table);
  if (!table) throw new Error(`The report has no table ${f.table}`);
  const { row, column } = gridPosition(table, f);
  const value =
    row === TOTAL
      ? column === TOTAL
        ? table.total
        : table.columnTotals?.[column]
      : column === TOTAL
        ? table.rowTotals?.[row]
        : table.cells[row]?.[column];
  if (!value) throw new Error(`The report has no figure ${figureId(f)}`);
  return value;
}

/** The places of the figures to hide that lie in this table. */
export function positionsIn(table: TableKeys, hide: ReadonlySet<string>): GridPosition[] {
  const prefix = `${table.key}/`;
  return [...hide]
    .filter((id) => id.startsWith(prefix))
    .map((id) => {
      const [row, column] = id.slice(prefix.length).split('/') as [string, string];
      return gridPosition(table, { table: table.key, row, column });
    });
}

/**
 * The next figure the report must hide, or null: a subset whose shown superset is only 1 to
 * threshold - 1 larger, or one of three figures (superset, subset, their difference) where the
 * other two are shown and would give it back, or the people in both of a crossing whose people
 * in neither are few.
 */
export function nextToHide(
  tables: readonly ReportTable[],
  threshold: number,
  pairs: readonly NestedPair[] = ALL_PAIRS,
  crossings: readonly Crossing[] = CROSSED_FIGURES,
): FigureRef | null {
  for (const pair of pairs) {
    const whole = figureValue(tables, pair.superset);
    const part = figureValue(tables, pair.subset);
    if (pair.difference) {
      const rest = figureValue(tables, pair.difference);
      if ([whole, part, rest].filter((v) => v.suppressed).length === 1)
        return part.suppressed ? pair.difference : pair.subset;
    }
    if (!whole.suppressed && !part.suppressed && isSmall(whole.value - part.value, threshold))
      return pair.subset;
  }
  for (const crossing of crossings) {
    const [whole, first, second, both] = [crossing.whole, crossing.first, crossing.second, crossing.both].map(
      (f) => figureValue(tables, f),
    ) as [ReportValue, ReportValue, ReportValue, ReportValue];
    if (whole.suppressed || first.suppressed || second.suppressed || both.suppressed) continue;
    if (isSmall(whole.value - first.value - second.value + both.value, threshold)) return crossing.both;
  }
  return null;
}
