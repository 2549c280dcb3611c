import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { DeadlinePrintRow } from '@shared/api/print';
import type { Deadline } from '@shared/domain/case';

import { daysText, rightName } from '../../cases/casePage/texts';
import { Breakable } from '../Breakable';
import { backFrom } from '../paths';
import { PrintPage } from '../PrintPage';
import { PrintState } from '../PrintState';
import { useDeadlinesPrint } from '../queries';

/** The row as the case page's texts take a deadline. */
const asDeadline = (r: DeadlinePrintRow): Deadline => ({ ...r, right: r.right ?? undefined });

/** `#/print/frister`: every running deadline of the open cases, the most urgent first. */
export function DeadlinesPrint({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const data = useDeadlinesPrint();
  const today = data.data?.today;
  return (
    <PrintPage
      title={t('print.deadlines.title')}
      fileName={t('print.deadlines.fileName', { date: today ? formatDay(today) : '' })}
      backHref={backFrom(query, '#/saker')}
      confidential
      ready={data.isSuccess}
    >
      <PrintState query={data}>
        {({ rows, today, age18Months }) => (
          <section className="print-section">
            <Paragraph>
              {t('print.deadlines.intro', { date: formatDay(today), count: age18Months })}
            </Paragraph>
            {rows.length === 0 ? (
              <Paragraph className="print-empty">{t('print.deadlines.empty')}</Paragraph>
            ) : (
              <DeadlineTable rows={rows} />
            )}
          </section>
        )}
      </PrintState>
    </PrintPage>
  );
}

function DeadlineTable({ rows }: { rows: DeadlinePrintRow[] }) {
  const { t } = useTranslation();
  return (
    <table className="print-grid">
      <caption className="visually-hidden">{t('print.deadlines.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('print.deadlines.dueDate')}</th>
          <th scope="col">{t('print.deadlines.left')}</th>
          <th scope="col">{t('print.deadlines.kind')}</th>
          <th scope="col">{t('cases.col.caseNumber')}</th>
          <th scope="col">{t('cases.col.personName')}</th>
          <th scope="col">{t('print.deadlines.law')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.caseId}-${r.kind}-${r.dueDate}-${r.right ?? ''}`}>
            <td className="nowrap">{formatDay(r.dueDate)}</td>
            <td className="nowrap">{daysText(t, asDeadline(r))}</td>
            <td>
              {t(`print.deadlines.kinds.${r.kind}`)}
              {r.kind === 'appeal' && r.right && ` (${rightName(t, r.right)})`}
            </td>
            <td className="nowrap">{r.caseNumber}</td>
            <td>
              <Breakable text={r.personName} />
            </td>
            <td>
              <Breakable text={r.legalReference} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
