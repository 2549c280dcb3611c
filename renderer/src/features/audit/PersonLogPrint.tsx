import { useTranslation } from 'react-i18next';

import type { AuditPersonLog, AuditRow } from '@shared/api/audit';

import { hrefFor } from '../../app/router';
import { formatDateTime } from '../../components/dates';
import { backFrom } from '../print/paths';
import { PrintPage } from '../print/PrintPage';
import { PrintState } from '../print/PrintState';
import { whatHappened, whoDid } from './describeRow';
import { usePersonLog } from './queries';

/**
 * `#/print/logg/<personId>`: "Innsyn i logg", every read, list, print and change that named the
 * person, with when, who, what and which case, for the person to receive (Normen: the right to
 * know who has looked). Other persons a list named are only counted, never named. Marked
 * confidential; the read is logged as a print in core.
 */
export function PersonLogPrint({ personId, query }: { personId: number; query: URLSearchParams }) {
  const { t } = useTranslation();
  const data = usePersonLog(personId);
  const name = data.data?.person.name ?? (data.isSuccess ? t('auditLog.deletedPerson') : '');
  return (
    <PrintPage
      title={name ? t('auditLog.print.titleFor', { name }) : t('auditLog.print.title')}
      fileName={t('auditLog.print.fileName', { name: name || personId })}
      backHref={backFrom(query, hrefFor(['logg'], { person: String(personId) }))}
      confidential
      ready={data.isSuccess}
    >
      <PrintState query={data}>{(log) => <PersonLogContent log={log} name={name} />}</PrintState>
    </PrintPage>
  );
}

function PersonLogContent({ log, name }: { log: AuditPersonLog; name: string }) {
  const { t } = useTranslation();
  const cases = log.person.caseNumbers.join(', ') || t('auditLog.print.noCases');
  return (
    <section className="print-section" aria-label={t('auditLog.print.title')}>
      <p>{t('auditLog.print.intro', { name, cases })}</p>
      {log.rows.length === 0 ? (
        <p>{t('auditLog.print.empty')}</p>
      ) : (
        <>
          <p>{t('auditLog.print.count', { count: log.rows.length })}</p>
          <table className="print-grid">
            <caption className="visually-hidden">{t('auditLog.print.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('auditLog.columns.at')}</th>
                <th scope="col">{t('auditLog.columns.user')}</th>
                <th scope="col">{t('auditLog.columns.what')}</th>
                <th scope="col">{t('auditLog.print.case')}</th>
              </tr>
            </thead>
            <tbody>
              {log.rows.map((row) => (
                <tr key={row.id}>
                  <td className="nowrap">{formatDateTime(row.at)}</td>
                  <td>{whoDid(t, row)}</td>
                  <td>{whatHappened(t, row)}</td>
                  <td>{caseCell(t, row, log.person.id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** The person's case the row is about, and how many others it named (never who). */
function caseCell(t: ReturnType<typeof useTranslation>['t'], row: AuditRow, personId: number): string {
  const others = row.persons.filter((p) => p.id !== personId).length;
  const parts = [row.caseNumber ?? '', others > 0 ? t('auditLog.print.others', { count: others }) : ''];
  return parts.filter(Boolean).join(' · ');
}
