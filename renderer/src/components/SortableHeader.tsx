import { Table } from '@digdir/designsystemet-react';
import type { MouseEventHandler, ReactNode } from 'react';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A column header of a sortable table (cases, plans, coordinators). When the column can be sorted
 * the header is a button, with aria-sort telling the order shown and the sort icon drawn from it;
 * otherwise it is plain text.
 */
export function SortableHeader({
  column,
  onSort,
  children,
}: {
  column: { getCanSort: () => boolean; getIsSorted: () => false | 'asc' | 'desc' };
  /** What a click on a sortable header does (a header that cannot sort does nothing). */
  onSort: MouseEventHandler<HTMLTableCellElement> | undefined;
  children: ReactNode;
}) {
  const canSort = column.getCanSort();
  const sorted = column.getIsSorted();
  return (
    <Table.HeaderCell
      sort={canSort ? (sorted ? ariaSort[sorted] : 'none') : undefined}
      onClick={canSort ? onSort : undefined}
    >
      {children}
    </Table.HeaderCell>
  );
}
