import { Button, Table, Tag } from '@digdir/designsystemet-react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortFn,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coordinator } from '../../../../shared/api/coordinators';
import { norwegian } from './filter';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });

// Norwegian collation: Ærlig, Øverland and Åsheim sort after Zahl, as a Norwegian reader expects.
const nbText: SortFn<typeof features, Coordinator> = (a, b, id) =>
  norwegian.compare(String(a.getValue(id) ?? ''), String(b.getValue(id) ?? ''));
// Coordinators without an agreed capacity sort first in ascending order.
const byNumber: SortFn<typeof features, Coordinator> = (a, b, id) =>
  ((a.getValue(id) as number | null) ?? -1) - ((b.getValue(id) as number | null) ?? -1);

const helper = createColumnHelper<typeof features, Coordinator>();

interface Props {
  rows: Coordinator[];
  onEdit: (id: number) => void;
}

export function CoordinatorTable({ rows, onEdit }: Props) {
  const { t } = useTranslation();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('name', { header: () => t('coordinators.name'), sortFn: nbText }),
        helper.accessor('serviceUnitName', { header: () => t('coordinators.serviceUnit'), sortFn: nbText }),
        helper.accessor('position', { header: () => t('coordinators.position'), sortFn: nbText }),
        helper.accessor('phone', { header: () => t('coordinators.phone'), enableSorting: false }),
        helper.accessor('email', { header: () => t('coordinators.email'), enableSorting: false }),
        helper.accessor('capacity', {
          header: () => t('coordinators.capacity'),
          sortFn: byNumber,
          cell: (info) => info.getValue() ?? t('coordinators.noCapacity'),
        }),
        helper.accessor('active', {
          header: () => t('coordinators.status'),
          cell: (info) => (
            <Tag data-color={info.getValue() ? 'success' : 'neutral'}>
              {info.getValue() ? t('coordinators.active') : t('coordinators.inactive')}
            </Tag>
          ),
        }),
        helper.display({
          id: 'edit',
          header: () => <span className="visually-hidden">{t('coordinators.edit')}</span>,
          cell: (info) => (
            <Button
              variant="tertiary"
              data-size="sm"
              aria-label={t('coordinators.editLabel', { name: info.row.original.name })}
              onClick={() => onEdit(info.row.original.id)}
            >
              {t('coordinators.edit')}
            </Button>
          ),
        }),
      ]),
    [t, onEdit],
  );
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    initialState: { sorting: [{ id: 'name', desc: false }] },
    enableSortingRemoval: false,
  });

  return (
    <Table zebra hover data-testid="coordinator-table">
      <caption className="visually-hidden">{t('coordinators.tableCaption')}</caption>
      <Table.Head>
        {table.getHeaderGroups().map((group) => (
          <Table.Row key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const canSort = header.column.getCanSort();
              return (
                <Table.HeaderCell
                  key={header.id}
                  sort={
                    canSort
                      ? sorted === 'asc'
                        ? 'ascending'
                        : sorted === 'desc'
                          ? 'descending'
                          : 'none'
                      : undefined
                  }
                  onClick={canSort ? header.column.getToggleSortingHandler() : undefined}
                >
                  <table.FlexRender header={header} />
                </Table.HeaderCell>
              );
            })}
          </Table.Row>
        ))}
      </Table.Head>
      <Table.Body>
        {table.getRowModel().rows.map((row) => (
          <Table.Row key={row.id}>
            {row.getAllCells().map((cell) => (
              <Table.Cell key={cell.id}>
                <table.FlexRender cell={cell} />
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
