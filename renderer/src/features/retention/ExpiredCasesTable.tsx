import { Checkbox, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { ExpiredCase } from '@shared/api/retention';

import { formatDate, formatDay } from '../../components/dates';
import { ListTable } from '../../components/lists/ListTable';

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
    <ListTable
      scroll
      zebra
      data-size="sm"
      caption={t('retention.list.caption')}
      headers={[
        <Checkbox
          aria-label={t('retention.list.chooseAll')}
          checked={all}
          onChange={(e) => onChange(e.target.checked ? new Set(cases.map((c) => c.caseId)) : new Set())}
        />,
        t('retention.list.caseNumber'),
        t('retention.list.name'),
        t('retention.list.closed'),
        t('retention.list.expired'),
        t('retention.list.archiveCopy'),
      ]}
    >
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
    </ListTable>
  );
}
