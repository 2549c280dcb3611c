import { Table } from '@digdir/designsystemet-react';
import {
  FlexRender,
  type Column,
  type Header,
  type RowData,
  type Table as TableModel,
  type TableFeatures,
} from '@tanstack/react-table';
import type { MouseEventHandler, ReactNode } from 'react';

import { SortableHeader } from '../SortableHeader';

type SortableColumn = Parameters<typeof SortableHeader>[0]['column'];

/**
 * The header row of a list table (cases, plans, coordinators): every header a `SortableHeader`,
 * with what a click on it does given by the list (ask core for a new page, or sort here).
 */
export function SortableTableHead<F extends TableFeatures, D extends RowData>({
  table,
  onSort,
}: {
  table: Pick<TableModel<F, D>, 'getHeaderGroups'>;
  onSort: (column: Column<F, D>) => MouseEventHandler<HTMLTableCellElement> | undefined;
}) {
  return (
    <Table.Head>
      {table.getHeaderGroups().map((group) => (
        <Table.Row key={group.id}>
          {group.headers.map((header: Header<F, D, unknown>) => (
            <SortableHeader
              key={header.id}
              column={header.column as unknown as SortableColumn}
              onSort={onSort(header.column)}
            >
              <FlexRender header={header} />
            </SortableHeader>
          ))}
        </Table.Row>
      ))}
    </Table.Head>
  );
}

/** The rows of a list table, every cell drawn by its column. */
export function DataTableBody<F extends TableFeatures, D extends RowData>({
  table,
}: {
  table: Pick<TableModel<F, D>, 'getRowModel'>;
}): ReactNode {
  return (
    <Table.Body>
      {table.getRowModel().rows.map((row) => (
        <Table.Row key={row.id}>
          {row.getAllCells().map((cell) => (
            <Table.Cell key={cell.id}>
              <FlexRender cell={cell} />
            </Table.Cell>
          ))}
        </Table.Row>
      ))}
    </Table.Body>
  );
}
