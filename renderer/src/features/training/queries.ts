import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import type { Input } from '@shared/api/index';

import { call } from '../../api/client';

export const trainingKeys = {
  overview: ['training.overview'] as const,
  session: (id: number) => ['training.getSession', id] as const,
  guidance: (id: number) => ['training.getGuidance', id] as const,
};

export function useTrainingOverview() {
  return useQuery({ queryKey: trainingKeys.overview, queryFn: () => call('training.overview', {}) });
}

export function useTrainingSession(id: number | null) {
  return useQuery({
    queryKey: trainingKeys.session(id ?? 0),
    queryFn: () => call('training.getSession', { id: id! }),
    enabled: id !== null,
  });
}

export function useGuidance(id: number | null) {
  return useQuery({
    queryKey: trainingKeys.guidance(id ?? 0),
    queryFn: () => call('training.getGuidance', { id: id! }),
    enabled: id !== null,
  });
}

const detailKeys: readonly unknown[] = ['training.getSession', 'training.getGuidance'];

/**
 * A course, a session or guidance changes what the Opplæring page shows and the coordinators'
 * training status: in the pool, on their pages, in the pickers and in the warnings of cases and
 * dashboards. All of those are read again (only the ones on screen at once; the rest when next
 * shown). A session or guidance changes no other one's detail, and the form that saved it is still
 * open: those are left alone, and a removed one is not asked for again.
 */
function refreshAfterChange(queryClient: QueryClient, options: { details: boolean }) {
  return queryClient.invalidateQueries({
    predicate: (q) => {
      const key = q.queryKey[0];
      if (typeof key !== 'string') return false;
      if (!options.details && detailKeys.includes(key)) return false;
      return /^(training|coordinators|appointments|cases|dashboards)\./.test(key);
    },
  });
}

export function useSaveCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'training.saveCourse'>) => call('training.saveCourse', input),
    // Sessions carry their course's name.
    onSuccess: () => refreshAfterChange(queryClient, { details: true }),
  });
}

export function useSaveSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'training.saveSession'>) => call('training.saveSession', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(trainingKeys.session(saved.id), saved);
      return refreshAfterChange(queryClient, { details: false });
    },
  });
}

export function useRemoveSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'training.removeSession'>) => call('training.removeSession', input),
    onSuccess: () => refreshAfterChange(queryClient, { details: false }),
  });
}

export function useSaveGuidance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'training.saveGuidance'>) => call('training.saveGuidance', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(trainingKeys.guidance(saved.id), saved);
      return refreshAfterChange(queryClient, { details: false });
    },
  });
}
