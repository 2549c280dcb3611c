import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { Coordinator } from '@shared/api/coordinators';

import { isOverCapacity } from '../../coordinators/Caseload';
import { trainingWords } from '../../coordinators/TrainingTag';
import { Breakable } from '../Breakable';
import { backFrom } from '../paths';
import { PrintPage } from '../PrintPage';
import { PrintState } from '../PrintState';
import { useCoordinatorsPrint } from '../queries';

/** `#/print/koordinatorer`: the active pool with service unit, caseload and training status. */
export function CoordinatorsPrint({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const data = useCoordinatorsPrint();
  const today = data.data?.today;
  return (
    <PrintPage
      title={t('print.coordinators.title')}
      fileName={t('print.coordinators.fileName', { date: today ? formatDay(today) : '' })}
      backHref={backFrom(query, '#/koordinatorer')}
      confidential
      ready={data.isSuccess}
    >
      <PrintState query={data}>
        {({ coordinators, today }) => (
          <section className="print-section">
            <Paragraph>
              {t('print.coordinators.intro', { date: formatDay(today), count: coordinators.length })}
            </Paragraph>
            {coordinators.length > 0 && <CoordinatorTable coordinators={coordinators} />}
          </section>
        )}
      </PrintState>
    </PrintPage>
  );
}

function CoordinatorTable({ coordinators }: { coordinators: Coordinator[] }) {
  const { t } = useTranslation();
  return (
    <table className="print-grid">
      <caption className="visually-hidden">{t('print.coordinators.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('coordinators.name')}</th>
          <th scope="col">{t('coordinators.serviceUnit')}</th>
          <th scope="col">{t('coordinators.position')}</th>
          <th scope="col">{t('coordinators.caseloadColumn')}</th>
          <th scope="col">{t('coordinators.trainingColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {coordinators.map((c) => (
          <tr key={c.id}>
            <td>
              <Breakable text={c.name} />
            </td>
            <td>
              <Breakable text={c.serviceUnitName} />
            </td>
            <td>
              <Breakable text={c.position} />
            </td>
            <td>
              {c.capacity === null
                ? c.caseload
                : t('coordinators.caseloadOf', { caseload: c.caseload, capacity: c.capacity })}
              {isOverCapacity(c) && ` (${t('coordinators.overCapacity')})`}
            </td>
            <td>{trainingWords(t, c.training)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
