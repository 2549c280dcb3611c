import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { relationKinds } from '@shared/domain/case';

import { errorText } from '../../components/formErrors';
import { RepeatableFieldset } from '../../components/RepeatableFieldset';
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
  const err = errorText(formState.errors, t);

  return (
    <RepeatableFieldset
      legend={t('case.relationsTitle')}
      description={t('case.help.relations')}
      emptyText={t('case.noRelations')}
      rows={rows}
      onAdd={() => rows.append({ ...emptyRelation })}
      addText={t('case.addRelation')}
      rowLegend={(n) => t('case.relationLegend', { n })}
      removeText={(n) => t('case.removeRelation', { n })}
      fields={(i) => {
        const path = `${at}.${i}`;
        return (
          <>
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
                  {t(`enums.relation.${kind}`)}
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
          </>
        );
      }}
      actions={(i) => (
        <>
          <Checkbox
            label={t('case.field.parentalResponsibility')}
            {...register(`${at}.${i}.parentalResponsibility`)}
          />
          <Checkbox label={t('case.field.mayConsent')} {...register(`${at}.${i}.mayConsent`)} />
        </>
      )}
    />
  );
}
