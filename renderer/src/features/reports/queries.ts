import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { ReportSettings } from '@shared/api/reports';

import { call } from '../../api/client';
import type { ReportPeriod } from './period';

/** Keys start with the channel name, so a new threshold refreshes every report shown. */
export const reportKeys = {
  leadership: (period: ReportPeriod) => ['reports.leadership', period] as const,
  settings: ['reports.settings'] as const,
};

/**
 * The report of a period; `enabled` false while the chosen period is not a valid one, so a
 * half-typed date never reaches core. The previous report stays on screen while the next is asked.
 */
export function useLeadershipReport(period: ReportPeriod, enabled = true) {
  return useQuery({
    queryKey: reportKeys.leadership(period),
    queryFn: () => call('reports.leadership', period),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useReportSettings() {
  return useQuery({ queryKey: reportKeys.settings, queryFn: () => call('reports.settings', {}) });
}

export function useUpdateReportSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ReportSettings) => call('reports.updateSettings', settings),
    onSuccess: (saved) => {
      queryClient.setQueryData(reportKeys.settings, saved);
      // What is hidden follows the threshold: every report already fetched is stale.
      return queryClient.invalidateQueries({ queryKey: ['reports.leadership'] });
    },
  });
}
