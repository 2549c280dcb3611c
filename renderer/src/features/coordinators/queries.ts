import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import type { Coordinator, CoordinatorDetail } from '@shared/api/coordinators';
import type { Input } from '@shared/api/index';
import type { CoordinationRules } from '@shared/domain/coordinationRules';

import { call } from '../../api/client';

export const coordinatorKeys = {
  list: ['coordinators.list'] as const,
  one: (id: number) => ['coordinators.get', id] as const,
  rules: ['coordinators.rules'] as const,
};
export const serviceUnitKeys = { list: ['serviceUnits.list'] as const };
export const trainingKeys = { overview: ['training.overview'] as const };

/**
 * Caseloads and training status show in the pool, on coordinator pages, in the coordinator
 * picker, in the training screens and in the warnings of cases and dashboards: a change to a
 * coordinator, a completion or the rules refreshes all of them. `keep` is a query just written
 * from the answer; reading it again would only add a row to the access log.
 */
function refreshCoordination(queryClient: QueryClient, keep?: readonly unknown[]) {
  return queryClient.invalidateQueries({
    predicate: (q) => {
      const channel = q.queryKey[0];
      if (typeof channel !== 'string') return false;
      if (keep && q.queryKey.length === keep.length && q.queryKey.every((part, i) => part === keep[i]))
        return false;
      return /^(coordinators|training|appointments|cases|dashboards|serviceUnits)\./.test(channel);
    },
  });
}

export function useCoordinators() {
  return useQuery({ queryKey: coordinatorKeys.list, queryFn: () => call('coordinators.list', {}) });
}

/** The coordinator page: reading it writes a row in the access log (it names the persons). */
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

/** The course catalogue; the completion form offers the active courses. */
export function useCourses() {
  return useQuery({
    queryKey: trainingKeys.overview,
    queryFn: () => call('training.overview', {}),
    select: (overview) => overview.courses,
  });
}

export function useSaveCoordinator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'coordinators.create'> & { id?: number }) =>
      input.id === undefined
        ? call('coordinators.create', input)
        : call('coordinators.update', { ...input, id: input.id }),
    onSuccess: (saved: Coordinator) => {
      // The record changed; the cases and training on the page did not.
      const key = coordinatorKeys.one(saved.id);
      queryClient.setQueryData<CoordinatorDetail>(key, (old) => (old ? { ...old, coordinator: saved } : old));
      return refreshCoordination(queryClient, queryClient.getQueryData(key) ? key : undefined);
    },
  });
}

/** Recording or removing a completion returns the coordinator page as it now stands. */
function onDetail(queryClient: QueryClient) {
  return (detail: CoordinatorDetail) => {
    const key = coordinatorKeys.one(detail.coordinator.id);
    queryClient.setQueryData(key, detail);
    return refreshCoordination(queryClient, key);
  };
}

export function useRecordCompletion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'training.recordCompletion'>) => call('training.recordCompletion', input),
    onSuccess: onDetail(queryClient),
  });
}

export function useRemoveCompletion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'training.removeCompletion'>) => call('training.removeCompletion', input),
    onSuccess: onDetail(queryClient),
  });
}

export function useCoordinationRules() {
  return useQuery({ queryKey: coordinatorKeys.rules, queryFn: () => call('coordinators.rules', {}) });
}

export function useUpdateCoordinationRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: CoordinationRules) => call('coordinators.updateRules', rules),
    onSuccess: (saved) => {
      queryClient.setQueryData(coordinatorKeys.rules, saved);
      // "Expires soon" and the without-coordinator warning are computed with these numbers everywhere.
      return refreshCoordination(queryClient, coordinatorKeys.rules);
    },
  });
}
