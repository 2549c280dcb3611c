import type { ReportTable } from '@shared/api/reports';

type Unit = ReportTable['unit'];

/** Norwegian number format (decimal comma, thin grouping), one decimal at most. */
const numberFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

/** A shown value as text in its unit; hidden values are drawn by HiddenValue. */
export function formatValue(value: number, unit: Unit): string {
  const text = numberFormat.format(value);
  return unit === 'percent' ? `${text} %` : text;
}

/** The unit of one column: tables such as processing time mix days, a share and a count. */
export function columnUnit(table: ReportTable, column: number): Unit {
  return table.columnUnits?.[column] ?? table.unit;
}

/**
 * The columns a chart draws: those in the table's own unit. Days beside a percentage on one axis
 * would read as comparable; the other columns stay in the table.
 */
export function chartColumns(table: ReportTable): number[] {
  return table.columns.map((_, c) => c).filter((c) => columnUnit(table, c) === table.unit);
}

/** How many of the drawn cells are hidden (and so not drawn): the chart's note says so. */
export function hiddenCount(table: ReportTable): number {
  const drawn = chartColumns(table);
  const hidden = (v: ReportTable['cells'][number][number] | undefined) =>
    v?.suppressed && v.reason !== 'none';
  return table.cells.reduce((n, row) => n + drawn.filter((c) => hidden(row[c])).length, 0);
}

/** The chart's data: one entry per row, a number per drawn column; hidden cells are left out. */
export function chartData(table: ReportTable, rowLabel: (row: string) => string) {
  const drawn = chartColumns(table);
  return table.rows.map((row, r) => {
    const entry: Record<string, string | number> = { label: rowLabel(row) };
    for (const c of drawn) {
      const cell = table.cells[r]?.[c];
      if (cell && !cell.suppressed) entry[table.columns[c]!] = cell.value;
    }
    return entry;
  });
}
