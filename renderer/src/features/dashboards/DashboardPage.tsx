import { Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Dashboard, DashboardKey } from '@shared/api/dashboards';
import { todayIso } from '@shared/domain/calendar';

import { formatDay } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CountLine } from '../../components/lists/CountLine';
import { DashboardNav } from './DashboardNav';
import { FigureGroupSection } from './FigureGroupSection';
import { NextSessions } from './NextSessions';
import { takesPeriod } from './paths';
import type { AddressPeriod } from './period';
import { PeriodSelector } from './PeriodSelector';
import { useDashboard } from './queries';
import { dashboardTitle } from './texts';

interface Props {
  dashboard: DashboardKey;
  address: AddressPeriod;
  /** False for a leder: counts as plain text, no way to the names behind them. */
  canOpenLists: boolean;
  /** Something the user must see first (an administrator's backup warning), under the heading. */
  notice?: ReactNode;
}

/** `#/oversikt/<dashboard>`: one dashboard, each group a chart with its table of figures. */
export function DashboardPage({ dashboard, address, canOpenLists, notice }: Props) {
  const { t } = useTranslation();
  const withPeriod = takesPeriod(dashboard);
  const period = withPeriod && address.kind === 'period' ? address.period : undefined;
  // An unreadable period asks nothing: the selector says what is wrong.
  const query = useDashboard(
    { dashboard, ...(period ? { from: period.from, to: period.to } : {}) },
    !withPeriod || address.kind !== 'invalid',
  );
  const data = query.data;
  const today = data?.today ?? todayIso(new Date());

  return (
    <section className="page dashboard-page">
      <Heading level={1} data-size="lg">
        {t('dashboards.title')}
      </Heading>
      {notice}
      {!canOpenLists && <Paragraph data-testid="counts-only">{t('dashboards.countsOnly')}</Paragraph>}
      <DashboardNav current={dashboard} period={data?.period ?? period ?? null} />
      <Heading level={2} data-size="md">
        {dashboardTitle(t, dashboard)}
      </Heading>
      <Paragraph>{t(`dashboards.dashboard.${dashboard}.intro`)}</Paragraph>
      {withPeriod && (
        <PeriodSelector dashboard={dashboard} address={address} shown={data?.period ?? null} today={today} />
      )}
      <ErrorAlert error={query.error} />
      {withPeriod && address.kind === 'invalid' ? null : query.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : data ? (
        <DashboardFigures data={data} canOpenLists={canOpenLists} busy={query.isPlaceholderData} />
      ) : null}
    </section>
  );
}

function DashboardFigures({
  data,
  canOpenLists,
  busy,
}: {
  data: Dashboard;
  canOpenLists: boolean;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="dashboard-figures" aria-busy={busy || undefined}>
      <CountLine testId="figures-line">{figuresLine(t, data)}</CountLine>
      {canOpenLists && <Paragraph data-size="sm">{t('dashboards.linkHelp')}</Paragraph>}
      {data.threshold !== null && (
        <Paragraph data-size="sm" data-testid="suppression-note">
          {t('dashboards.suppressed', { threshold: data.threshold })}
        </Paragraph>
      )}
      {data.groups.map((group) => (
        <FigureGroupSection
          key={group.key}
          dashboard={data.key}
          group={group}
          period={data.period}
          canOpenLists={canOpenLists}
          threshold={data.threshold}
        />
      ))}
      {data.key === 'training' && <NextSessions sessions={data.nextSessions} canOpen={canOpenLists} />}
    </div>
  );
}

/** What day or period the figures describe; IP-fremdrift takes a period for its goals only. */
function figuresLine(t: ReturnType<typeof useTranslation>['t'], data: Dashboard): string {
  const date = formatDay(data.today);
  if (!data.period) return t('dashboards.figuresToday', { date });
  const from = formatDay(data.period.from);
  const to = formatDay(data.period.to);
  return data.key === 'plans'
    ? t('dashboards.figuresPeriodPart', { from, to, date })
    : t('dashboards.figuresPeriod', { from, to });
}
