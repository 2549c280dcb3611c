import { describe, expect, it } from 'vitest';

import type { ReportValue } from '@shared/api/reports';
import {
  isSmall,
  suppressByBasis,
  suppressCount,
  suppressGrid,
  type SuppressedGrid,
  type Totals,
} from '@shared/domain/suppression';

const show = (v: ReportValue) => (v.suppressed ? 'x' : String(v.value));
const reasons = (values: ReportValue[]) => values.map((v) => (v.suppressed ? v.reason : 'shown'));

/**
 * The table as it would be printed: one line per row with its total after a bar, then the line
 * of column totals with the grand total. Hidden values are `x`.
 */
function printed(grid: SuppressedGrid): string[] {
  const lines = grid.cells.map(
    (row, r) => row.map(show).join(' ') + (grid.rowTotals ? ` | ${show(grid.rowTotals[r]!)}` : ''),
  );
  if (grid.columnTotals)
    lines.push(`= ${grid.columnTotals.map(show).join(' ')}` + (grid.total ? ` | ${show(grid.total)}` : ''));
  return lines;
}

const run = (counts: number[][], totals: Totals, threshold = 5) =>
  printed(suppressGrid(counts, totals, threshold));

/** The rank of a matrix (Gaussian elimination; the entries here are small integers). */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      m[i] = m[i]!.map((x, k) => x - f * m[r]![k]!);
    }
    r++;
  }
  return r;
}

/**
 * Whether an attacker who knows every shown value and that the totals add up could work out a
 * hidden one: hidden value j is determined when adding "x_j = ?" to the equations of the hidden
 * values does not raise their rank.
 */
function someHiddenDetermined(grid: SuppressedGrid): boolean {
  const rows = grid.cells.length;
  const columns = grid.cells[0]!.length;
  const values: ReportValue[] = [
    ...grid.cells.flat(),
    ...grid.rowTotals!,
    ...grid.columnTotals!,
    grid.total!,
  ];
  const cell = (r: number, c: number) => r * columns + c;
  const rowTotal = (r: number) => rows * columns + r;
  const columnTotal = (c: number) => rows * columns + rows + c;
  const grand = values.length - 1;
  const equations: { parts: number[]; total: number }[] = [
    ...Array.from({ length: rows }, (_, r) => ({
      parts: Array.from({ length: columns }, (_, c) => cell(r, c)),
      total: rowTotal(r),
    })),
    ...Array.from({ length: columns }, (_, c) => ({
      parts: Array.from({ length: rows }, (_, r) => cell(r, c)),
      total: columnTotal(c),
    })),
    { parts: Array.from({ length: rows }, (_, r) => rowTotal(r)), total: grand },
    { parts: Array.from({ length: columns }, (_, c) => columnTotal(c)), total: grand },
  ];
  const hidden = values.flatMap((v, i) => (v.suppressed ? [i] : []));
  const matrix = equations.map((e) =>
    hidden.map((h) => (e.parts.includes(h) ? 1 : 0) - (e.total === h ? 1 : 0)),
  );
  const base = rank(matrix);
  return hidden.some((_, j) => rank([...matrix, hidden.map((__, k) => (k === j ? 1 : 0))]) === base);
}

describe('primary suppression', () => {
  it.each([
    [0, 5, false],
    [1, 5, true],
    [4, 5, true],
    [5, 5, false],
    [2, 3, true],
    [3, 3, false],
    [4, 3, false],
  ])('a count of %i with threshold %i is small: %s', (count, threshold, small) => {
    expect(isSmall(count, threshold)).toBe(small);
    expect(suppressCount(count, threshold).suppressed).toBe(small);
  });

  it('shows zero: it points at nobody', () => {
    expect(suppressCount(0, 5)).toEqual({ value: 0, suppressed: false });
  });
});

