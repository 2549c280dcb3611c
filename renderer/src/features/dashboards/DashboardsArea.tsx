import { Alert } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { Role } from '@shared/api/channel';

import type { Route } from '../../app/router';
import { BackupOverviewWarning } from '../backup/BackupOverviewWarning';
import { DashboardPage } from './DashboardPage';
import './dashboards.css';
import { FigureListPage } from './FigureListPage';
import { dashboardFromSegment, DEFAULT_DASHBOARD } from './paths';
import { periodFromQuery } from './period';

/**
 * The Oversikt area: `#/oversikt` (Frister), `#/oversikt/<dashboard>` and, for case workers,
 * `#/oversikt/<dashboard>/<group>/<figure>`, the list behind one figure. A leder who follows such
 * an address sees the dashboard: the lists name persons, and core refuses them to a leder too.
 */
export function DashboardsArea({ route, role }: { route: Route; role: Role }) {
  const { t } = useTranslation();
  const [area, segment, group, figure] = route.segments;
  const dashboard = (area === 'oversikt' ? dashboardFromSegment(segment) : null) ?? DEFAULT_DASHBOARD;
  const address = periodFromQuery(route.query);
  const canOpenLists = role !== 'leder';

  if (group && figure && canOpenLists)
    return <FigureListPage dashboard={dashboard} group={group} figure={figure} address={address} />;
  return (
    <>
      {group && figure && (
        <Alert data-color="info" className="no-print">
          {t('dashboards.list.leder')}
        </Alert>
      )}
      <DashboardPage
        key={dashboard}
        dashboard={dashboard}
        address={address}
        canOpenLists={canOpenLists}
        notice={role === 'admin' ? <BackupOverviewWarning /> : null}
      />
    </>
  );
}
