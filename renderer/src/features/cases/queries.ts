import { keepPreviousData, useMutation, useQuery, useQueryClient, type Query } from '@tanstack/react-query';

import type { CaseListQuery, NewCaseInput } from '@shared/api/cases';
import type { CaseRules } from '@shared/domain/case';

import { call } from '../../api/client';

/**
 * Keys start with the channel name, as everywhere in the renderer (`['coordinators.list']`), so
 * a change made on the case page refreshes the list, the protocol and the agenda too.
 */
export const casesKeys = {
  list: (query: CaseListQuery) => ['cases.list', query] as const,
  protocol: (from: string, to: string) => ['cases.protocol', from, to] as const,
  agenda: ['cases.agenda'] as const,
  rules: ['cases.rules'] as const,
  person: (nationalId: string) => ['persons.findByNationalId', nationalId] as const,
};

const channelOf = (query: Query) => (typeof query.queryKey[0] === 'string' ? query.queryKey[0] : '');

/**
 * One page of the list. The previous answer stays on screen while the next is asked, so every
 * keystroke in the search can ask core at once without the table blinking.
 */
export function useCaseList(query: CaseListQuery) {
  return useQuery({
    queryKey: casesKeys.list(query),
    queryFn: () => call('cases.list', query),
    placeholderData: keepPreviousData,
  });
}

export function useProtocol(from: string | null, to: string | null) {
  return useQuery({
    queryKey: casesKeys.protocol(from ?? '', to ?? ''),
    queryFn: () => call('cases.protocol', { from: from!, to: to! }),
    enabled: from !== null && to !== null,
    placeholderData: keepPreviousData,
  });
}

export function useAgenda() {
  return useQuery({ queryKey: casesKeys.agenda, queryFn: () => call('cases.agenda', {}) });
}

export function useCaseRules() {
  return useQuery({ queryKey: casesKeys.rules, queryFn: () => call('cases.rules', {}) });
}

export function useUpdateCaseRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: CaseRules) => call('cases.updateRules', rules),
    onSuccess: (saved) => {
      queryClient.setQueryData(casesKeys.rules, saved);
      // Deadlines and warnings in every list and on every case follow the rules.
      return queryClient.invalidateQueries({
        predicate: (q) => channelOf(q).startsWith('cases.') && channelOf(q) !== 'cases.rules',
      });
    },
  });
}

/** Asked as soon as 11 digits are typed, so an existing person is offered instead of a duplicate. */
export function usePersonByNationalId(nationalId: string | null) {
  return useQuery({
    queryKey: casesKeys.person(nationalId ?? ''),
    queryFn: () => call('persons.findByNationalId', { nationalId }),
    enabled: nationalId !== null,
    staleTime: 30_000,
  });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCaseInput) => call('cases.create', input),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (q) => channelOf(q).startsWith('cases.') || channelOf(q).startsWith('persons.'),
      }),
  });
}
