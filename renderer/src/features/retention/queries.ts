import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { RetentionApplyInput, RetentionSettings } from '@shared/api/retention';

import { call } from '../../api/client';

export const retentionKeys = {
  settings: ['retention.settings'] as const,
  expired: ['retention.expired'] as const,
};

export function useRetentionSettings() {
  return useQuery({ queryKey: retentionKeys.settings, queryFn: () => call('retention.settings', {}) });
}

export function useUpdateRetentionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: RetentionSettings) => call('retention.updateSettings', settings),
    onSuccess: (saved) => {
      queryClient.setQueryData(retentionKeys.settings, saved);
      // Which cases are past their time follows the years.
      return queryClient.invalidateQueries({ queryKey: retentionKeys.expired });
    },
  });
}

/** The closed cases past their time: read (and logged) when the section is opened. */
export function useExpiredCases() {
  return useQuery({ queryKey: retentionKeys.expired, queryFn: () => call('retention.expired', {}) });
}

export function useApplyRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RetentionApplyInput) => call('retention.apply', input),
    // Cases, persons, plans, dashboards and reports all changed: everything shown is stale.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
