import { describe, expect, it } from 'vitest';

import {
  appealColumns,
  changeReasons,
  countTable,
  interimReplyColumns,
  type CountTable,
} from '@core/reports/eventCounts';
import { anonymisedTables, type ReportCounts } from '@core/reports/leadershipReport';
import {
  CROSSED_FIGURES,
  figureId,
  figureValue,
  NESTED_FIGURES,
  nestedPairs,
  TOTAL,
  type FigureRef,
} from '@core/reports/nestedFigures';
import { activeCaseRows, planColumns } from '@core/reports/stockCounts';
import { reportTableKeys, type ReportTable, type ReportValue } from '@shared/api/reports';
import { caseChannels, decisionOutcomes, rights, transitionOutcomes } from '@shared/domain/case';
import { caseloadBands } from '@shared/domain/coordination';
import { planStatuses } from '@shared/domain/plan';
import { isSmall } from '@shared/domain/suppression';

/** A small seeded generator, so a failing report can be made again from its seed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Counts = Omit<ReportCounts, 'coordinators' | 'processing'>;

const grid = (
  key: CountTable['key'],
  rows: readonly string[],
  columns: readonly string[],
  totals: CountTable['totals'],
  value: (row: string, column: string) => number,
): CountTable => {
  const t = countTable(key, rows, columns, totals);
  t.counts.forEach((line, r) => line.forEach((_, c) => (line[c] = value(rows[r]!, columns[c]!))));
  return { key, rows, columns, totals, counts: t.counts };
};

interface Shape {
  /** Active coordinators by caseload band (none first). */
  bands: number[];
  activeTrained: number;
  holdingTrained: number;
  /** Open cases and, of them, each right granted and those without a coordinator. */
  open: number;
  rightsGranted: [number, number, number];
  withoutCoordinator: number;
  turning18: number;
  /** Decisions in the period per right, and the first decisions among them. */
  decisions: [number, number, number];
  firstDecisions: [number, number, number];
  plans: Record<string, [number, number, number]>;
  other: () => number;
}

/** The counts of a report with these figures; the rest from `other`. */
function countsOf(shape: Shape): ReportCounts {
  const { other } = shape;
  const active = shape.bands.reduce((a, b) => a + b, 0);
  const none = shape.bands[0]!;
  const activeRows: Record<string, number> = {
    open: shape.open,
    koordinator: shape.rightsGranted[1],
    barnekoordinator: shape.rightsGranted[2],
    individuellPlan: shape.rightsGranted[0],
    withoutCoordinator: shape.withoutCoordinator,
  };
  // Outcomes: each right's decisions spread over the outcomes, the rest granted.
  const outcomeCounts = rights.map((_, r) => {
    const total = shape.decisions[r]!;
    const refused = Math.min(total, Math.floor(other() * 3));
    return decisionOutcomes.map((o) => (o === 'granted' ? total - refused : o === 'refused' ? refused : 0));
  });
  const counts: Counts = {
    applications: grid('applications', rights, caseChannels, 'both', other),
    outcomes: grid('outcomes', rights, decisionOutcomes, 'both', (row, column) => {
      return outcomeCounts[rights.indexOf(row as never)]![decisionOutcomes.indexOf(column as never)]!;
    }),
    interimReplies: grid('interimReplies', ['cases'], interimReplyColumns, 'rows', other),
    appeals: grid('appeals', rights, appealColumns, 'both', other),
    activeCases: grid('activeCases', activeCaseRows, ['cases'], 'none', (row) => activeRows[row]!),
    changes: grid('changes', changeReasons, ['changes'], 'columns', other),
    plans: grid('plans', planStatuses, planColumns, 'columns', (row, column) => {
      return shape.plans[row]![planColumns.indexOf(column as never)]!;
    }),
    ageTransitions: grid('ageTransitions', [...transitionOutcomes, 'turning18'], ['cases'], 'none', (row) =>
      row === 'turning18' ? shape.turning18 : other(),
    ),
  };
  return {
    ...counts,
    processing: rights.map((right, r) => {
      const n = shape.firstDecisions[r]!;
      return {
        right,
        days: Array.from({ length: n }, (_, i) => 10 + i),
        withinOneMonth: Math.floor(n / 2),
      };
    }),
    coordinators: {
      active,
      activeTrained: shape.activeTrained,
      holding: active - none,
      holdingTrained: shape.holdingTrained,
      spread: grid('caseloadSpread', ['coordinators'], caseloadBands, 'rows', (_, band) => {
        return shape.bands[caseloadBands.indexOf(band as never)]!;
      }),
    },
  };
}

/**
 * A report of a middle-sized municipality where nothing nests closely. Coordinators: 40 active, 14
 * without cases, 26 holding cases; 30 trained, 21 of them holding cases (so 5 untrained hold
 * cases, 9 trained and 5 untrained hold none).
 */
