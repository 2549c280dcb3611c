import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { UpcomingSession } from '@shared/api/dashboards';

import { formatDay } from '../../components/dates';
import { formHref, overviewHref } from '../training/paths';
import { numberFormat } from './texts';

/** Opplæringsstatus: the next planned training sessions; case workers go on to Opplæring from here. */
export function NextSessions({ sessions, canOpen }: { sessions: UpcomingSession[]; canOpen: boolean }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const format = numberFormat(i18n.language);
  return (
    <section aria-labelledby={headingId} className="dashboard-group" data-testid="next-sessions">
      <Heading level={3} data-size="sm" id={headingId}>
        {t('dashboards.sessions.title')}
      </Heading>
      <Paragraph data-size="sm" className="dashboard-explanation">
        {t('dashboards.sessions.explanation')}
      </Paragraph>
      {sessions.length === 0 ? (
        <Paragraph>{t('dashboards.sessions.empty')}</Paragraph>
      ) : (
        <Table className="dashboard-table" data-size="sm">
          <caption className="visually-hidden">{t('dashboards.sessions.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('dashboards.sessions.date')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('dashboards.sessions.course')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="number">
                {t('dashboards.sessions.attendees')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sessions.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell className="nowrap">
                  {canOpen ? (
                    <Link href={formHref('session', s.id)}>{formatDay(s.date)}</Link>
                  ) : (
                    formatDay(s.date)
                  )}
                </Table.Cell>
                <Table.Cell>{s.courseName}</Table.Cell>
                <Table.Cell className="number">{format(s.attendees)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {canOpen && (
        <Paragraph>
          <Link href={overviewHref}>{t('dashboards.sessions.toTraining')}</Link>
        </Paragraph>
      )}
    </section>
  );
}
