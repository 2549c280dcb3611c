import { useTranslation } from 'react-i18next';

import {
  DEFAULT_RETENTION_YEARS,
  retentionActions,
  retentionApi,
  type RetentionSettings,
} from '@shared/api/retention';

import { ChoiceField } from '../../components/fields';
import { NumericRulesForm } from '../settings/NumericRulesForm';
import { useRetentionSettings, useUpdateRetentionSettings } from './queries';

const fields = ['years'] as const satisfies readonly (keyof RetentionSettings)[];
const defaults = { years: DEFAULT_RETENTION_YEARS };
const settingsInput = retentionApi['retention.updateSettings'].input;

/**
 * How long a closed case stays after closing (DOMAIN.md 9: ten years by default, to be confirmed
 * with the municipality's archive) and what happens to it then. The contract gives the range.
 */
export function RetentionSettingsForm() {
  const { t } = useTranslation();
  const settings = useRetentionSettings();
  const update = useUpdateRetentionSettings();
  return (
    <NumericRulesForm
      texts="retention.settings"
      fields={fields}
      schema={settingsInput}
      defaults={defaults}
      rules={settings}
      save={(parsed) => update.mutateAsync(parsed)}
      saving={update.isPending}
    >
      {(form) => (
        <ChoiceField
          legend={t('retention.settings.action')}
          choices={retentionActions.map((value) => ({
            value,
            label: t(`retention.action.${value}`),
            description: t(`retention.effect.${value}`),
          }))}
          error={undefined}
          registration={form.register('action')}
        />
      )}
    </NumericRulesForm>
  );
}
