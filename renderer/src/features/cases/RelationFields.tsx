import { Button, Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { relationKinds } from '@shared/domain/case';

import { errorText } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { emptyRelation, type RelationValues, type Rows } from './rowValues';

/**
 * Guardians, next of kin and a fullmektig, one group per person: who they are to the person,
 * whether they have parental responsibility and may consent, and how to reach them. Used by the
 * new-case form (`at` = 'person.relations') and the person form (`at` = 'relations'); the page
 * owns the rows, so it can take out the empty ones on save.
 */
export function RelationFields({
  rows,
  at,
}: {
  rows: Rows<RelationValues>;
  at: 'relations' | 'person.relations';
}) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext();
  const { fields, append, remove } = rows;
  const addButton = useRef<HTMLButtonElement>(null);
  const err = errorText(formState.errors, t);

  return (
    <Fieldset>
      <Fieldset.Legend>{t('case.relationsTitle')}</Fieldset.Legend>
      <Fieldset.Description>{t('case.help.relations')}</Fieldset.Description>
      {fields.length === 0 && <Paragraph data-size="sm">{t('case.noRelations')}</Paragraph>}
      {fields.map((field, i) => {
        const n = i + 1;
        const path = `${at}.${i}`;
        return (
          <Fieldset key={field.id} className="row-box">
            <Fieldset.Legend>{t('case.relationLegend', { n })}</Fieldset.Legend>
            <div className="row-grid">
              <Textfield
                label={t('case.field.relationName')}
                autoComplete="off"
                error={err(`${path}.name`)}
                {...register(`${path}.name`)}
              />
              <SelectField
                label={t('case.field.relation')}
                error={err(`${path}.relation`)}
                {...register(`${path}.relation`)}
              >
                <option value="">{t('case.choose')}</option>
                {relationKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`case.relation.${kind}`)}
                  </option>
                ))}
              </SelectField>
              <Textfield
                label={t('case.field.phone')}
                type="tel"
                autoComplete="off"
                error={err(`${path}.phone`)}
                {...register(`${path}.phone`)}
              />
              <Textfield
                label={t('case.field.email')}
                type="email"
                autoComplete="off"
                error={err(`${path}.email`)}
                {...register(`${path}.email`)}
              />
              <Textfield
                label={t('case.field.address')}
                autoComplete="off"
                error={err(`${path}.address`)}
                {...register(`${path}.address`)}
              />
            </div>
            <div className="row-actions">
              <Checkbox
                label={t('case.field.parentalResponsibility')}
                {...register(`${path}.parentalResponsibility`)}
              />
              <Checkbox label={t('case.field.mayConsent')} {...register(`${path}.mayConsent`)} />
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  remove(i);
                  addButton.current?.focus();
                }}
              >
                {t('case.removeRelation', { n })}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div>
        <Button
          ref={addButton}
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => append({ ...emptyRelation })}
        >
          {t('case.addRelation')}
        </Button>
      </div>
    </Fieldset>
  );
}
