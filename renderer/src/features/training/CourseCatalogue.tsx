import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ListTable } from '@renderer/components/lists/ListTable';
import type { Course } from '@shared/domain/training';

import { norwegian } from '../coordinators/filter';
import { formHref } from './paths';

/** Courses in use first, then by name in Norwegian order (core's SQL sorts Å before Æ). */
function catalogueOrder(a: Course, b: Course): number {
  return Number(b.active) - Number(a.active) || norwegian.compare(a.name, b.name);
}

/** How long a completion counts: "24 måneder", or "Går ikke ut". */
export function validityText(t: (key: string, options?: Record<string, unknown>) => string, c: Course) {
  return c.validityMonths === null
    ? t('training.courses.neverExpires')
    : t('training.courses.months', { count: c.validityMonths });
}

export function CourseCatalogue({ courses }: { courses: Course[] }) {
  const { t } = useTranslation();
  return (
    <ListTable
      scroll
      zebra
      data-testid="course-table"
      caption={t('training.courses.caption')}
      headers={[
        t('training.courses.name'),
        t('training.courses.provider'),
        t('training.courses.type'),
        t('training.courses.validity'),
        t('training.courses.required'),
        t('training.courses.status'),
        <span className="visually-hidden">{t('training.edit')}</span>,
      ]}
    >
      {courses.toSorted(catalogueOrder).map((c) => (
        <Table.Row key={c.id}>
          <Table.Cell>{c.name}</Table.Cell>
          <Table.Cell>{c.provider}</Table.Cell>
          <Table.Cell>{t(`training.courseType.${c.type}`)}</Table.Cell>
          <Table.Cell className="nowrap">{validityText(t, c)}</Table.Cell>
          <Table.Cell>{c.required ? t('training.yes') : t('training.no')}</Table.Cell>
          <Table.Cell>
            <Tag data-color={c.active ? 'success' : 'neutral'}>
              {c.active ? t('training.courses.active') : t('training.courses.retired')}
            </Tag>
          </Table.Cell>
          <Table.Cell>
            <Link
              href={formHref('course', c.id)}
              aria-label={t('training.courses.editLabel', { name: c.name })}
            >
              {t('training.edit')}
            </Link>
          </Table.Cell>
        </Table.Row>
      ))}
    </ListTable>
  );
}
