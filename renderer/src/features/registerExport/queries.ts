import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { Input } from '@shared/api/index';

import { call } from '../../api/client';

export const REGISTER_EXPORT_STATUS_KEY = ['registerExport.status'] as const;

/** Administrators only: core refuses everyone else, so no other role asks. */
export function useRegisterExportStatus() {
  return useQuery({
    queryKey: REGISTER_EXPORT_STATUS_KEY,
    queryFn: () => call('registerExport.status', {}),
  });
}

export function useWriteRegisterExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'registerExport.write'>) => call('registerExport.write', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REGISTER_EXPORT_STATUS_KEY }),
  });
}

export function useLoadRegisterExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'registerExport.load'>) => call('registerExport.load', input),
    // Everything the window has read may have changed: persons, cases, coordinators, settings.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
