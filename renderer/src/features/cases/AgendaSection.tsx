import { Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { AgendaRow } from '@shared/api/cases';

import { hrefFor } from '../../app/router';
import { formatDay } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListTable } from '../../components/lists/ListTable';
import { Breakable } from '../print/Breakable';
import { printHref } from '../print/paths';
import { DueDate, RightNames } from './caseCells';
import { useAgenda } from './queries';

/** The next team meeting: cases waiting for an assessment or a decision, longest waiting first. */
export function AgendaSection({ backHref, today }: { backHref: string; today: string }) {
  const { t } = useTranslation();
  const agenda = useAgenda();
  const rows = agenda.data ?? [];
  const headingId = useId();
  return (
    <section className="agenda" aria-labelledby={headingId}>
      <Heading level={2} data-size="md" id={headingId}>
        {t('cases.agenda.title')}
      </Heading>
      <Paragraph>{t('cases.agenda.intro', { date: formatDay(today) })}</Paragraph>
      <p className="no-print">
        <Link href={printHref('dagsorden', backHref)}>{t('print.link.agenda')}</Link>
      </p>
      <ErrorAlert error={agenda.error} />
      {agenda.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : rows.length === 0 ? (
        <Paragraph>{t('cases.agenda.empty')}</Paragraph>
      ) : (
        <ListTable
          scroll
          zebra
          data-testid="agenda-table"
          className="print-table"
          caption={t('cases.agenda.title')}
          headers={[
            t('cases.col.caseNumber'),
            t('cases.col.personName'),
            t('cases.col.receivedDate'),
            t('cases.col.rights'),
            t('cases.agenda.awaiting'),
            t('cases.agenda.daysWaiting'),
            t('cases.agenda.interimReply'),
          ]}
        >
          {[...rows]
            .sort((a, b) => b.daysWaiting - a.daysWaiting)
            .map((row) => (
              <Table.Row key={row.id}>
                <Table.Cell>
                  <Link href={hrefFor(['saker', String(row.id)], { fra: backHref })} className="nowrap">
                    {row.caseNumber}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <Breakable text={row.personName} />
                </Table.Cell>
                <Table.Cell className="nowrap">{formatDay(row.receivedDate)}</Table.Cell>
                <Table.Cell>
                  <RightNames rights={row.rightsRequested} />
                </Table.Cell>
                <Table.Cell>{t(`enums.stepKind.${row.awaiting}`)}</Table.Cell>
                <Table.Cell className="number">{row.daysWaiting}</Table.Cell>
                <Table.Cell>
                  <InterimReply row={row} />
                </Table.Cell>
              </Table.Row>
            ))}
        </ListTable>
      )}
    </section>
  );
}

function InterimReply({ row }: { row: AgendaRow }) {
  const { t } = useTranslation();
  if (!row.interimReplyDue || !row.interimReplyState) return null;
  if (row.interimReplyState === 'met') return <>{t('cases.agenda.interimReplySent')}</>;
  const state = row.interimReplyState === 'running' ? 'later' : row.interimReplyState;
  return <DueDate date={row.interimReplyDue} state={state} t={t} />;
}
