import type { ReportTableKey } from '@shared/api/reports';
import en from '@shared/i18n/reportTables.en.json' with { type: 'json' };
import nb from '@shared/i18n/reportTables.nb.json' with { type: 'json' };
import nn from '@shared/i18n/reportTables.nn.json' with { type: 'json' };

/**
 * The report's texts for the exports, from the same files the screens use
 * (shared/i18n/reportTables.<lang>.json), so the printed report and the files say the same.
 */

export type ReportLanguage = 'nb' | 'nn' | 'en';

interface TableTexts {
  title: string;
  explanation: string;
  rows: Record<string, string>;
  columns: Record<string, string>;
}
type Texts = { common: Record<string, string> } & Record<ReportTableKey, TableTexts>;

const texts: Record<ReportLanguage, Texts> = {
  nb: nb.reportTables as Texts,
  nn: nn.reportTables as Texts,
  en: en.reportTables as Texts,
};

export interface ReportLabels {
  title(table: ReportTableKey): string;
  explanation(table: ReportTableKey): string;
  row(table: ReportTableKey, row: string): string;
  column(table: ReportTableKey, column: string): string;
  /** A fixed word of the report (`common.<name>`), with {{threshold}} filled in. */
  word(name: string, threshold?: number): string;
}

export function reportLabels(language: ReportLanguage): ReportLabels {
  const t = texts[language];
  return {
    title: (table) => t[table].title,
    explanation: (table) => t[table].explanation,
    // A key without a text (a new figure not yet named) shows as itself rather than as nothing.
    row: (table, row) => t[table].rows[row] ?? row,
    column: (table, column) => t[table].columns[column] ?? column,
    word: (name, threshold) =>
      (t.common[name] ?? name).replace(/\{\{\s*threshold\s*\}\}/g, String(threshold ?? '')),
  };
}
