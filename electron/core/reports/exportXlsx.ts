import type { ExportFile, LeadershipReport, ReportTable, ReportValue } from '@shared/api/reports';
import { valueText } from '@shared/domain/suppression';

import { exportFile, exportFileName, labelledTables, type LabelledTable } from './exportFile';
import type { ReportLabels, ReportLanguage } from './reportLabels';
import { sheetName, writeWorkbook, type SheetCell, type SheetSpec } from './xlsxWorkbook';

/**
 * The report as an Excel workbook: one sheet per table with the report's heading, the table's
 * title, the period as real dates, the anonymisation note, the explanation, then the table with
 * real numbers; hidden values are text: "<N" for a small count, "skjult", or "–" for none.
 */

const FORMATS: Record<ReportTable['unit'], string> = { count: '0', days: '0.0', percent: '0.0' };
const HEADER_ROW = 7;

function valueCell(v: ReportValue, unit: ReportTable['unit'], threshold: number, hidden: string): SheetCell {
  return v.suppressed ? valueText(v, threshold, hidden, String) : { number: v.value, format: FORMATS[unit] };
}

const width = (texts: string[], min: number, max: number) =>
  Math.min(max, Math.max(min, ...texts.map((t) => t.length + 2)));

function sheetOf(t: LabelledTable, report: LeadershipReport, labels: ReportLabels, name: string): SheetSpec {
  const { threshold } = report;
  const heading = [labels.word('reportTitle'), report.municipalityName].filter(Boolean).join(' – ');
  const line = (label: string, values: ReportValue[]): SheetCell[] => [
    label,
    ...values.map((v, c) => valueCell(v, t.units[c]!, threshold, labels.word('hidden'))),
  ];
  const rows: SheetCell[][] = [
    [heading],
    [t.title],
    [labels.word('period'), { date: report.from }, { date: report.to }],
    [labels.word('anonymised', threshold)],
    [labels.word('anonymisedMore', threshold)],
    [t.explanation],
    [],
    ['', ...t.columnLabels],
    ...t.lines.map((l) => line(l.rowLabel, l.values)),
    ...(t.sumLine ? [line(t.sumLine.rowLabel, t.sumLine.values)] : []),
  ];
  const rowLabels = [...t.lines, ...(t.sumLine ? [t.sumLine] : [])].map((l) => l.rowLabel);
  return {
    name,
    rows,
    columnWidths: [width(rowLabels, 14, 50), ...t.columnLabels.map((l) => width([l], 12, 40))],
    boldRows: [0, 1, HEADER_ROW, ...(t.sumLine ? [rows.length - 1] : [])],
  };
}

export async function reportXlsx(report: LeadershipReport, language: ReportLanguage): Promise<ExportFile> {
  const { labels, tables } = labelledTables(report, language);
  const taken = new Set<string>();
  const sheets = tables.map((t) => {
    const name = sheetName(t.title, taken);
    taken.add(name.toLowerCase());
    return sheetOf(t, report, labels, name);
  });
  const bytes = await writeWorkbook(sheets, labels.word('reportTitle'));
  return exportFile(
    exportFileName(report, labels, 'xlsx'),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes,
  );
}
