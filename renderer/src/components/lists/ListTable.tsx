import { Table, type TableProps } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * A plain list table: a caption for screen readers, one header row and the rows the list draws.
 * The table's own props (zebra, size, class, test id) are passed on as given.
 */
export function ListTable({
  caption,
  headers,
  children,
  ...table
}: TableProps & {
  caption: string;
  /** The column headers, in order; a header may be a hidden text (an edit column). */
  headers: ReactNode[];
  children: ReactNode;
}) {
  return (
    <Table {...table}>
      <caption className="visually-hidden">{caption}</caption>
      <Table.Head>
        <Table.Row>
          {headers.map((header, i) => (
            <Table.HeaderCell key={i}>{header}</Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Head>
      <Table.Body>{children}</Table.Body>
    </Table>
  );
}
