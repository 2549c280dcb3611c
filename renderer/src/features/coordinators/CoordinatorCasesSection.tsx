import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { CoordinatorCase } from '@shared/api/coordinators';

import { formatDay } from '../../components/dates';
import { ListTable } from '../../components/lists/ListTable';
import { caseHref } from './paths';

/** The cases the coordinator holds now first, then the ones they have held, each one click from the case. */
export function CoordinatorCasesSection({ cases }: { cases: CoordinatorCase[] }) {
  const { t } = useTranslation();
  // Core sends them in this order already; the page promises it, so it does not depend on that.
  const sorted = [...cases].sort((a, b) => Number(b.running) - Number(a.running));
  return (
    <section aria-labelledby="coordinator-cases" className="case-section">
      <Heading level={2} data-size="sm" id="coordinator-cases">
        {t('coordinators.cases.title')}
      </Heading>
      {sorted.length === 0 ? (
        <Paragraph>{t('coordinators.cases.empty')}</Paragraph>
      ) : (
        <ListTable
          scroll
          zebra
          data-testid="coordinator-cases"
          caption={t('coordinators.cases.title')}
          headers={[
            t('coordinators.cases.caseNumber'),
            t('coordinators.cases.person'),
            t('coordinators.cases.role'),
            t('coordinators.cases.period'),
            t('coordinators.cases.endReason'),
            t('coordinators.cases.status'),
          ]}
        >
          {sorted.map((c) => (
            <Table.Row key={c.appointmentId}>
              <Table.Cell>
                <Link href={caseHref(c.caseId)}>{c.caseNumber}</Link>
              </Table.Cell>
              <Table.Cell>{c.personName}</Table.Cell>
              <Table.Cell>{t(`coordinators.role.${c.role}`)}</Table.Cell>
              <Table.Cell className="nowrap">
                {c.endDate
                  ? t('coordinators.cases.fromTo', {
                      from: formatDay(c.startDate),
                      to: formatDay(c.endDate),
                    })
                  : t('coordinators.cases.from', { from: formatDay(c.startDate) })}
              </Table.Cell>
              <Table.Cell>{c.endReason ? t(`coordinators.endReason.${c.endReason}`) : ''}</Table.Cell>
              <Table.Cell>
                {c.running ? (
                  <Tag data-color="info" data-size="sm">
                    {t('coordinators.cases.running')}
                  </Tag>
                ) : (
                  t('coordinators.cases.ended')
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </ListTable>
      )}
    </section>
  );
}
