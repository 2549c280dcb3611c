import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/api/index';
import { call } from '../../api/client';

export const coordinatorKeys = {
  list: ['coordinators.list'] as const,
  one: (id: number) => ['coordinators.get', id] as const,
};
export const serviceUnitKeys = { list: ['serviceUnits.list'] as const };

export function useCoordinators() {
  return useQuery({ queryKey: coordinatorKeys.list, queryFn: () => call('coordinators.list', {}) });
}

export function useCoordinator(id: number | null) {
  return useQuery({
    queryKey: coordinatorKeys.one(id ?? 0),
    queryFn: () => call('coordinators.get', { id: id! }),
    enabled: id !== null,
  });
}

export function useServiceUnits() {
  return useQuery({ queryKey: serviceUnitKeys.list, queryFn: () => call('serviceUnits.list', {}) });
}

export function useSaveCoordinator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'coordinators.create'> & { id?: number }) =>
      input.id === undefined
        ? call('coordinators.create', input)
        : call('coordinators.update', { ...input, id: input.id }),
    onSuccess: (saved) => {
      queryClient.setQueryData(coordinatorKeys.one(saved.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: coordinatorKeys.list }),
        queryClient.invalidateQueries({ queryKey: serviceUnitKeys.list }),
      ]);
    },
  });
}
