import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { todayIso } from '@shared/domain/calendar';

import { hrefFor, type Route } from '../../app/router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintPage } from '../print/PrintPage';
import { periodFromQuery } from './period';
import { useLeadershipReport } from './queries';
import { ReportView, useReportHeading } from './ReportView';
import './reports.css';

/** A4 content width at the print layout's margins, in CSS pixels: charts are drawn to fit it. */
const A4_CHART_WIDTH = 620;

/**
 * `#/print/rapport?fra=&til=`: the report laid out for A4. It holds no personal data, so it
 * carries no confidentiality marking (DESIGN.md section 5).
 */
export function ReportPrint({ route }: { route: Route }) {
  const { t } = useTranslation();
  const period = periodFromQuery(route.query, todayIso(new Date()));
  const report = useLeadershipReport(period);
  const heading = useReportHeading(report.data);
  const backHref = hrefFor(['rapporter'], { fra: period.from, til: period.to });
  return (
    <PrintPage
      title={heading}
      fileName={t('reports.fileName', { ...period })}
      backHref={backHref}
      confidential={false}
      ready={!!report.data}
    >
      {report.isPending && <Spinner aria-label={t('app.loading')} />}
      <ErrorAlert error={report.error} />
      {report.data && <ReportView report={report.data} level={2} chartWidth={A4_CHART_WIDTH} />}
    </PrintPage>
  );
}
