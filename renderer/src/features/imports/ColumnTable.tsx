import { Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { ImportLayout } from '@shared/api/imports';

import { ListTable } from '../../components/lists/ListTable';
import { SelectField } from '../../components/SelectField';
import { fieldLabelKey, fieldsOf, TRAINING_COURSE, TRAINING_DATE } from './fieldCatalogue';
import type { ColumnMapping, Mapping } from './mapping';
import { useCourses } from './queries';
import { ScrollBox } from './ScrollBox';

/** Samples shown per column: enough to recognise it, few enough to read. */
const SAMPLES = 3;

export const columnFieldId = (column: number) => `import-column-${column}`;
export const courseFieldId = (column: number) => `import-course-${column}`;

interface Props {
  layout: ImportLayout;
  mapping: Mapping;
  /** What is wrong with a column's choice, by column index. */
  messages: Record<number, string>;
  /** A training date column whose course is still to be chosen. */
  courseMessages: Record<number, string>;
  onMapping: (mapping: Mapping) => void;
}

/** One row per column of the sheet: its letter, header and first values, and what it becomes. */
export function ColumnTable({ layout, mapping, messages, courseMessages, onMapping }: Props) {
  const { t } = useTranslation();
  const fields = fieldsOf(mapping.target);
  const chosen = Object.values(mapping.columns);
  const needsCourse =
    chosen.some((c) => c.field === TRAINING_DATE) && !chosen.some((c) => c.field === TRAINING_COURSE);
  const courses = useCourses(needsCourse);

  const set = (column: number, choice: ColumnMapping | null) => {
    const columns = { ...mapping.columns };
    if (choice) columns[column] = choice;
    else delete columns[column];
    onMapping({ ...mapping, columns });
  };

  return (
    <ScrollBox label={t('imports.columns.caption')}>
      <ListTable
        data-size="sm"
        zebra
        className="import-columns"
        caption={t('imports.columns.caption')}
        headers={[
          t('imports.columns.column'),
          t('imports.columns.header'),
          t('imports.columns.samples'),
          t('imports.columns.field'),
        ]}
      >
        {layout.columns.map((column) => {
          const choice = mapping.columns[column.index];
          const header = column.header.trim() || t('imports.columns.noHeader');
          return (
            <Table.Row key={column.index}>
              <Table.HeaderCell scope="row">{column.letter}</Table.HeaderCell>
              <Table.Cell>
                {header}
                {column.hidden && (
                  <>
                    {' '}
                    <Tag data-size="sm" data-color="neutral">
                      {t('imports.columns.hiddenColumn')}
                    </Tag>
                  </>
                )}
              </Table.Cell>
              <Table.Cell>
                <ul className="import-samples">
                  {column.samples.slice(0, SAMPLES).map((sample, i) => (
                    <li key={i}>{sample}</li>
                  ))}
                </ul>
              </Table.Cell>
              <Table.Cell className="import-field-cell">
                <SelectField
                  id={columnFieldId(column.index)}
                  label={
                    <span className="visually-hidden">
                      {t('imports.columns.fieldLabel', { letter: column.letter, header })}
                    </span>
                  }
                  error={messages[column.index]}
                  value={choice?.field ?? ''}
                  onChange={(e) => set(column.index, e.target.value ? { field: e.target.value } : null)}
                >
                  <option value="">{t('imports.columns.notImported')}</option>
                  {fields.map((field) => (
                    <option key={field} value={field}>
                      {t(fieldLabelKey(field))}
                    </option>
                  ))}
                </SelectField>
                {needsCourse && choice?.field === TRAINING_DATE && (
                  <SelectField
                    id={courseFieldId(column.index)}
                    label={t('imports.columns.courseLabel', { letter: column.letter })}
                    error={courseMessages[column.index]}
                    value={choice.courseId === undefined ? '' : String(choice.courseId)}
                    onChange={(e) =>
                      set(
                        column.index,
                        e.target.value
                          ? { field: TRAINING_DATE, courseId: Number(e.target.value) }
                          : { field: TRAINING_DATE },
                      )
                    }
                  >
                    <option value="">{t('imports.columns.courseChoose')}</option>
                    {(courses.data ?? []).map((course) => (
                      <option key={course.id} value={course.id}>
                        {course.name}
                      </option>
                    ))}
                  </SelectField>
                )}
              </Table.Cell>
            </Table.Row>
          );
        })}
      </ListTable>
    </ScrollBox>
  );
}
