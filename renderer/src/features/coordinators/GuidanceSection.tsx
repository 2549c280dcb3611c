import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { CoordinatorGuidance } from '@shared/api/coordinators';

import { formatDay } from '../../components/dates';

/** Guidance the KE has given the coordinator, newest first (recorded under Opplæring). */
export function GuidanceSection({ guidance }: { guidance: CoordinatorGuidance[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="coordinator-guidance" className="case-section">
      <Heading level={2} data-size="sm" id="coordinator-guidance">
        {t('coordinators.guidance.title')}
      </Heading>
      {guidance.length === 0 ? (
        <Paragraph>{t('coordinators.guidance.empty')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table zebra data-testid="coordinator-guidance">
            <caption className="visually-hidden">{t('coordinators.guidance.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('coordinators.guidance.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('coordinators.guidance.topic')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {guidance.map((g) => (
                <Table.Row key={g.id}>
                  <Table.Cell className="nowrap">{formatDay(g.date)}</Table.Cell>
                  <Table.Cell>{g.topic}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
