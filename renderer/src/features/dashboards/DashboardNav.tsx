import { useTranslation } from 'react-i18next';

import type { DashboardKey, Period } from '@shared/api/dashboards';

import { dashboardHref, dashboardOrder, takesPeriod } from './paths';
import { dashboardTitle } from './texts';

/**
 * The five dashboards as tabs made of links (each has its own address). The period goes along
 * between the dashboards that take one, so comparing them keeps the same months.
 */
export function DashboardNav({ current, period }: { current: DashboardKey; period: Period | null }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('dashboards.nav')} className="sub-nav no-print">
      <ul>
        {dashboardOrder.map((key) => (
          <li key={key}>
            <a
              href={dashboardHref(key, takesPeriod(current) ? period : null)}
              aria-current={key === current ? 'page' : undefined}
            >
              {dashboardTitle(t, key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
