import { Alert, Button, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { navigate, type Route } from '../../app/router';
import { hrefFor } from '../../app/router';
import { formatDateTime } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CountLine } from '../../components/lists/CountLine';
import { AuditFilterForm } from './AuditFilterForm';
import { filterFromQuery, logHref, toAuditQuery, type LogFilter } from './auditFilters';
import { AuditTable } from './AuditTable';
import { personLabel } from './describeRow';
import { PersonFilter } from './PersonFilter';
import { useAuditLog, useVerifyAudit } from './queries';

/**
 * `#/logg`: every change and every look at personal data, in words, filtered by person, case,
 * user, action and period from the address. Filtered by a person (or a case, whose person it
 * is), it offers "Innsyn i logg", the person's log for printing.
 */
export function AuditPage({ route }: { route: Route }) {
  const { t } = useTranslation();
  const filter = useMemo(() => filterFromQuery(route.query), [route.query]);
  const log = useAuditLog(toAuditQuery(filter));
  const verify = useVerifyAudit();
  const apply = (f: LogFilter) => navigate(logHref(f));
  const rows = log.data?.pages.flatMap((p) => p.rows) ?? [];
  const first = log.data?.pages[0];
  const total = first?.total ?? 0;
  const person = first?.person ?? null;
  const filtered = Object.values(filter).some((v) => v !== undefined);
  const here = logHref(filter);

  const heading =
    filter.caseNumber && first?.caseId
      ? t('auditLog.forCase', { number: filter.caseNumber })
      : person && filter.personId !== undefined
        ? t('auditLog.forPerson', { name: personLabel(t, person) })
        : t('auditLog.title');

  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {heading}
      </Heading>
      <Paragraph>
        {filter.caseNumber && first?.caseId && person
          ? t('auditLog.forCaseIntro', { name: personLabel(t, person) })
          : t('auditLog.intro')}
      </Paragraph>
      <div className="button-row">
        {person && (
          <Link href={hrefFor(['print', 'logg', String(person.id)], { fra: here })}>
            {t('auditLog.innsyn')}
          </Link>
        )}
        {filtered && <Link href={logHref({})}>{t('auditLog.filters.reset')}</Link>}
        <Button variant="secondary" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('auditLog.verify')}
        </Button>
      </div>
      {verify.data && (
        <Alert data-color={verify.data.ok ? 'success' : 'danger'} role="status">
          {verify.data.ok && t('auditLog.verifyOk', { count: verify.data.checked })}
          {verify.data.firstBrokenId !== null &&
            t('auditLog.verifyBroken', { id: verify.data.firstBrokenId })}
          {verify.data.anchor && (
            <>
              {verify.data.firstBrokenId !== null && ' '}
              {t(`audit.anchor_${verify.data.anchor.kind}`, {
                count: verify.data.anchor.missing,
                since: formatDateTime(verify.data.anchor.since),
              })}
            </>
          )}
        </Alert>
      )}
      <ErrorAlert error={verify.error ?? log.error} />
      {person && filter.personId !== undefined ? (
        <p>
          {t('auditLog.filters.personChosen', { name: personLabel(t, person) })}{' '}
          <Button variant="tertiary" data-size="sm" onClick={() => apply({ ...filter, personId: undefined })}>
            {t('auditLog.filters.personClear')}
          </Button>
        </p>
      ) : (
        <PersonFilter onChoose={(personId) => apply({ ...filter, personId })} />
      )}
      <AuditFilterForm filter={filter} onApply={apply} />
      {log.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : rows.length === 0 ? (
        <Paragraph>
          {filter.caseNumber && first && first.caseId === null
            ? t('auditLog.filters.caseUnknown')
            : t('auditLog.empty')}
        </Paragraph>
      ) : (
        <>
          <CountLine>{t('auditLog.count', { shown: rows.length, total })}</CountLine>
          <AuditTable rows={rows} />
          {log.hasNextPage && (
            <Button
              variant="secondary"
              onClick={() => void log.fetchNextPage()}
              loading={log.isFetchingNextPage}
            >
              {t('auditLog.more')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
