import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ServiceUnit } from '../../../../shared/api/serviceUnits';
import { emptyService, nestedErrorText, type NewCaseValues } from './newCaseForm';
import { SelectField } from './SelectField';

/** The Marker form's second question: which services the family receives now or will need. */
export function ServiceRows({ serviceUnits }: { serviceUnits: ServiceUnit[] }) {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<NewCaseValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'services' });
  const addButton = useRef<HTMLButtonElement>(null);
  const err = nestedErrorText(formState.errors, t);
  const units = serviceUnits.filter((u) => u.active);

  return (
    <Fieldset>
      <Fieldset.Legend>{t('cases.new.servicesLegend')}</Fieldset.Legend>
      <Fieldset.Description>{t('cases.new.servicesHelp')}</Fieldset.Description>
      {fields.length === 0 && <Paragraph data-size="sm">{t('cases.new.servicesNone')}</Paragraph>}
      {fields.map((field, i) => {
        const n = i + 1;
        const path = `services.${i}` as const;
        return (
          <Fieldset key={field.id} className="row-box">
            <Fieldset.Legend>{t('cases.new.serviceLegend', { n })}</Fieldset.Legend>
            <div className="row-grid">
              <SelectField
                label={t('cases.new.serviceUnit')}
                error={err(`${path}.serviceUnitId`)}
                {...register(`${path}.serviceUnitId`)}
              >
                <option value="">{t('cases.new.noServiceUnit')}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </SelectField>
              <Textfield
                label={t('cases.new.provider')}
                description={t('cases.new.providerHelp')}
                autoComplete="off"
                error={err(`${path}.provider`)}
                {...register(`${path}.provider`)}
              />
              <Textfield
                label={t('cases.new.contact')}
                autoComplete="off"
                error={err(`${path}.contact`)}
                {...register(`${path}.contact`)}
              />
              <SelectField
                label={t('cases.new.serviceStatus')}
                error={err(`${path}.status`)}
                {...register(`${path}.status`)}
              >
                <option value="receives">{t('cases.new.receives')}</option>
                <option value="needs">{t('cases.new.needs')}</option>
              </SelectField>
            </div>
            <div className="row-actions">
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  remove(i);
                  addButton.current?.focus();
                }}
              >
                {t('cases.new.removeService', { n })}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div>
        <Button
          ref={addButton}
          variant="secondary"
          data-size="sm"
          onClick={() => append({ ...emptyService })}
        >
          {t('cases.new.addService')}
        </Button>
      </div>
    </Fieldset>
  );
}
