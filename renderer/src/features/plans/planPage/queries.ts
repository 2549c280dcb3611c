import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { call } from '@renderer/api/client';
import type { Input } from '@shared/api/index';
import type { PlanDetail } from '@shared/api/plans';

export const planKeys = {
  one: (caseId: number) => ['plans.get', caseId] as const,
};

/**
 * The plan page and its forms read the plan once (each read is a row in the access log); the
 * forms use what the page read.
 */
export function usePlan(caseId: number) {
  return useQuery({ queryKey: planKeys.one(caseId), queryFn: () => call('plans.get', { caseId }) });
}

export type PlanChannel =
  | 'plans.save'
  | 'plans.savePoints'
  | 'plans.saveGoal'
  | 'plans.removeGoal'
  | 'plans.moveGoal'
  | 'plans.saveMeasure'
  | 'plans.removeMeasure'
  | 'plans.moveMeasure'
  | 'plans.saveMember'
  | 'plans.removeMember'
  | 'plans.saveMeeting'
  | 'plans.removeMeeting';

/**
 * Every change returns the whole plan, which goes straight into the cache. The plan list, the
 * case (its plan summary and warnings) and the dashboards are read again when next shown.
 */
export function usePlanChange<K extends PlanChannel>(channel: K) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<K>) => call(channel, input) as Promise<PlanDetail>,
    onSuccess: (detail) => {
      queryClient.setQueryData(planKeys.one(detail.caseId), detail);
      return queryClient.invalidateQueries({
        predicate: (q) => {
          const key = q.queryKey[0];
          if (typeof key !== 'string' || key === 'plans.get') return false;
          return /^(plans|cases|dashboards)\./.test(key);
        },
      });
    },
  });
}