const roomy = (over: Partial<Shape> = {}): Shape => ({
  bands: [14, 10, 10, 6, 0],
  activeTrained: 30,
  holdingTrained: 21,
  open: 60,
  rightsGranted: [30, 20, 20],
  withoutCoordinator: 10,
  turning18: 10,
  decisions: [20, 20, 20],
  firstDecisions: [20, 15, 10],
  plans: Object.fromEntries(planStatuses.map((s) => [s, [20, 10, 0]])),
  other: () => 10,
  ...over,
});

const show = (v: ReportValue) => (v.suppressed ? 'x' : String(v.value));
const tableOf = (tables: ReportTable[], key: string) => tables.find((t) => t.key === key)!;
const rowsOf = (t: ReportTable) => t.cells.map((row) => row.map(show).join(' '));
const at = (tables: ReportTable[], table: FigureRef['table'], row: string, column: string) =>
  figureValue(tables, { table, row, column });

describe('counts nested in others (the held-out review)', () => {
  it('hides 22 trained of 26 holding cases: the 4 without training would follow by subtraction', () => {
    // 40 active, 30 of them trained; 26 hold cases (14 hold none), 22 of those trained.
    const tables = anonymisedTables(countsOf(roomy({ activeTrained: 30, holdingTrained: 22 })), 5);
    expect(rowsOf(tableOf(tables, 'coordinators'))).toEqual(['40 30 75', '26 x x']);
    expect(at(tables, 'coordinators', 'holdingCases', 'validTraining')).toEqual({
      value: null,
      suppressed: true,
      reason: 'hidden',
    });
  });

  it('shows both where every one of them is trained: a difference of 0 tells of nobody', () => {
    const tables = anonymisedTables(countsOf(roomy({ activeTrained: 40, holdingTrained: 26 })), 5);
    expect(rowsOf(tableOf(tables, 'coordinators'))).toEqual(['40 40 100', '26 26 100']);
  });

  it('shows both where the difference is the threshold or more', () => {
    const tables = anonymisedTables(countsOf(roomy({ activeTrained: 30, holdingTrained: 21 })), 5);
    expect(rowsOf(tableOf(tables, 'coordinators'))).toEqual(['40 30 75', '26 21 80.8']);
  });

  it('judges the difference by the threshold in force', () => {
    const counts = countsOf(roomy({ activeTrained: 30, holdingTrained: 22 }));
    expect(rowsOf(tableOf(anonymisedTables(counts, 3), 'coordinators'))).toEqual(['40 30 75', '26 22 84.6']);
    expect(rowsOf(tableOf(anonymisedTables(counts, 8), 'coordinators'))).toEqual(['40 30 75', '26 x x']);
  });

  it('hides the trained among the active when few are untrained, and keeps what gives nothing away', () => {
    // 40 active, 37 trained: 3 untrained, all among the 14 without cases (the 26 holding cases are
    // all trained). With the 37 hidden, 26 of 26 tells of nobody.
    const tables = anonymisedTables(countsOf(roomy({ activeTrained: 37, holdingTrained: 26 })), 5);
    expect(rowsOf(tableOf(tables, 'coordinators'))).toEqual(['40 x x', '26 26 100']);
  });

  it('hides the trained holding cases when the untrained without cases are few (40 − 30 − 30 + 22 = 2)', () => {
    const tables = anonymisedTables(
      countsOf(roomy({ bands: [10, 12, 12, 6, 0], activeTrained: 30, holdingTrained: 22 })),
      5,
    );
    expect(rowsOf(tableOf(tables, 'coordinators'))).toEqual(['40 30 75', '30 x x']);
  });

  it('hides coordinators holding cases when those without any are few, and a band beside them', () => {
    // 30 active, 2 with no cases: the spread hides the 2 and its smallest band (the total would give
    // the 2 back), and the 28 holding cases go too (30 − 28 would).
    const tables = anonymisedTables(
      countsOf(roomy({ bands: [2, 12, 10, 6, 0], activeTrained: 20, holdingTrained: 10 })),
      5,
    );
    expect(rowsOf(tableOf(tables, 'caseloadSpread'))).toEqual(['x 12 10 x 0']);
    expect(show(tableOf(tables, 'caseloadSpread').rowTotals![0]!)).toBe('30');
    expect(rowsOf(tableOf(tables, 'coordinators'))[1]).toMatch(/^x /);
  });

  it('hides a granted right among open cases when only a few open cases lack it', () => {
    const tables = anonymisedTables(countsOf(roomy({ open: 30, rightsGranted: [27, 20, 20] })), 5);
    expect(rowsOf(tableOf(tables, 'activeCases'))).toEqual(['30', '20', '20', 'x', '10']);
  });

  it('hides the first decisions of a right when few of the period’s decisions on it were later ones', () => {
    const tables = anonymisedTables(
      countsOf(roomy({ decisions: [20, 12, 20], firstDecisions: [20, 10, 15] })),
      5,
    );
    const decisions = tableOf(tables, 'processingTime').cells.map((row) => show(row[3]!));
    expect(decisions).toEqual(['20', 'x', '15']);
    // The decisions of the period stay: they are the larger figure.
    expect(show(at(tables, 'outcomes', 'koordinator', TOTAL))).toBe('12');
  });

  it('hides children turning 18 when they are nearly all the barnekoordinator cases, and so among open cases', () => {
    const tables = anonymisedTables(countsOf(roomy({ rightsGranted: [30, 20, 12], turning18: 10 })), 5);
    expect(show(at(tables, 'ageTransitions', 'turning18', 'cases'))).toBe('x');
    // Open ⊇ barnekoordinator ⊇ turning 18: with the middle one close to the outer, the outer pair counts too.
    const close = anonymisedTables(
      countsOf(roomy({ open: 14, rightsGranted: [10, 10, 12], turning18: 10, withoutCoordinator: 0 })),
      5,
    );
    expect(show(at(close, 'activeCases', 'barnekoordinator', 'cases'))).toBe('x');
    expect(show(at(close, 'ageTransitions', 'turning18', 'cases'))).toBe('x');
  });

  it('hides a plan status’s overdue revisions when nearly all its plans are overdue, and what the totals give back', () => {
    const plans = Object.fromEntries(planStatuses.map((s) => [s, [20, 10, 0] as [number, number, number]]));
    plans[planStatuses[1]!] = [20, 18, 0];
    const tables = anonymisedTables(countsOf(roomy({ plans })), 5);
    const table = tableOf(tables, 'plans');
    expect(show(table.cells[1]![1]!)).toBe('x');
    // The column total would give it back from the others: something else in the column goes too.
    const column = [...table.cells.map((row) => row[1]!), table.columnTotals![1]!];
    expect(column.filter((v) => v.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it('changes nothing in a report where no figures nest closely', () => {
    const tables = anonymisedTables(countsOf(roomy()), 5);
    for (const t of tables)
      for (const row of t.cells)
        for (const v of row) if (t.key !== 'plans') expect(v.suppressed, t.key).toBe(false);
  });
});

describe('the declared nested figures', () => {
  const tables = anonymisedTables(countsOf(roomy()), 5);

  it('name a figure of the report each, and list each subset under its own table', () => {
    expect(Object.keys(NESTED_FIGURES).sort()).toEqual([...reportTableKeys].sort());
    for (const [key, pairs] of Object.entries(NESTED_FIGURES))
      for (const pair of pairs) {
        expect(pair.subset.table, figureId(pair.subset)).toBe(key);
        for (const f of [pair.superset, pair.subset, ...(pair.difference ? [pair.difference] : [])])
          expect(() => figureValue(tables, f), figureId(f)).not.toThrow();
        expect(figureId(pair.superset)).not.toBe(figureId(pair.subset));
      }
  });

  it('imply the pairs through a middle figure', () => {
    const ids = nestedPairs().map((p) => `${figureId(p.superset)} ⊇ ${figureId(p.subset)}`);
    expect(ids).toContain('activeCases/open/cases ⊇ ageTransitions/turning18/cases');
    expect(ids).toContain('coordinators/active/coordinators ⊇ coordinators/holdingCases/validTraining');
  });
});

/** Hidden cells of a table that its totals determine (Gaussian elimination on the hidden ones). */
function determinedHidden(t: ReportTable): number {
  if (!t.rowTotals && !t.columnTotals) return 0;
  type Member = { value: ReportValue };
  const members: Member[] = [];
  const add = (v: ReportValue) => members.push({ value: v }) - 1;
  const cell = t.cells.map((row) => row.map(add));
  const rowTotal = t.rowTotals?.map(add);
  const columnTotal = t.columnTotals?.map(add);
  const grand = t.total ? add(t.total) : null;
  const equations: { parts: number[]; total: number }[] = [];
  rowTotal?.forEach((total, r) => equations.push({ parts: cell[r]!, total }));
  columnTotal?.forEach((total, c) => equations.push({ parts: cell.map((row) => row[c]!), total }));
  if (grand !== null && rowTotal) equations.push({ parts: rowTotal, total: grand });
  if (grand !== null && columnTotal) equations.push({ parts: columnTotal, total: grand });
  const unknowns = members.flatMap((m, i) => (m.value.suppressed ? [i] : []));
  const col = new Map(unknowns.map((u, j) => [u, j]));
  const matrix = equations.map((e) => {
    const row = new Array<number>(unknowns.length).fill(0);
    for (const p of e.parts) if (col.has(p)) row[col.get(p)!]! += 1;
    if (col.has(e.total)) row[col.get(e.total)!]! -= 1;
    return row;
  });
  const pivots: { row: number; col: number }[] = [];
  let r = 0;
  for (let c = 0; c < unknowns.length && r < matrix.length; c++) {
    const p = matrix.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [matrix[r], matrix[p]] = [matrix[p]!, matrix[r]!];
    const lead = matrix[r]![c]!;
    matrix[r] = matrix[r]!.map((x) => x / lead);
    for (let i = 0; i < matrix.length; i++)
      if (i !== r) {
        const f = matrix[i]![c]!;
        matrix[i] = matrix[i]!.map((x, k) => x - f * matrix[r]![k]!);
      }
    pivots.push({ row: r, col: c });
    r++;
  }
  const pivotCols = new Set(pivots.map((p) => p.col));
  return pivots.filter(({ row }) => !matrix[row]!.some((x, k) => !pivotCols.has(k) && Math.abs(x) > 1e-9))
    .length;
}

describe('generated reports', () => {
  const rnd = random(20261207);
  const int = (n: number) => Math.floor(rnd() * n);
  /** Mostly close to `of`: differences of 0 to 8, sometimes far below. */
  const below = (of: number) => Math.max(0, of - (rnd() < 0.7 ? int(9) : int(of + 1)));

  function shape(): Shape {
    const bands = caseloadBands.map(() => (rnd() < 0.3 ? int(5) : int(25)));
    const active = bands.reduce((a, b) => a + b, 0);
    const holding = active - bands[0]!;
    const activeTrained = below(active);
    // Trained ones holding cases: at most all trained or all holding, at least the trained beyond those without cases.
    const holdingTrained = Math.max(activeTrained - bands[0]!, Math.min(holding, below(activeTrained)));
    const open = int(60);
    const rightsGranted = [below(open), below(open), below(open)] as [number, number, number];
    const decisions = [int(40), int(40), int(40)] as [number, number, number];
    return {
      bands,
      activeTrained,
      holdingTrained,
      open,
      rightsGranted,
      withoutCoordinator: below(open),
      turning18: below(rightsGranted[2]),
      decisions,
      firstDecisions: decisions.map(below) as [number, number, number],
      plans: Object.fromEntries(
        planStatuses.map((s) => {
          const n = int(30);
          return [s, [n, below(n), below(n)]];
        }),
      ),
      other: () => (rnd() < 0.4 ? int(5) : int(30)),
    };
  }

  it('show no two nested figures differing by 1 to threshold − 1, no small count, and nothing a total gives back', () => {
    const pairs = nestedPairs();
    for (let run = 0; run < 300; run++) {
      const threshold = 3 + int(6);
      const counts = countsOf(shape());
      const tables = anonymisedTables(counts, threshold);
      for (const pair of pairs) {
        const whole = figureValue(tables, pair.superset);
        const part = figureValue(tables, pair.subset);
        if (whole.suppressed || part.suppressed) continue;
        expect(whole.value, `${figureId(pair.superset)} ⊇ ${figureId(pair.subset)}`).toBeGreaterThanOrEqual(
          part.value,
        );
        expect(
          isSmall(whole.value - part.value, threshold),
          `run ${run}: ${figureId(pair.superset)} ${whole.value} ⊇ ${figureId(pair.subset)} ${part.value}, threshold ${threshold}`,
        ).toBe(false);
        if (pair.difference) {
          const rest = figureValue(tables, pair.difference);
          expect(rest.suppressed, `run ${run}: ${figureId(pair.difference)}`).toBe(false);
        }
      }
      for (const crossing of CROSSED_FIGURES) {
        const values = [crossing.whole, crossing.first, crossing.second, crossing.both].map((f) =>
          figureValue(tables, f),
        );
        if (values.some((v) => v.suppressed)) continue;
        const [whole, first, second, both] = values.map((v) => v.value!) as [number, number, number, number];
        expect(isSmall(whole - first - second + both, threshold), `run ${run}: crossing`).toBe(false);
      }
      for (const t of tables) {
        const counted = t.columnUnits
          ? t.columnUnits.map((u) => u === 'count')
          : t.columns.map(() => t.unit === 'count');
        for (const row of t.cells)
          row.forEach((v, c) => {
            if (counted[c] && !v.suppressed)
              expect(isSmall(v.value, threshold), `${t.key}: ${v.value}`).toBe(false);
          });
        expect(determinedHidden(t), `run ${run}: ${t.key} gives a hidden value back`).toBe(0);
      }
    }
  });
});
