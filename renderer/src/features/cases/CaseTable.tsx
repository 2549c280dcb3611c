import { Link, Table } from '@digdir/designsystemet-react';
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListRow } from '../../../../shared/api/cases';
import { formatDay } from '../../components/dates';
import { SortableHeader } from '../../components/SortableHeader';
import {
  AppealStages,
  DecisionsShort,
  DueDate,
  dueState,
  PersonIdCell,
  RightsShort,
  StatusTag,
} from './caseCells';
import type { ColumnId } from './columns';
import type { CaseSort } from './listQuery';

const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature });
const helper = createColumnHelper<typeof features, CaseListRow>();

interface Props {
  rows: CaseListRow[];
  sort: CaseSort;
  desc: boolean;
  onSort: (sort: CaseSort) => void;
  visible: Record<ColumnId, boolean>;
  /** The case page's address for a row (it carries the way back to this list). */
  hrefFor: (row: CaseListRow) => string;
  today: string;
  dueSoonDays: number;
}

/**
 * One page of cases; sorting is done by core, so a header click asks for a new page. Memoised:
 * the page around it redraws on every keystroke, the rows only when they change.
 */
export const CaseTable = memo(function CaseTable({
  rows,
  sort,
  desc,
  onSort,
  visible,
  hrefFor,
  today,
  dueSoonDays,
}: Props) {
  const { t } = useTranslation();
  const columns = useMemo(() => {
    const day = (value: string | null) => <span className="nowrap">{formatDay(value)}</span>;
    return helper.columns([
      helper.accessor('caseNumber', {
        header: () => t('cases.col.caseNumber'),
        cell: (info) => (
          <Link href={hrefFor(info.row.original)} className="nowrap">
            {info.getValue()}
          </Link>
        ),
      }),
      // One line per case: a name never wraps (the column takes the width it needs).
      helper.accessor('personName', {
        header: () => t('cases.col.personName'),
        cell: (info) => <span className="nowrap">{info.getValue()}</span>,
      }),
      helper.accessor('nationalId', {
        header: () => t('cases.col.nationalId'),
        enableSorting: false,
        cell: (info) => <PersonIdCell {...info.row.original} />,
      }),
      helper.accessor('receivedDate', {
        header: () => t('cases.col.receivedDate'),
        cell: (info) => day(info.getValue()),
      }),
      helper.accessor('rightsRequested', {
        id: 'rights',
        header: () => t('cases.col.rights'),
        enableSorting: false,
        cell: (info) => <RightsShort rights={info.getValue()} />,
      }),
      helper.accessor('decisions', {
        header: () => t('cases.col.decisions'),
        enableSorting: false,
        cell: (info) => <DecisionsShort decisions={info.getValue()} />,
      }),
      helper.accessor('status', {
        header: () => t('cases.col.status'),
        cell: (info) => <StatusTag status={info.getValue()} />,
      }),
      helper.accessor('appeals', {
        header: () => t('cases.col.appeals'),
        enableSorting: false,
        cell: (info) => <AppealStages stages={info.getValue()} />,
      }),
      helper.accessor('officeDeadline', {
        header: () => t('cases.col.officeDeadline'),
        cell: (info) => {
          const { officeDeadline, officeDeadlineKind } = info.row.original;
          if (!officeDeadline) return null;
          return (
            <DueDate
              date={officeDeadline}
              state={dueState(officeDeadline, today, dueSoonDays)}
              label={officeDeadlineKind ? t(`cases.deadlineKind.${officeDeadlineKind}`) : undefined}
            />
          );
        },
      }),
      helper.accessor('appealDeadline', {
        header: () => t('cases.col.appealDeadline'),
        enableSorting: false,
        cell: (info) => {
          const due = info.getValue();
          // A passed appeal deadline is history, not a task: only a running one is highlighted.
          return due ? (
            <DueDate date={due} state={due < today ? 'later' : dueState(due, today, dueSoonDays)} />
          ) : null;
        },
      }),
      helper.accessor('decidedDate', {
        header: () => t('cases.col.decidedDate'),
        enableSorting: false,
        cell: (info) => day(info.getValue()),
      }),
      helper.accessor('closedDate', {
        header: () => t('cases.col.closedDate'),
        enableSorting: false,
        cell: (info) => day(info.getValue()),
      }),
    ]);
  }, [t, hrefFor, today, dueSoonDays]);

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    state: { sorting: [{ id: sort, desc }], columnVisibility: visible },
  });

  return (
    <Table zebra hover data-size="sm" data-testid="case-table" className="case-table">
      <caption className="visually-hidden">{t('cases.tableCaption')}</caption>
      <Table.Head>
        {table.getHeaderGroups().map((group) => (
          <Table.Row key={group.id}>
            {group.headers.map((header) => (
              <SortableHeader
                key={header.id}
                column={header.column}
                onSort={() => onSort(header.column.id as CaseSort)}
              >
                <table.FlexRender header={header} />
              </SortableHeader>
            ))}
          </Table.Row>
        ))}
      </Table.Head>
      <Table.Body>
        {table.getRowModel().rows.map((row) => (
          <Table.Row key={row.id}>
            {row.getVisibleCells().map((cell) => (
              <Table.Cell key={cell.id}>
                <table.FlexRender cell={cell} />
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
});