describe('secondary suppression', () => {
  it.each<[string, number[][], Totals, string[]]>([
    [
      'leaves a table without small counts unchanged',
      [
        [5, 9, 0],
        [12, 6, 7],
      ],
      'both',
      ['5 9 0 | 14', '12 6 7 | 25', '= 17 15 7 | 39'],
    ],
    [
      'hides a second cell in a row whose total would give the small one back',
      [[2, 7, 9]],
      'rows',
      ['x x 9 | 18'],
    ],
    ['does the same for a column', [[2], [7], [9]], 'columns', ['x', 'x', '9', '= 18']],
    ['hides nothing more when a row already has two hidden cells', [[2, 3, 10]], 'rows', ['x x 10 | 15']],
    ['hides the total itself when the row has no other cell', [[3], [8]], 'rows', ['x | x', '8 | 8']],
    [
      'follows a chain: a hidden cell in a row makes a column need one, that column a row, ...',
      [
        [2, 8],
        [0, 9],
      ],
      'both',
      ['x x | 10', 'x x | 9', '= x x | 19'],
    ],
    [
      'hides another row total when the grand total would give a small row total back',
      [
        [1, 1],
        [6, 7],
      ],
      'both',
      ['x x | x', 'x x | x', '= 7 8 | 15'],
    ],
  ])('%s', (_name, counts, totals, expected) => {
    expect(run(counts, totals)).toEqual(expected);
  });

  it('never hides a zero that a line total of 0 gives away, but the total beside it', () => {
    // Counts are never negative: a hidden zero in a row whose total shows 0 is still known to be
    // 0, so it could not keep the 2 under it from being worked out from the column total.
    expect(
      run(
        [
          [0, 0, 0],
          [2, 7, 9],
        ],
        'both',
      ),
    ).toEqual(['0 0 0 | 0', 'x x 9 | 18', '= x x 9 | 18']);
  });

  it('hides a cell that only a combination of rows and columns would give back', () => {
    // Two blocks of hidden cells joined by one cell (3): every row and column has two or more
    // hidden, yet rows 0+1 minus columns 0+1 isolate it. The smallest cell beside it goes too.
    const counts = [
      [1, 2, 3, 20, 30],
      [2, 1, 40, 50, 60],
      [40, 50, 1, 2, 70],
      [60, 70, 2, 1, 80],
    ];
    expect(run(counts, 'both').slice(0, 4)).toEqual([
      'x x x x 30 | 56',
      'x x 40 50 60 | 153',
      '40 50 x x 70 | 163',
      '60 70 x x 80 | 213',
    ]);
  });

  it('differs between threshold 3 and 5', () => {
    const counts = [
      [3, 4, 10],
      [6, 0, 8],
    ];
    expect(run(counts, 'both', 3)).toEqual(['3 4 10 | 17', '6 0 8 | 14', '= 9 4 18 | 31']);
    // 3 and 4 go; 6 with them (column 0), then 8 (row 1), 10 (column 2) and the total 9.
    expect(run(counts, 'both', 5)).toEqual(['x x x | 17', 'x 0 x | 14', '= x x 18 | 31']);
  });

  it('never leaves a hidden value that the totals give back (random tables)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(random() * 4);
      const columns = 1 + Math.floor(random() * 5);
      const counts = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => Math.floor(random() * random() * 14)),
      );
      const grid = suppressGrid(counts, 'both', 5);
      const lines: ReportValue[][] = [
        ...grid.cells.map((row, r) => [...row, grid.rowTotals![r]!]),
        ...grid.columnTotals!.map((t, c) => [...grid.cells.map((row) => row[c]!), t]),
        [...grid.rowTotals!, grid.total!],
        [...grid.columnTotals!, grid.total!],
      ];
      for (const line of lines) expect(line.filter((v) => v.suppressed).length).not.toBe(1);
      expect(someHiddenDetermined(grid), JSON.stringify(counts)).toBe(false);
      counts.forEach((row, r) =>
        row.forEach((count, c) => {
          if (isSmall(count, 5)) expect(grid.cells[r]![c]!.suppressed).toBe(true);
        }),
      );
    }
  });
});

describe('values hidden for a reason outside the table', () => {
  it('hides a cell asked for, as kept back, and what would give it back from the totals', () => {
    const grid = suppressGrid(
      [
        [22, 10],
        [30, 40],
      ],
      'both',
      5,
      [{ row: 0, column: 0 }],
    );
    expect(grid.cells[0]![0]).toEqual({ value: null, suppressed: true, reason: 'hidden' });
    expect(printed(grid)).toEqual(['x x | 32', 'x x | 70', '= 52 50 | 102']);
    expect(someHiddenDetermined(grid)).toBe(false);
  });

  it('hides a total asked for, and a cell of its line with it', () => {
    const byRow = suppressGrid(
      [
        [12, 10],
        [30, 40],
      ],
      'both',
      5,
      [{ row: 1, column: 'total' }],
    );
    expect(byRow.rowTotals![1]!.suppressed).toBe(true);
    expect(someHiddenDetermined(byRow)).toBe(false);
    const grand = suppressGrid([[12, 10]], 'rows', 5, [{ row: 0, column: 'total' }]);
    expect(printed(grand)).toEqual(['12 x | x']);
  });

  it('refuses a place the table does not have', () => {
    expect(() => suppressGrid([[12, 10]], 'rows', 5, [{ row: 0, column: 2 }])).toThrow(/No such place/);
    expect(() => suppressGrid([[12, 10]], 'rows', 5, [{ row: 'total', column: 0 }])).toThrow(/No such place/);
  });

  it('changes nothing when nothing is asked for', () => {
    const counts = [
      [12, 3],
      [30, 40],
    ];
    expect(suppressGrid(counts, 'both', 5, [])).toEqual(suppressGrid(counts, 'both', 5));
  });
});

describe('why a value is hidden', () => {
  it('says small for a count under the threshold and hidden for one kept back to protect it', () => {
    const grid = suppressGrid([[2, 7, 9]], 'rows', 5);
    expect(reasons(grid.cells[0]!)).toEqual(['small', 'hidden', 'shown']);
  });

  it('says none where a median has nothing to be computed from, hidden where it has too little', () => {
    expect(
      reasons([suppressByBasis(null, 0, 5), suppressByBasis(30, 3, 5), suppressByBasis(30, 8, 5)]),
    ).toEqual(['none', 'hidden', 'shown']);
  });
});

describe('values computed from a basis', () => {
  it.each<[string, number | null, number, boolean, boolean]>([
    ['a median of 12 decisions', 34, 12, false, false],
    ['a median of 4 decisions', 34, 4, false, true],
    ['a share with basis 0 (no value)', null, 0, false, true],
    ['a share whose counted part is hidden', 20, 10, true, true],
    ['a share at the threshold', 60, 5, false, false],
  ])('%s', (_name, value, basis, fromHidden, hidden) => {
    expect(suppressByBasis(value, basis, 5, fromHidden).suppressed).toBe(hidden);
  });
});
