import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { call } from '@renderer/api/client';
import type { CaseDetail } from '@shared/api/cases';
import type { Input } from '@shared/api/index';

export const caseKeys = {
  one: (id: number) => ['cases.get', id] as const,
};

/**
 * Each read writes a row in the access log (core): CasePage is the only reader, so a visit to the
 * case and its forms is one read, and coming back later is another.
 */
export function useCase(id: number) {
  return useQuery({ queryKey: caseKeys.one(id), queryFn: () => call('cases.get', { id }) });
}

/**
 * Every change returns the whole case again; lists elsewhere (list, agenda, protocol) are
 * refreshed, and the coordinators' caseloads and pages when an appointment changed.
 */
export function keepFresh(queryClient: QueryClient, detail: CaseDetail, alsoCoordinators = false) {
  queryClient.setQueryData(caseKeys.one(detail.record.id), detail);
  return queryClient.invalidateQueries({
    predicate: (q) => {
      const key = q.queryKey[0];
      if (typeof key !== 'string') return false;
      if (alsoCoordinators && (key.startsWith('coordinators.') || key === 'appointments.candidates'))
        return true;
      return key.startsWith('cases.') && key !== 'cases.get';
    },
  });
}

export function useRecordStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'cases.recordStep'>) => call('cases.recordStep', input),
    onSuccess: (detail) => keepFresh(queryClient, detail),
  });
}

export function useRemoveStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'cases.removeStep'>) => call('cases.removeStep', input),
    onSuccess: (detail) => keepFresh(queryClient, detail),
  });
}

export function useUpdateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'cases.update'>) => call('cases.update', input),
    onSuccess: (detail) => keepFresh(queryClient, detail),
  });
}

/** A changed person changes the case (age, deadlines, warnings): the case is read again. */
export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'persons.update'>) => call('persons.update', input),
    // The person's name and birth show in every case of theirs, the list, the agenda and the protocol.
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (q) => typeof q.queryKey[0] === 'string' && /^(cases|persons)\./.test(q.queryKey[0]),
      }),
  });
}
