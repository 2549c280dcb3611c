import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { Input } from '@shared/api/index';

import { call } from '../../api/client';

export const BACKUP_STATUS_KEY = ['backup.status'] as const;

/** Administrators only: core refuses everyone else, so no other role asks. */
export function useBackupStatus() {
  return useQuery({ queryKey: BACKUP_STATUS_KEY, queryFn: () => call('backup.status', {}) });
}

export function useCreateBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('backup.create', {}),
    // A failed attempt is news too: the status may now name it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: BACKUP_STATUS_KEY }),
  });
}

export function useUpdateBackupSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'backup.updateSettings'>) => call('backup.updateSettings', input),
    onSuccess: (status) => queryClient.setQueryData(BACKUP_STATUS_KEY, status),
  });
}
