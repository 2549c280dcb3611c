import { Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { CaseListRow } from '@shared/api/cases';
import { todayIso } from '@shared/domain/calendar';

import { hrefFor, navigate } from '../../app/router';
import { useSessionStatus } from '../../app/session';
import { formatDay } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CountLine } from '../../components/lists/CountLine';
import { ListTable } from '../../components/lists/ListTable';
import { Breakable } from '../print/Breakable';
import { protocolPrintHref } from '../print/paths';
import { AgendaSection } from './AgendaSection';
import { RightNames, StatusTag } from './caseCells';
import { protocolCountText } from './countTexts';
import { DateFilterField } from './filterFields';
import { useProtocol } from './queries';

const isIso = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The period in the address, or this year so far. */
export function protocolPeriod(query: URLSearchParams, today: string): { from: string; to: string } {
  const from = query.get('from');
  const to = query.get('to');
  return { from: isIso(from) ? from : `${today.slice(0, 4)}-01-01`, to: isIso(to) ? to : today };
}

/** `#/saker/protokoll`: the saksbehandlingsprotokoll for a period, and the next team meeting's agenda. */
export function ProtocolPage({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const today = todayIso(new Date());
  const { from, to } = protocolPeriod(query, today);
  const backwards = from > to;
  const protocol = useProtocol(backwards ? null : from, backwards ? null : to);
  const municipality = useSessionStatus().data?.municipality ?? '';
  const selfHref = hrefFor(['saker', 'protokoll'], { from, to });
  const setPeriod = (change: { from?: string | null; to?: string | null }) => {
    const next = { from, to, ...change };
    navigate(hrefFor(['saker', 'protokoll'], { from: next.from ?? '', to: next.to ?? '' }), {
      replace: true,
    });
  };
  const rows = protocol.data ?? [];

  return (
    <section className="page protocol-page">
      <Link href={hrefFor(['saker'])} className="no-print">
        {t('cases.protocol.back')}
      </Link>
      <div className="page-header">
        <Heading level={1} data-size="lg">
          {t('cases.protocol.title')}
          <span className="print-only print-subtitle">{municipality}</span>
        </Heading>
        <div className="button-row no-print">
          {/* The print layout: confidentiality marking, saved as PDF/A, logged as a print. */}
          <Link href={protocolPrintHref({ from, to }, selfHref)}>{t('print.link.protocol')}</Link>
        </div>
      </div>
      <Paragraph className="confidential">{t('cases.protocol.confidential')}</Paragraph>
      <Paragraph className="no-print">{t('cases.protocol.intro')}</Paragraph>
      <div className="filter-row no-print" role="group" aria-label={t('cases.protocol.period')}>
        <DateFilterField
          label={t('cases.protocol.from')}
          value={from}
          onCommit={(v) => setPeriod({ from: v })}
        />
        <DateFilterField label={t('cases.protocol.to')} value={to} onCommit={(v) => setPeriod({ to: v })} />
      </div>

      <Heading level={2} data-size="md">
        {t('cases.protocol.received', { from: formatDay(from), to: formatDay(to) })}
      </Heading>
      <ErrorAlert error={protocol.error} />
      {backwards ? (
        <Paragraph>{t('cases.protocol.backwards')}</Paragraph>
      ) : protocol.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : (
        <>
          <CountLine>{protocolCountText(t, rows.length)}</CountLine>
          {rows.length === 0 ? (
            <Paragraph>{t('cases.protocol.empty')}</Paragraph>
          ) : (
            <div className="table-scroll">
              <ProtocolTable rows={rows} backHref={selfHref} />
            </div>
          )}
        </>
      )}
      <AgendaSection backHref={selfHref} today={today} />
      <p className="print-only">{t('cases.protocol.printedOn', { date: formatDay(today) })}</p>
    </section>
  );
}

function ProtocolTable({ rows, backHref }: { rows: CaseListRow[]; backHref: string }) {
  const { t } = useTranslation();
  return (
    <ListTable
      zebra
      data-testid="protocol-table"
      className="print-table"
      caption={t('cases.protocol.caption')}
      headers={[
        t('cases.col.receivedDate'),
        t('cases.col.caseNumber'),
        t('cases.col.personName'),
        t('cases.protocol.channel'),
        t('cases.col.rights'),
        t('cases.col.status'),
        t('cases.col.decidedDate'),
      ]}
    >
      {rows.map((row) => (
        <Table.Row key={row.id}>
          <Table.Cell className="nowrap">{formatDay(row.receivedDate)}</Table.Cell>
          <Table.Cell>
            <Link href={hrefFor(['saker', String(row.id)], { fra: backHref })} className="nowrap">
              {row.caseNumber}
            </Link>
          </Table.Cell>
          <Table.Cell>
            <Breakable text={row.personName} />
          </Table.Cell>
          <Table.Cell>{t(`enums.channelOption.${row.channel}`)}</Table.Cell>
          <Table.Cell>
            <RightNames rights={row.rightsRequested} />
          </Table.Cell>
          <Table.Cell>
            <StatusTag status={row.status} t={t} />
          </Table.Cell>
          <Table.Cell className="nowrap">{formatDay(row.decidedDate)}</Table.Cell>
        </Table.Row>
      ))}
    </ListTable>
  );
}
