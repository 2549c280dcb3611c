import { Link, Table } from '@digdir/designsystemet-react';
import { createColumnHelper, rowSortingFeature, tableFeatures, useTable } from '@tanstack/react-table';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { PlanListRow } from '@shared/api/plans';

import { formatDay } from '../../components/dates';
import { DataTableBody, SortableTableHead } from '../../components/lists/DataTable';
import { DueDate, dueState } from '../cases/caseCells';
import type { PlanSort } from './listQuery';
import { PlanStatusTag, ProgressCell, WarningTags } from './planCells';
import { planHref } from './planPage/paths';

const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, PlanListRow>();

interface Props {
  rows: PlanListRow[];
  sort: PlanSort;
  desc: boolean;
  onSort: (sort: PlanSort) => void;
  today: string;
  /** A revision this close is marked as due soon (the plans' setting). */
  noticeDays: number;
}

/** One page of plans; sorting is done by core, so a header click asks for a new page. */
export const PlanTable = memo(function PlanTable({ rows, sort, desc, onSort, today, noticeDays }: Props) {
  const { t } = useTranslation();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('caseNumber', {
          header: () => t('plans.col.caseNumber'),
          cell: (info) => (
            <Link href={planHref(info.row.original.caseId)} className="nowrap">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor('personName', { header: () => t('plans.col.personName') }),
        helper.accessor('status', {
          header: () => t('plans.col.status'),
          cell: (info) => <PlanStatusTag status={info.getValue()} />,
        }),
        // What needs follow-up comes right after the status, so it is seen without scrolling sideways.
        helper.accessor('warnings', {
          header: () => t('plans.col.warnings'),
          cell: (info) => <WarningTags warnings={info.getValue()} />,
        }),
        helper.accessor('nextRevisionDate', {
          header: () => t('plans.col.nextRevisionDate'),
          cell: (info) => {
            const due = info.getValue();
            // A closed plan has no revision ahead of it: its date is history, not a task.
            if (!due) return null;
            const running = info.row.original.status !== 'closed' && info.row.original.status !== 'notWanted';
            return <DueDate date={due} state={running ? dueState(due, today, noticeDays) : 'later'} t={t} />;
          },
        }),
        helper.accessor('progress', {
          header: () => t('plans.col.progress'),
          cell: (info) => <ProgressCell progress={info.getValue()} />,
        }),
        helper.accessor('lastEvaluation', {
          header: () => t('plans.col.lastEvaluation'),
          enableSorting: false,
          cell: (info) => <span className="nowrap">{formatDay(info.getValue())}</span>,
        }),
        helper.accessor('coordinatorName', {
          id: 'coordinator',
          header: () => t('plans.col.coordinator'),
          enableSorting: false,
          cell: (info) => info.getValue() ?? t('plans.withoutCoordinator'),
        }),
      ]),
    [t, today, noticeDays],
  );

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => String(row.caseId),
    manualSorting: true,
    state: { sorting: [{ id: sort, desc }] },
  });

  return (
    <Table zebra hover data-testid="plan-table">
      <caption className="visually-hidden">{t('plans.tableCaption')}</caption>
      <SortableTableHead table={table} onSort={(column) => () => onSort(column.id as PlanSort)} />
      <DataTableBody table={table} />
    </Table>
  );
});
