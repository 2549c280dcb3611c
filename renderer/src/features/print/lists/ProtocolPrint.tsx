import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { CaseListRow } from '@shared/api/cases';
import { todayIso } from '@shared/domain/calendar';

import { RightNames } from '../../cases/caseCells';
import { protocolCountText } from '../../cases/countTexts';
import { protocolPeriod } from '../../cases/ProtocolPage';
import { Breakable } from '../Breakable';
import { backFrom } from '../paths';
import { PrintPage } from '../PrintPage';
import { PrintState } from '../PrintState';
import { useProtocolPrint } from '../queries';

/**
 * `#/print/protokoll?from=&to=`: the saksbehandlingsprotokoll for the period, the cases in the
 * order they came. The period is read as the protocol page reads it (this year so far by default).
 */
export function ProtocolPrint({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const { from, to } = protocolPeriod(query, todayIso(new Date()));
  const data = useProtocolPrint(from, to);
  const period = { from: formatDay(from), to: formatDay(to) };
  return (
    <PrintPage
      title={t('cases.protocol.title')}
      fileName={t('print.protocol.fileName', period)}
      backHref={backFrom(query, '#/saker/protokoll')}
      confidential
      ready={data.isSuccess}
    >
      <PrintState query={data}>
        {({ rows }) => (
          <section className="print-section">
            <Paragraph>{t('cases.protocol.received', period)}</Paragraph>
            {from > to ? (
              <Paragraph className="print-empty">{t('cases.protocol.backwards')}</Paragraph>
            ) : rows.length === 0 ? (
              <Paragraph className="print-empty">{t('cases.protocol.empty')}</Paragraph>
            ) : (
              <>
                <Paragraph>{protocolCountText(t, rows.length)}</Paragraph>
                <ProtocolTable rows={rows} />
              </>
            )}
          </section>
        )}
      </PrintState>
    </PrintPage>
  );
}

function ProtocolTable({ rows }: { rows: CaseListRow[] }) {
  const { t } = useTranslation();
  return (
    <table className="print-grid">
      <caption className="visually-hidden">{t('cases.protocol.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cases.col.receivedDate')}</th>
          <th scope="col">{t('cases.col.caseNumber')}</th>
          <th scope="col">{t('cases.col.personName')}</th>
          <th scope="col">{t('cases.protocol.channel')}</th>
          <th scope="col">{t('cases.col.rights')}</th>
          <th scope="col">{t('cases.col.status')}</th>
          <th scope="col">{t('cases.col.decidedDate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td className="nowrap">{formatDay(r.receivedDate)}</td>
            <td className="nowrap">{r.caseNumber}</td>
            <td>
              <Breakable text={r.personName} />
            </td>
            <td>{t(`enums.channelOption.${r.channel}`)}</td>
            <td>
              <RightNames rights={r.rightsRequested} />
            </td>
            <td>{t(`enums.caseStatus.${r.status}`)}</td>
            <td className="nowrap">{formatDay(r.decidedDate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
