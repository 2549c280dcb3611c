import { dashboardKeys, periodDashboards, type DashboardKey, type Period } from '@shared/api/dashboards';

import { hrefFor } from '../../app/router';

/** The Norwegian address segment of each dashboard: `#/oversikt/frister`. Frister comes first. */
export const dashboardSegments: Record<DashboardKey, string> = {
  deadlines: 'frister',
  training: 'opplaering',
  assignments: 'saksfordeling',
  changes: 'koordinatorbytter',
  plans: 'ip-fremdrift',
};

/** The order of the tabs: what the KE must act on first, then staff, then the period dashboards. */
export const dashboardOrder: readonly DashboardKey[] = dashboardKeys;

export const DEFAULT_DASHBOARD: DashboardKey = 'deadlines';

export function dashboardFromSegment(segment: string | undefined): DashboardKey | null {
  const found = dashboardOrder.find((key) => dashboardSegments[key] === segment);
  return found ?? null;
}

export function takesPeriod(dashboard: DashboardKey): boolean {
  return periodDashboards.includes(dashboard);
}

/** `fra`/`til` only for a dashboard that takes a period; the others describe today. */
function periodQuery(dashboard: DashboardKey, period: Period | null): Record<string, string> {
  return period && takesPeriod(dashboard) ? { fra: period.from, til: period.to } : {};
}

export function dashboardHref(dashboard: DashboardKey, period: Period | null = null): string {
  return hrefFor(['oversikt', dashboardSegments[dashboard]], periodQuery(dashboard, period));
}

/** The list behind one figure; it carries the period so the list counts what the figure counted. */
export function figureHref(
  dashboard: DashboardKey,
  group: string,
  figure: string,
  period: Period | null,
): string {
  return hrefFor(['oversikt', dashboardSegments[dashboard], group, figure], periodQuery(dashboard, period));
}

export function caseHref(caseId: number): string {
  return hrefFor(['saker', String(caseId)]);
}

export function coordinatorHref(coordinatorId: number): string {
  return hrefFor(['koordinatorer', String(coordinatorId)]);
}
