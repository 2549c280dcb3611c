import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { LeadershipReport, ReportTable } from '@shared/api/reports';

import { formatDateTime, formatDay } from '../../components/dates';
import { ReportChart } from './ReportChart';
import { ReportDataTable } from './ReportDataTable';

interface Props {
  report: LeadershipReport;
  /** The level of each table's heading: the report's own heading is the page's, one above. */
  level: 2 | 3;
  /** A fixed chart width for paper; the screen lets charts follow the window. */
  chartWidth?: number;
}

/** "Lederrapport for Testvik kommune, 01.07.2026–30.09.2026": the screen's and the paper's heading. */
export function useReportHeading(report: LeadershipReport | undefined): string {
  const { t } = useTranslation();
  if (!report) return t('reports.title');
  return t('reports.heading', {
    municipality: report.municipalityName,
    from: formatDay(report.from),
    to: formatDay(report.to),
  });
}

/** One table: what it is, what it means in plain words, the chart and the figures. */
function TableSection({
  table,
  threshold,
  level,
  chartWidth,
}: {
  table: ReportTable;
  threshold: number;
  level: 2 | 3;
  chartWidth?: number;
}) {
  const { t } = useTranslation();
  const base = `reportTables.${table.key}`;
  const headingId = `report-${table.key}`;
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <Heading level={level} data-size="sm" id={headingId}>
        {t(`${base}.title`)}
      </Heading>
      <Paragraph>{t(`${base}.explanation`)}</Paragraph>
      <ReportChart table={table} threshold={threshold} width={chartWidth} />
      <ReportDataTable table={table} threshold={threshold} />
    </section>
  );
}

/**
 * The leadership report as the screen and the paper show it, under the page's heading: the
 * statement that it is anonymised and at what threshold (DOMAIN.md section 7), then every table.
 * It holds counts only, so it links to no list of cases.
 */
export function ReportView({ report, level, chartWidth }: Props) {
  const { t } = useTranslation();
  return (
    <div className="report">
      <Alert data-color="info" className="report-notice">
        <Paragraph>
          {t('reports.anonymised', { threshold: report.threshold, below: report.threshold - 1 })}
        </Paragraph>
        <Paragraph>{t('reports.generatedAt', { at: formatDateTime(report.generatedAt) })}</Paragraph>
      </Alert>
      {report.tables.map((table) => (
        <TableSection
          key={table.key}
          table={table}
          threshold={report.threshold}
          level={level}
          chartWidth={chartWidth}
        />
      ))}
    </div>
  );
}
