import { Button, Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { relationKinds } from '../../../../shared/domain/case';
import { emptyRelation, nestedErrorText, type NewCaseValues } from './newCaseForm';
import { SelectField } from './SelectField';

/** Guardians, next of kin and a fullmektig: as many rows as the family has. */
export function RelationRows() {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<NewCaseValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'person.relations' });
  const addButton = useRef<HTMLButtonElement>(null);
  const err = nestedErrorText(formState.errors, t);

  return (
    <Fieldset>
      <Fieldset.Legend>{t('cases.new.relationsLegend')}</Fieldset.Legend>
      <Fieldset.Description>{t('cases.new.relationsHelp')}</Fieldset.Description>
      {fields.length === 0 && <Paragraph data-size="sm">{t('cases.new.relationsNone')}</Paragraph>}
      {fields.map((field, i) => {
        const n = i + 1;
        const path = `person.relations.${i}` as const;
        return (
          <Fieldset key={field.id} className="row-box">
            <Fieldset.Legend>{t('cases.new.relationLegend', { n })}</Fieldset.Legend>
            <div className="row-grid">
              <Textfield
                label={t('cases.new.relationName')}
                autoComplete="off"
                error={err(`${path}.name`)}
                {...register(`${path}.name`)}
              />
              <SelectField
                label={t('cases.new.relationKind')}
                error={err(`${path}.relation`)}
                {...register(`${path}.relation`)}
              >
                <option value="">{t('cases.new.choose')}</option>
                {relationKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`cases.relations.${kind}`)}
                  </option>
                ))}
              </SelectField>
              <Textfield
                label={t('cases.new.phone')}
                type="tel"
                autoComplete="off"
                error={err(`${path}.phone`)}
                {...register(`${path}.phone`)}
              />
              <Textfield
                label={t('cases.new.email')}
                type="email"
                autoComplete="off"
                error={err(`${path}.email`)}
                {...register(`${path}.email`)}
              />
            </div>
            <div className="row-actions">
              <Checkbox
                label={t('cases.new.parentalResponsibility')}
                {...register(`${path}.parentalResponsibility`)}
              />
              <Checkbox label={t('cases.new.mayConsent')} {...register(`${path}.mayConsent`)} />
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  remove(i);
                  addButton.current?.focus();
                }}
              >
                {t('cases.new.removeRelation', { n })}
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
          onClick={() => append({ ...emptyRelation })}
        >
          {t('cases.new.addRelation')}
        </Button>
      </div>
    </Fieldset>
  );
}
