import type { ExportFile, LeadershipReport, ReportValue } from '@shared/api/reports';
import { valueText } from '@shared/domain/suppression';

import { exportFile, exportFileName, labelledTables } from './exportFile';
import type { ReportLanguage } from './reportLabels';

/**
 * The report as CSV for Excel in Norway (DESIGN.md section 5): `;` between fields, a UTF-8 byte
 * order mark so æøå survive, CRLF, decimal comma. Long format, one line per value:
 * Tabell;Rad;Kolonne;Verdi;Merknad, with totals as lines whose row or column is "Sum".
 */

const BOM = '\uFEFF';

/** Quoted when it holds the separator, a quote, a line break, or spaces at its ends. */
export function csvField(text: string): string {
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as Norwegian Excel reads it: 12,5 (no thousands separator, which Excel would misread). */
export function csvNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
}

export function reportCsv(report: LeadershipReport, language: ReportLanguage): ExportFile {
  const { labels, tables } = labelledTables(report, language);
  const valueOf = (v: ReportValue) => valueText(v, report.threshold, labels.word('hidden'), csvNumber);
  const noteOf = (v: ReportValue) => (v.suppressed && v.reason !== 'none' ? labels.word('hidden') : '');
  const lines: string[][] = [['table', 'row', 'column', 'value', 'note'].map((w) => labels.word(w))];
  for (const t of tables)
    for (const line of [...t.lines, ...(t.sumLine ? [t.sumLine] : [])])
      line.values.forEach((v, c) =>
        lines.push([t.title, line.rowLabel, t.columnLabels[c]!, valueOf(v), noteOf(v)]),
      );
  const text = BOM + lines.map((fields) => fields.map(csvField).join(';')).join('\r\n') + '\r\n';
  return exportFile(
    exportFileName(report, labels, 'csv'),
    'text/csv;charset=utf-8',
    Buffer.from(text, 'utf8'),
  );
}
