import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { CoordinatorGuidance } from '@shared/api/coordinators';

import { formatDay } from '../../components/dates';
import { ListTable } from '../../components/lists/ListTable';

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
        <ListTable
          scroll
          zebra
          data-testid="coordinator-guidance"
          caption={t('coordinators.guidance.title')}
          headers={[t('coordinators.guidance.date'), t('coordinators.guidance.topic')]}
        >
          {guidance.map((g) => (
            <Table.Row key={g.id}>
              <Table.Cell className="nowrap">{formatDay(g.date)}</Table.Cell>
              <Table.Cell>{g.topic}</Table.Cell>
            </Table.Row>
          ))}
        </ListTable>
      )}
    </section>
  );
}
