import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

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
    <div className="table-scroll">
      <Table zebra data-testid="course-table">
        <caption className="visually-hidden">{t('training.courses.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('training.courses.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('training.courses.provider')}</Table.HeaderCell>
            <Table.HeaderCell>{t('training.courses.type')}</Table.HeaderCell>
            <Table.HeaderCell>{t('training.courses.validity')}</Table.HeaderCell>
            <Table.HeaderCell>{t('training.courses.required')}</Table.HeaderCell>
            <Table.HeaderCell>{t('training.courses.status')}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="visually-hidden">{t('training.edit')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
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
        </Table.Body>
      </Table>
    </div>
  );
}
