import { coordinationRulesInput } from '@shared/api/coordinators';
import { defaultCoordinationRules, type CoordinationRules } from '@shared/domain/coordinationRules';

import { useCoordinationRules, useUpdateCoordinationRules } from '../coordinators/queries';
import { NumericRulesForm } from './NumericRulesForm';

/** The numbers behind "går ut snart" and the warning for a granted right with no coordinator. */
const ruleFields = [
  'trainingNoticeDays',
  'withoutCoordinatorDays',
] as const satisfies readonly (keyof CoordinationRules)[];

export function CoordinationRulesSettings() {
  const rules = useCoordinationRules();
  const update = useUpdateCoordinationRules();
  return (
    <NumericRulesForm
      texts="settings.coordination"
      fields={ruleFields}
      schema={coordinationRulesInput}
      defaults={defaultCoordinationRules}
      rules={rules}
      save={(parsed) => update.mutateAsync(parsed)}
      saving={update.isPending}
    />
  );
}
