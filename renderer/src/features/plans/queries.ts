import { keepPreviousData, useQuery } from '@tanstack/react-query';

import type { PlanListQuery } from '@shared/api/plans';

import { call } from '../../api/client';

/** Keys start with the channel name, so a change on a plan page refreshes the list too. */
export const plansListKeys = {
  list: (query: PlanListQuery) => ['plans.list', query] as const,
  rules: ['plans.rules'] as const,
};

/** One page of the list; the previous answer stays on screen while the next is asked. */
export function usePlanList(query: PlanListQuery) {
  return useQuery({
    queryKey: plansListKeys.list(query),
    queryFn: () => call('plans.list', query),
    placeholderData: keepPreviousData,
  });
}

export function usePlanRules() {
  return useQuery({ queryKey: plansListKeys.rules, queryFn: () => call('plans.rules', {}) });
}
