import { Table, type TableProps } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * A plain list table: a caption for screen readers, one header row and the rows the list draws.
 * The table's own props (zebra, size, class, test id) are passed on as given; `scroll` puts it in
 * a box that scrolls sideways when the table is wider than the page.
 */
export function ListTable({
  caption,
  headers,
  children,
  scroll = false,
  ...table
}: TableProps & {
  caption: string;
  /** The column headers, in order; a header may be a hidden text (an edit column). */
  headers: ReactNode[];
  children: ReactNode;
  scroll?: boolean;
}) {
  const list = (
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
  return scroll ? <div className="table-scroll">{list}</div> : list;
}
