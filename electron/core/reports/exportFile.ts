import type { ExportFile, LeadershipReport, ReportTable, ReportValue } from '@shared/api/reports';

import type { ReportLabels, ReportLanguage } from './reportLabels';
import { reportLabels } from './reportLabels';

/** What both exports need of a table: its texts beside its values, totals as "Sum" lines. */

export interface ExportLine {
  rowLabel: string;
  /** One per column, then the row total where the table has them. */
  values: ReportValue[];
}

export interface LabelledTable {
  table: ReportTable;
  title: string;
  explanation: string;
  columnLabels: string[];
  units: ReportTable['unit'][];
  lines: ExportLine[];
  /** The line of column totals (and the grand total), where the table has one. */
  sumLine: ExportLine | null;
}

export function labelledTable(table: ReportTable, labels: ReportLabels): LabelledTable {
  const sum = labels.word('sum');
  const units = table.columns.map((_, c) => table.columnUnits?.[c] ?? table.unit);
  const columnLabels = table.columns.map((c) => labels.column(table.key, c));
  if (table.rowTotals) {
    columnLabels.push(sum);
    units.push('count');
  }
  const lines = table.rows.map((row, r) => ({
    rowLabel: labels.row(table.key, row),
    values: [...table.cells[r]!, ...(table.rowTotals ? [table.rowTotals[r]!] : [])],
  }));
  const sumLine = table.columnTotals
    ? { rowLabel: sum, values: [...table.columnTotals, ...(table.total ? [table.total] : [])] }
    : null;
  return {
    table,
    title: labels.title(table.key),
    explanation: labels.explanation(table.key),
    columnLabels,
    units,
    lines,
    sumLine,
  };
}

export function labelledTables(report: LeadershipReport, language: ReportLanguage) {
  const labels = reportLabels(language);
  return { labels, tables: report.tables.map((t) => labelledTable(t, labels)) };
}

/** `lederrapport-2026-07-01-2026-09-30.xlsx`: the period in the name, so files sort by it. */
export function exportFileName(report: LeadershipReport, labels: ReportLabels, extension: string) {
  return `${labels.word('fileName')}-${report.from}-${report.to}.${extension}`;
}

export function exportFile(fileName: string, mimeType: string, bytes: Buffer): ExportFile {
  return { fileName, mimeType, base64: bytes.toString('base64') };
}
