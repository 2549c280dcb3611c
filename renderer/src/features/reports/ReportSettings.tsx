import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  reportsApi,
  type ReportSettings as Settings,
} from '@shared/api/reports';

import { NumericRulesForm } from '../settings/NumericRulesForm';
import { useReportSettings, useUpdateReportSettings } from './queries';

const fields = ['suppressionThreshold'] as const satisfies readonly (keyof Settings)[];
const defaults = { suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD };
const settingsInput = reportsApi['reports.updateSettings'].input;

/**
 * Innstillinger → Rapporter: the threshold under which the leadership report hides a count. The
 * contract gives the range (never below 3, DOMAIN.md section 7), so the form refuses 2 beside the
 * field with the contract's own message before anything is sent.
 */
export function ReportSettings() {
  const settings = useReportSettings();
  const update = useUpdateReportSettings();
  return (
    <NumericRulesForm
      texts="reports.settings"
      fields={fields}
      schema={settingsInput}
      defaults={defaults}
      rules={settings}
      save={(parsed) => update.mutateAsync(parsed)}
      saving={update.isPending}
    />
  );
}
