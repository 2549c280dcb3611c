import { Textfield } from '@digdir/designsystemet-react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { ServiceUnit } from '@shared/api/serviceUnits';

import { errorText } from '../../components/formErrors';
import { RepeatableFieldset } from '../../components/RepeatableFieldset';
import { SelectField } from '../../components/SelectField';
import { emptyService, type Rows, type ServiceValues } from './rowValues';

/**
 * The Marker form's second question: which services the person receives now or will need, each
 * with its service unit (or another provider: fastlege, BUP ...) and a contact. Used by the
 * new-case form and the case details form.
 */
export function ServiceFields({
  rows,
  serviceUnits,
  inUse,
}: {
  /** Owned by the page, so it can take out the empty ones on save. */
  rows: Rows<ServiceValues>;
  serviceUnits: ServiceUnit[];
  /** Units already recorded on the case (kept choosable if deactivated since). */
  inUse: number[];
}) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext();
  const err = errorText(formState.errors, t);
  // A unit deactivated since stays choosable where it is already recorded, so it is not lost on save.
  const units = serviceUnits.filter((u) => u.active || inUse.includes(u.id));

  return (
    <RepeatableFieldset
      legend={t('cases.new.servicesLegend')}
      description={t('cases.new.servicesHelp')}
      emptyText={t('case.noServices')}
      rows={rows}
      onAdd={() => rows.append({ ...emptyService })}
      addText={t('case.addService')}
      rowLegend={(n) => t('case.serviceLegend', { n })}
      removeText={(n) => t('case.removeService', { n })}
      fields={(i) => {
        const path = `services.${i}`;
        return (
          <>
            <SelectField
              label={t('case.field.serviceUnit')}
              error={err(`${path}.serviceUnitId`)}
              {...register(`${path}.serviceUnitId`)}
            >
              <option value="">{t('case.noServiceUnit')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </SelectField>
            <Textfield
              label={t('case.field.provider')}
              description={t('case.help.provider')}
              autoComplete="off"
              error={err(`${path}.provider`)}
              {...register(`${path}.provider`)}
            />
            <Textfield
              label={t('case.field.serviceContact')}
              autoComplete="off"
              error={err(`${path}.contact`)}
              {...register(`${path}.contact`)}
            />
            <SelectField
              label={t('case.field.serviceStatus')}
              error={err(`${path}.status`)}
              {...register(`${path}.status`)}
            >
              <option value="receives">{t('case.serviceStatus.receives')}</option>
              <option value="needs">{t('case.serviceStatus.needs')}</option>
            </SelectField>
          </>
        );
      }}
    />
  );
}
