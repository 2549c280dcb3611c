import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { CaseDetail } from '@shared/api/cases';
import type { AppointmentEntry } from '@shared/domain/coordination';

import { useCoordinationTexts } from '../../appointments/texts';
import { Breakable } from '../Breakable';

/** Who coordinates now, and every coordinator the case has had with the days it went without. */
export function CoordinationPrint({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const texts = useCoordinationTexts();
  const { coordination, today } = detail;
  const { current, need, history } = coordination;
  const lastEnd = history.at(-1)?.endDate ?? null;
  const now = current
    ? t(current.startDate > today ? 'case.coordination.planned' : 'case.coordination.current', {
        role: texts.role(current.role),
        name: current.coordinatorName,
        unit: current.serviceUnitName,
        date: formatDay(current.startDate),
      })
    : need
      ? lastEnd
        ? t('case.coordination.noneNow', { date: formatDay(lastEnd) })
        : t('case.coordination.noneYet', { date: formatDay(need.since) })
      : t('case.coordination.noneNeeded');
  return (
    <section className="print-section" aria-labelledby="print-coordination">
      <h2 id="print-coordination">{t('case.coordination.title')}</h2>
      <p>{now}</p>
      {history.length > 0 && (
        <table className="print-grid">
          <caption className="print-caption">{t('case.coordination.historyTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coordinators.name')}</th>
              <th scope="col">{t('case.coordination.field.role')}</th>
              <th scope="col">{t('case.coordination.unit')}</th>
              <th scope="col">{t('case.coordination.period')}</th>
              <th scope="col">{t('print.case.daysWithout')}</th>
              <th scope="col">{t('case.coordination.endReason')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((a) => (
              <tr key={a.id}>
                <td>
                  <Breakable text={a.coordinatorName} />
                </td>
                <td>{texts.role(a.role)}</td>
                <td>
                  <Breakable text={a.serviceUnitName} />
                </td>
                <td className="nowrap">{period(t, a)}</td>
                <td>{a.daysWithout === null ? '' : String(a.daysWithout)}</td>
                <td>{a.endReason ? texts.endReason(a.endReason) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function period(t: (key: string, params?: Record<string, unknown>) => string, a: AppointmentEntry): string {
  return a.endDate
    ? t('case.coordination.periodClosed', { from: formatDay(a.startDate), to: formatDay(a.endDate) })
    : t('case.coordination.periodOpen', { from: formatDay(a.startDate) });
}
