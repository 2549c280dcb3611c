import { useQuery } from '@tanstack/react-query';

import type { DashboardInput, FigureInput } from '@shared/api/dashboards';

import { call } from '../../api/client';

/** Keys start with the channel name, like every other query of the app. */
export const dashboardKeys = {
  dashboard: (input: DashboardInput) => ['dashboards.get', input] as const,
  figure: (input: FigureInput) => ['dashboards.figure', input] as const,
};

/**
 * One dashboard's counts. `enabled` is false while the period in the address cannot be read:
 * nothing is asked until the user has chosen a period that can.
 */
export function useDashboard(input: DashboardInput, enabled = true) {
  return useQuery({
    queryKey: dashboardKeys.dashboard(input),
    queryFn: () => call('dashboards.get', input),
    // A new period keeps the old figures on screen until the new ones arrive; another dashboard does not.
    placeholderData: (previous) => (previous?.key === input.dashboard ? previous : undefined),
    enabled,
  });
}

/** The rows behind one figure (case workers only: core refuses a leder). */
export function useFigureList(input: FigureInput, enabled = true) {
  return useQuery({
    queryKey: dashboardKeys.figure(input),
    queryFn: () => call('dashboards.figure', input),
    enabled,
  });
}
