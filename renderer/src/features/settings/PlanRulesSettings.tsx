import { useMutation, useQueryClient } from '@tanstack/react-query';

import { plansApi } from '@shared/api/plans';
import { defaultPlanRules, type PlanRules } from '@shared/domain/plan';

import { call } from '../../api/client';
import { plansListKeys, usePlanRules } from '../plans/queries';
import { NumericRulesForm } from './NumericRulesForm';

/** The numbers behind "til evaluering" and the plan warnings. */
const ruleFields = [
  'minMeetingsPerYear',
  'evaluationMonths',
  'revisionNoticeDays',
] as const satisfies readonly (keyof PlanRules)[];

const rulesInput = plansApi['plans.updateRules'].input;

function useUpdatePlanRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: PlanRules) => call('plans.updateRules', rules),
    onSuccess: (saved) => {
      queryClient.setQueryData(plansListKeys.rules, saved);
      // Status and warnings of every plan follow the rules: the list, the plan pages, the cases
      // (their plan summary) and the dashboards.
      return queryClient.invalidateQueries({
        predicate: (q) => {
          const channel = q.queryKey[0];
          return (
            typeof channel === 'string' &&
            channel !== 'plans.rules' &&
            /^(plans|cases|dashboards)\./.test(channel)
          );
        },
      });
    },
  });
}

export function PlanRulesSettings() {
  const rules = usePlanRules();
  const update = useUpdatePlanRules();
  return (
    <NumericRulesForm
      texts="settings.plans"
      fields={ruleFields}
      schema={rulesInput}
      defaults={defaultPlanRules}
      rules={rules}
      save={(parsed) => update.mutateAsync(parsed)}
      saving={update.isPending}
    />
  );
}
