import { Table } from '@digdir/designsystemet-react';
import { replaceEqualDeep } from '@tanstack/react-query';
import { FlexRender, useTable, type Row } from '@tanstack/react-table';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { CaseListRow } from '@shared/api/cases';

import { SortableTableHead } from '../../components/lists/DataTable';
import { CaseHrefContext, caseColumns, caseTableFeatures } from './caseTableColumns';
import type { ColumnId } from './columns';
import type { CaseSort } from './listQuery';

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
 * the page around it redraws on every keystroke, the table only when an answer comes, and then
 * only the rows of cases not shown before (or changed).
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
  const columns = useMemo(() => caseColumns(t, today, dueSoonDays), [t, today, dueSoonDays]);

  const table = useTable({
    features: caseTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    state: { sorting: [{ id: sort, desc }], columnVisibility: visible },
  });

  return (
    <CaseHrefContext value={hrefFor}>
      <Table zebra hover data-size="sm" data-testid="case-table" className="case-table">
        <caption className="visually-hidden">{t('cases.tableCaption')}</caption>
        <SortableTableHead table={table} onSort={(column) => () => onSort(column.id as CaseSort)} />
        <Table.Body>
          {table.getRowModel().rows.map((row) => (
            <CaseRow key={row.id} row={row} columns={columns} visible={visible} />
          ))}
        </Table.Body>
      </Table>
    </CaseHrefContext>
  );
});

interface RowProps {
  row: Row<typeof caseTableFeatures, CaseListRow>;
  /** Not read here: a change of them (language, day, columns shown) draws the row again. */
  columns: unknown;
  visible: Record<ColumnId, boolean>;
}

/**
 * A case's row, drawn again only when what it shows changed. Every answer is a new array of new
 * objects, so the case is compared by value: typing narrows the search, and most rows on screen
 * are the same cases as before.
 */
const CaseRow = memo(
  function CaseRow({ row }: RowProps) {
    return (
      <Table.Row>
        {row.getVisibleCells().map((cell) => (
          <Table.Cell key={cell.id}>
            <FlexRender cell={cell} />
          </Table.Cell>
        ))}
      </Table.Row>
    );
  },
  (before, after) =>
    before.columns === after.columns &&
    before.visible === after.visible &&
    sameCase(before.row.original, after.row.original),
);

/** React Query's structural sharing keeps the first object when the second is equal to it in every value. */
function sameCase(before: CaseListRow, after: CaseListRow): boolean {
  return replaceEqualDeep(before, after) === before;
}
