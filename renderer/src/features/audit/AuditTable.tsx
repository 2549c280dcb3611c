import { Link, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { AuditRow } from '@shared/api/audit';

import { useHash } from '../../app/router';
import { formatDateTime } from '../../components/dates';
import { ListTable } from '../../components/lists/ListTable';
import { caseHref } from '../cases/casePage/paths';
import { fieldWords, personLabel, whatHappened, whoDid } from './describeRow';

/** Persons shown by name in a row; a list naming fifty says how many more. */
const NAMED = 3;

/** The log in words: when, who, what, whom and which case it concerned, which information. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const { t } = useTranslation();
  return (
    <ListTable
      zebra
      data-size="sm"
      caption={t('auditLog.caption')}
      headers={[
        t('auditLog.columns.at'),
        t('auditLog.columns.user'),
        t('auditLog.columns.what'),
        t('auditLog.columns.concerns'),
        t('auditLog.columns.fields'),
      ]}
    >
      {rows.map((row) => (
        <Table.Row key={row.id}>
          <Table.Cell>{formatDateTime(row.at)}</Table.Cell>
          <Table.Cell>{whoDid(t, row)}</Table.Cell>
          <Table.Cell>{whatHappened(t, row)}</Table.Cell>
          <Table.Cell>
            <Concerns row={row} />
          </Table.Cell>
          <Table.Cell>{fieldWords(t, row)}</Table.Cell>
        </Table.Row>
      ))}
    </ListTable>
  );
}

/** The case (a link to it while it exists) and the persons a row names. */
export function Concerns({ row }: { row: AuditRow }) {
  const { t } = useTranslation();
  const here = useHash();
  const caseId = row.caseNumber !== null ? Number(row.entityId) : null;
  const casePerson = caseId !== null && row.persons.length === 1 ? row.persons[0]! : null;
  if (caseId !== null) {
    return (
      <>
        <Link href={caseHref(caseId, here)}>{t('auditLog.caseLabel', { number: row.caseNumber })}</Link>
        {casePerson && ` · ${casePerson.name ?? t('auditLog.deletedPerson')}`}
        {!casePerson && row.persons.length > 0 && ` · ${namesOf(t, row)}`}
      </>
    );
  }
  return <>{namesOf(t, row)}</>;
}

function namesOf(t: ReturnType<typeof useTranslation>['t'], row: AuditRow): string {
  const shown = row.persons.slice(0, NAMED).map((p) => personLabel(t, p));
  const rest = row.persons.length - shown.length;
  return rest > 0 ? `${shown.join('; ')} ${t('auditLog.morePersons', { count: rest })}` : shown.join('; ');
}
