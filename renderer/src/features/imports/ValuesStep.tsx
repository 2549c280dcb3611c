import { Alert, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { ValueField } from '@shared/api/imports';

import { SelectField } from '../../components/SelectField';
import { fieldLabelKey } from './fieldCatalogue';
import { useImportLabels } from './importLabels';
import { ScrollBox } from './ScrollBox';
import { StepFrame, type StepProps } from './StepFrame';
import { choiceKey, unchosenCount, type ValueChoices } from './valueChoices';

interface Props extends StepProps {
  fields: ValueField[];
  choices: ValueChoices;
  onChoices: (choices: ValueChoices) => void;
  onNext: () => void;
}

/** Step 4: each text found in a column with a closed list of values, and what it becomes. */
export function ValuesStep({ fields, choices, onChoices, onNext, ...frame }: Props) {
  const { t } = useTranslation();
  const unchosen = unchosenCount(fields, choices);

  return (
    <StepFrame name="values" {...frame} onNext={onNext}>
      {fields.length === 0 ? (
        <Paragraph data-testid="import-no-values">{t('imports.values.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('imports.values.intro')}</Paragraph>
          {unchosen > 0 && (
            <Alert data-color="warning" data-testid="import-unchosen">
              {t('imports.values.unchosen', { count: unchosen })}
            </Alert>
          )}
          {fields.map((field) => (
            <FieldValues
              key={field.field}
              field={field}
              choices={choices}
              onChoose={(raw, to) => onChoices({ ...choices, [choiceKey(field.field, raw)]: to })}
            />
          ))}
        </>
      )}
    </StepFrame>
  );
}

function FieldValues({
  field,
  choices,
  onChoose,
}: {
  field: ValueField;
  choices: ValueChoices;
  onChoose: (raw: string, to: string) => void;
}) {
  const { t } = useTranslation();
  const label = useImportLabels();
  const name = t(fieldLabelKey(field.field));
  const headingId = `import-values-${field.field.replaceAll('.', '-')}`;
  const offersIgnore = !field.options.some((o) => o.value === 'ignore');

  return (
    <section className="form-stack" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {name}
      </Heading>
      <ScrollBox label={t('imports.values.caption', { field: name })}>
        <Table data-size="sm" zebra className="import-values">
          <caption className="visually-hidden">{t('imports.values.caption', { field: name })}</caption>
          {/* The same widths in every field's table, so the selects line up from one to the next. */}
          <colgroup>
            <col className="import-values-raw" />
            <col className="import-values-count" />
            <col className="import-values-to" />
          </colgroup>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('imports.values.raw')}</Table.HeaderCell>
              <Table.HeaderCell className="number">{t('imports.values.count')}</Table.HeaderCell>
              <Table.HeaderCell>{t('imports.values.to')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {field.found.map((found) => {
              const raw = found.raw === '' ? t('imports.values.empty') : found.raw;
              const to = choices[choiceKey(field.field, found.raw)] ?? '';
              return (
                <Table.Row key={found.raw} className={to ? undefined : 'import-unchosen'}>
                  <Table.HeaderCell scope="row">{raw}</Table.HeaderCell>
                  <Table.Cell className="number">{label.number(found.count)}</Table.Cell>
                  <Table.Cell>
                    <div className="import-value-choice">
                      <SelectField
                        label={
                          <span className="visually-hidden">
                            {t('imports.values.toLabel', { raw, field: name })}
                          </span>
                        }
                        value={to}
                        onChange={(e) => onChoose(found.raw, e.target.value)}
                      >
                        <option value="">{t('imports.values.choose')}</option>
                        {field.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.labelKey ? t(o.labelKey) : o.label}
                          </option>
                        ))}
                        {offersIgnore && <option value="ignore">{t('imports.values.ignore')}</option>}
                      </SelectField>
                      {!to && (
                        <Tag data-size="sm" data-color="warning">
                          {t('imports.values.unchosenTag')}
                        </Tag>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </ScrollBox>
    </section>
  );
}
