import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { caseRulesInput } from '@shared/api/cases';
import { defaultCaseRules, legalReferenceKeys, type CaseRules } from '@shared/domain/case';

import { useCaseRules, useUpdateCaseRules } from '../cases/queries';
import { NumericRulesForm } from './NumericRulesForm';

/** Every number the deadlines and warnings depend on, each with the rule it comes from. */
const ruleFields = [
  'interimReplyMonths',
  'appealWeeksRights',
  'age18WarningMonths',
  'participationAge',
  'ownConsentAge',
  'barnekoordinatorMaxAge',
  'dueSoonDays',
] as const satisfies readonly (keyof CaseRules)[];

export function CaseRulesSettings() {
  const { t } = useTranslation();
  const rules = useCaseRules();
  const update = useUpdateCaseRules();
  return (
    <NumericRulesForm
      texts="cases.rules"
      fields={ruleFields}
      schema={caseRulesInput}
      defaults={defaultCaseRules}
      rules={rules}
      save={(parsed, values) =>
        update.mutateAsync({
          ...parsed,
          legalReferences: { ...values.legalReferences, ...parsed.legalReferences },
        })
      }
      saving={update.isPending}
    >
      {({ register, formState }) => (
        <Fieldset>
          <Fieldset.Legend>{t('cases.rules.legalReferencesTitle')}</Fieldset.Legend>
          <Fieldset.Description>{t('cases.rules.legalReferencesHelp')}</Fieldset.Description>
          {legalReferenceKeys.map((key) => {
            const message = formState.errors.legalReferences?.[key]?.message;
            return (
              <Textfield
                key={key}
                label={t(`cases.rules.legalReference.${key}`)}
                // A decision's legal basis names two acts: room for all of it.
                multiline
                rows={key.startsWith('basis') ? 2 : 1}
                error={message ? t(message) : undefined}
                {...register(`legalReferences.${key}`)}
              />
            );
          })}
        </Fieldset>
      )}
    </NumericRulesForm>
  );
}
