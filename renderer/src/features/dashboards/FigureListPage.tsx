import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { DashboardKey, FigureList } from '@shared/api/dashboards';

import { formatDay } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FigureCaseTable, FigureCoordinatorTable } from './FigureTables';
import { dashboardHref, takesPeriod } from './paths';
import type { AddressPeriod } from './period';
import { useFigureList } from './queries';
import { dashboardTitle, figureLabel, groupTitle, numberFormat } from './texts';

interface Props {
  dashboard: DashboardKey;
  group: string;
  figure: string;
  address: AddressPeriod;
}

/**
 * `#/oversikt/<dashboard>/<group>/<figure>?fra=…&til=…`: the cases or coordinators behind one
 * figure. The count in the heading is the number of rows, so it is the figure core counted.
 */
export function FigureListPage({ dashboard, group, figure, address }: Props) {
  const { t } = useTranslation();
  const withPeriod = takesPeriod(dashboard);
  const period = withPeriod && address.kind === 'period' ? address.period : null;
  const list = useFigureList(
    { dashboard, group, figure, ...(period ? { from: period.from, to: period.to } : {}) },
    !withPeriod || address.kind !== 'invalid',
  );
  const back = dashboardHref(dashboard, period);
  const title = dashboardTitle(t, dashboard);

  return (
    <section className="page figure-list-page">
      <Paragraph className="no-print">
        <Link href={back}>{t('dashboards.list.back', { dashboard: title })}</Link>
      </Paragraph>
      {withPeriod && address.kind === 'invalid' ? (
        <>
          <Heading level={1} data-size="lg">
            {figureLabel(t, dashboard, group, { key: figure })}
          </Heading>
          <Paragraph>{t('dashboards.period.addressInvalid')}</Paragraph>
        </>
      ) : list.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : list.data ? (
        <FigureListContent list={list.data} />
      ) : (
        <ErrorAlert error={list.error} />
      )}
    </section>
  );
}

function FigureListContent({ list }: { list: FigureList }) {
  const { t, i18n } = useTranslation();
  const format = numberFormat(i18n.language);
  const label = figureLabel(t, list.dashboard, list.group, { key: list.figure, label: list.label });
  const empty = list.kind === 'cases' ? 'dashboards.list.emptyCases' : 'dashboards.list.emptyCoordinators';
  return (
    <>
      <Paragraph data-size="sm" className="count-line">
        {t('dashboards.list.context', {
          dashboard: dashboardTitle(t, list.dashboard),
          group: groupTitle(t, list.dashboard, list.group),
        })}
      </Paragraph>
      <Heading level={1} data-size="lg" data-testid="figure-heading">
        {t('dashboards.list.title', { figure: label, count: format(list.rows.length) })}
      </Heading>
      {list.period && (
        <Paragraph>
          {t('dashboards.figuresPeriod', {
            from: formatDay(list.period.from),
            to: formatDay(list.period.to),
          })}
        </Paragraph>
      )}
      {list.rows.length === 0 ? (
        <Paragraph>{t(empty)}</Paragraph>
      ) : (
        <div className="table-scroll">
          {list.kind === 'cases' ? (
            <FigureCaseTable caption={label} detail={list.detail} rows={list.rows} />
          ) : (
            <FigureCoordinatorTable caption={label} rows={list.rows} />
          )}
        </div>
      )}
    </>
  );
}
