import { Alert, Heading, Link, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { useHash } from '@renderer/app/router';
import { useSessionStatus } from '@renderer/app/session';
import { formatDate, formatDay } from '@renderer/components/dates';
import { logHref } from '@renderer/features/audit/auditFilters';
import { printHref } from '@renderer/features/print/paths';
import type { CaseDetail } from '@shared/api/cases';
import type { CaseStatus } from '@shared/domain/case';

import { formatNationalId } from '../../caseCells';

export const statusColors: Record<CaseStatus, string> = {
  received: 'info',
  inProgress: 'info',
  decided: 'success',
  appealed: 'warning',
  atGovernor: 'warning',
  closed: 'neutral',
};

/** Who the case is about and where it stands, in one glance. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { person, record, overview } = detail;
  const here = useHash();
  // The log is the administrator's (core refuses it to others): the link only for them.
  const isAdmin = useSessionStatus().data?.user?.role === 'admin';
  return (
    <header className="case-header">
      <Heading level={1} data-size="lg">
        {person.name}
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t('case.person.nationalId')}</dt>
          <dd>{person.nationalId ? formatNationalId(person.nationalId) : t('case.person.noNationalId')}</dd>
        </div>
        {person.birthDate !== null ? (
          <div>
            <dt>{t('case.person.born')}</dt>
            <dd>
              {overview.ageToday === null
                ? formatDay(person.birthDate)
                : t('case.person.bornWithAge', { date: formatDay(person.birthDate), age: overview.ageToday })}
            </dd>
          </div>
        ) : (
          person.dueDate !== null && (
            <div>
              <dt>{t('case.person.notBornYet')}</dt>
              <dd>{t('case.person.due', { date: formatDay(person.dueDate) })}</dd>
            </div>
          )
        )}
        <div>
          <dt>{t('case.caseNumber')}</dt>
          <dd>{record.caseNumber}</dd>
        </div>
        <div>
          <dt>{t('case.statusLabel')}</dt>
          <dd>
            <Tag data-color={statusColors[overview.status]}>{t(`enums.caseStatus.${overview.status}`)}</Tag>
          </dd>
        </div>
        <div>
          <dt>{t('case.received')}</dt>
          <dd>{formatDay(record.receivedDate)}</dd>
        </div>
        <div>
          <dt>{t('case.field.channel')}</dt>
          <dd>{t(`enums.channel.${record.channel}`)}</dd>
        </div>
      </dl>
      {record.anonymisedAt && (
        <Alert data-color="info">
          {t('retention.anonymised', { date: formatDate(record.anonymisedAt) })}
        </Alert>
      )}
      <p className="no-print">
        <Link href={printHref('sak', here, record.id)}>{t('print.link.case')}</Link>
        {isAdmin && (
          <>
            {' · '}
            <Link href={logHref({ caseId: record.id, caseNumber: record.caseNumber })}>
              {t('auditLog.whoHasSeen')}
            </Link>
          </>
        )}
      </p>
    </header>
  );
}
