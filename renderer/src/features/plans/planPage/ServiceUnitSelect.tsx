import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

import { SelectField } from '@renderer/components/SelectField';
import type { ServiceUnit } from '@shared/api/serviceUnits';

import { norwegian } from '../../coordinators/filter';

/** The active service units, and the one already chosen even if it is no longer active. */
export function unitsOffered(all: readonly ServiceUnit[], chosen: number | null): ServiceUnit[] {
  return all.filter((u) => u.active || u.id === chosen).sort((a, b) => norwegian.compare(a.name, b.name));
}

/** A service unit from the register's list; `emptyLabel` names the choice of none. */
export function ServiceUnitSelect({
  units,
  emptyLabel,
  ...rest
}: ComponentProps<typeof SelectField> & { units: ServiceUnit[]; emptyLabel: string }) {
  const { t } = useTranslation();
  return (
    <SelectField {...rest}>
      <option value="">{emptyLabel}</option>
      {units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.active ? u.name : `${u.name} (${t('plan.form.inactiveUnit')})`}
        </option>
      ))}
    </SelectField>
  );
}
