import { Checkbox, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { ExpiredCase } from '@shared/api/retention';

import { formatDate, formatDay } from '../../components/dates';

/** The closed cases past their time, each with a box to choose it, and one to choose them all. */
export function ExpiredCasesTable({
  cases,
  chosen,
  onChange,
}: {
  cases: ExpiredCase[];
  chosen: ReadonlySet<number>;
  onChange: (next: Set<number>) => void;
}) {
  const { t } = useTranslation();
  const all = cases.length > 0 && cases.every((c) => chosen.has(c.caseId));
  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <div className="table-scroll">
      <Table zebra data-size="sm">
        <caption className="visually-hidden">{t('retention.list.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>
              <Checkbox
                aria-label={t('retention.list.chooseAll')}
                checked={all}
                onChange={(e) => onChange(e.target.checked ? new Set(cases.map((c) => c.caseId)) : new Set())}
              />
            </Table.HeaderCell>
            <Table.HeaderCell>{t('retention.list.caseNumber')}</Table.HeaderCell>
            <Table.HeaderCell>{t('retention.list.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('retention.list.closed')}</Table.HeaderCell>
            <Table.HeaderCell>{t('retention.list.expired')}</Table.HeaderCell>
            <Table.HeaderCell>{t('retention.list.archiveCopy')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {cases.map((c) => (
            <Table.Row key={c.caseId}>
              <Table.Cell>
                <Checkbox
                  aria-label={t('retention.list.choose', { caseNumber: c.caseNumber })}
                  checked={chosen.has(c.caseId)}
                  onChange={(e) => toggle(c.caseId, e.target.checked)}
                />
              </Table.Cell>
              <Table.Cell>{c.caseNumber}</Table.Cell>
              <Table.Cell>{c.personName}</Table.Cell>
              <Table.Cell>{formatDay(c.closedDate)}</Table.Cell>
              <Table.Cell>{formatDay(c.expiredDate)}</Table.Cell>
              <Table.Cell>
                {c.archiveCopyAt
                  ? t('retention.list.copyMade', { date: formatDate(c.archiveCopyAt) })
                  : t('retention.list.noCopy')}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
