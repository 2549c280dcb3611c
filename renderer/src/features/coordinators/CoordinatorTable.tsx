import { Link, Table, Tag } from '@digdir/designsystemet-react';
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

import type { Coordinator } from '@shared/api/coordinators';

import { DataTableBody, SortableTableHead } from '../../components/lists/DataTable';
import { Caseload } from './Caseload';
import { norwegian } from './filter';
import { compareTraining, TrainingTag } from './TrainingTag';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });

// Norwegian collation: Ærlig, Øverland and Åsheim sort after Zahl, as a Norwegian reader expects.
const nbText: SortFn<typeof features, Coordinator> = (a, b, id) =>
  norwegian.compare(String(a.getValue(id) ?? ''), String(b.getValue(id) ?? ''));
const byCaseload: SortFn<typeof features, Coordinator> = (a, b) => a.original.caseload - b.original.caseload;
// Ascending (the first click) puts the ones who need training first.
const byTraining: SortFn<typeof features, Coordinator> = (a, b) =>
  compareTraining(a.original.training, b.original.training);

const helper = createColumnHelper<typeof features, Coordinator>();

interface Props {
  rows: Coordinator[];
  /** The coordinator page's address, carrying the way back to this list. */
  hrefFor: (id: number) => string;
}

export function CoordinatorTable({ rows, hrefFor }: Props) {
  const { t } = useTranslation();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('name', {
          header: () => t('coordinators.name'),
          sortFn: nbText,
          cell: (info) => <Link href={hrefFor(info.row.original.id)}>{info.getValue()}</Link>,
        }),
        helper.accessor('serviceUnitName', { header: () => t('coordinators.serviceUnit'), sortFn: nbText }),
        helper.accessor('position', { header: () => t('coordinators.position'), sortFn: nbText }),
        helper.accessor('phone', { header: () => t('coordinators.phone'), enableSorting: false }),
        helper.accessor('email', { header: () => t('coordinators.email'), enableSorting: false }),
        helper.accessor('caseload', {
          header: () => t('coordinators.caseloadColumn'),
          sortFn: byCaseload,
          // The first click shows who holds the most.
          sortDescFirst: true,
          cell: (info) => <Caseload coordinator={info.row.original} />,
        }),
        helper.accessor('training', {
          header: () => t('coordinators.trainingColumn'),
          sortFn: byTraining,
          sortDescFirst: false,
          cell: (info) => <TrainingTag status={info.getValue()} />,
        }),
        helper.accessor('active', {
          header: () => t('coordinators.status'),
          cell: (info) => (
            <Tag data-color={info.getValue() ? 'success' : 'neutral'} data-size="sm">
              {info.getValue() ? t('coordinators.active') : t('coordinators.inactive')}
            </Tag>
          ),
        }),
      ]),
    [t, hrefFor],
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
      <SortableTableHead table={table} onSort={(column) => column.getToggleSortingHandler()} />
      <DataTableBody table={table} />
    </Table>
  );
}
