import { Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { todayIso } from '@shared/domain/calendar';

import { hrefFor, navigate, type Route } from '../../app/router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButtons } from './ExportButtons';
import { periodFromQuery, type ReportPeriod } from './period';
import { PeriodChooser } from './PeriodChooser';
import { useLeadershipReport } from './queries';
import { ReportView, useReportHeading } from './ReportView';
import './reports.css';

/**
 * Rapporter: the leadership report of a period, for every role. The period lives in the URL
 * (`fra`/`til`), so the print route, the back link and a bookmark all show the same report.
 */
export function ReportsPage({ route }: { route: Route }) {
  const { t } = useTranslation();
  const today = todayIso(new Date());
  const period = periodFromQuery(route.query, today);
  const report = useLeadershipReport(period);
  const heading = useReportHeading(report.data);
  const choose = (next: ReportPeriod) =>
    navigate(hrefFor(['rapporter'], { fra: next.from, til: next.to }), { replace: true });

  return (
    <section className="page report-page">
      <Heading level={1} data-size="lg">
        {t('reports.title')}
      </Heading>
      <Paragraph>{t('reports.intro')}</Paragraph>
      <PeriodChooser key={`${period.from}/${period.to}`} period={period} today={today} onChoose={choose} />
      {report.isPending && <Spinner aria-label={t('app.loading')} />}
      <ErrorAlert error={report.error} />
      {report.data && (
        <>
          <div className="page-header">
            <Heading level={2} data-size="md">
              {heading}
            </Heading>
            <ExportButtons period={period} />
          </div>
          <ReportView report={report.data} level={3} />
        </>
      )}
    </section>
  );
}
