import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { AgendaRow } from '@shared/api/cases';

import { RightNames } from '../../cases/caseCells';
import { Breakable } from '../Breakable';
import { backFrom } from '../paths';
import { PrintPage } from '../PrintPage';
import { PrintState } from '../PrintState';
import { useAgendaPrint } from '../queries';

/** `#/print/dagsorden`: the team meeting's agenda, those who have waited longest first. */
export function AgendaPrint({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const data = useAgendaPrint();
  const today = data.data?.today;
  return (
    <PrintPage
      title={t('cases.agenda.title')}
      fileName={t('print.agenda.fileName', { date: today ? formatDay(today) : '' })}
      backHref={backFrom(query, '#/saker/protokoll')}
      confidential
      ready={data.isSuccess}
    >
      <PrintState query={data}>
        {({ rows, today }) => (
          <section className="print-section">
            <Paragraph>{t('cases.agenda.intro', { date: formatDay(today) })}</Paragraph>
            {rows.length === 0 ? (
              <Paragraph className="print-empty">{t('cases.agenda.empty')}</Paragraph>
            ) : (
              <AgendaTable rows={[...rows].sort((a, b) => b.daysWaiting - a.daysWaiting)} />
            )}
          </section>
        )}
      </PrintState>
    </PrintPage>
  );
}

function AgendaTable({ rows }: { rows: AgendaRow[] }) {
  const { t } = useTranslation();
  return (
    <table className="print-grid">
      <caption className="visually-hidden">{t('cases.agenda.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cases.col.caseNumber')}</th>
          <th scope="col">{t('cases.col.personName')}</th>
          <th scope="col">{t('cases.col.receivedDate')}</th>
          <th scope="col">{t('cases.col.rights')}</th>
          <th scope="col">{t('cases.agenda.awaiting')}</th>
          <th scope="col">{t('cases.agenda.daysWaiting')}</th>
          <th scope="col">{t('cases.agenda.interimReply')}</th>
          <th scope="col">{t('print.agenda.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td className="nowrap">{row.caseNumber}</td>
            <td>
              <Breakable text={row.personName} />
            </td>
            <td className="nowrap">{formatDay(row.receivedDate)}</td>
            <td>
              <RightNames rights={row.rightsRequested} />
            </td>
            <td>{t(`enums.stepKind.${row.awaiting}`)}</td>
            <td className="number">{row.daysWaiting}</td>
            <td>{interimReplyText(t, row)}</td>
            <td className="print-notes" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function interimReplyText(t: (key: string, params?: Record<string, unknown>) => string, row: AgendaRow) {
  if (!row.interimReplyDue || !row.interimReplyState) return '';
  if (row.interimReplyState === 'met') return t('cases.agenda.interimReplySent');
  const date = formatDay(row.interimReplyDue);
  if (row.interimReplyState === 'overdue') return t('print.agenda.interimOverdue', { date });
  return t('print.agenda.interimDue', { date });
}
