import { Link, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { FigureCaseRow, FigureCoordinatorRow, FigureDetail } from '@shared/api/dashboards';

import { formatDay } from '../../components/dates';
import { caseHref, coordinatorHref } from './paths';
import { dateDetails, numberFormat } from './texts';

/** The cases behind a figure: number (to the case), name, status, coordinator and the figure's own detail. */
export function FigureCaseTable({
  caption,
  detail,
  rows,
}: {
  caption: string;
  detail: FigureDetail | null;
  rows: FigureCaseRow[];
}) {
  const { t, i18n } = useTranslation();
  const format = numberFormat(i18n.language);
  const detailText = (value: FigureCaseRow['detail']): string => {
    if (value === null || detail === null) return '';
    if (detail === 'planStatus') return t(`plan.status.${value}`);
    if (dateDetails.has(detail)) return formatDay(String(value));
    return typeof value === 'number' ? format(value) : String(value);
  };
  const numeric = detail !== null && !dateDetails.has(detail) && detail !== 'planStatus';
  return (
    <Table zebra data-testid="figure-rows">
      <caption className="visually-hidden">{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('dashboards.list.caseNumber')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('dashboards.list.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('dashboards.list.status')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('dashboards.list.coordinator')}</Table.HeaderCell>
          {detail && (
            <Table.HeaderCell scope="col" className={numeric ? 'number' : undefined}>
              {t(`dashboards.detail.${detail}`)}
            </Table.HeaderCell>
          )}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row, i) => (
          // A case may appear once per change (Koordinatorbytter lists changes), so the index keys too.
          <Table.Row key={`${row.caseId}-${i}`}>
            <Table.Cell className="nowrap">
              <Link href={caseHref(row.caseId)}>{row.caseNumber}</Link>
            </Table.Cell>
            <Table.Cell>{row.personName}</Table.Cell>
            <Table.Cell>{t(`enums.caseStatus.${row.status}`)}</Table.Cell>
            <Table.Cell>{row.coordinatorName ?? t('dashboards.list.withoutCoordinator')}</Table.Cell>
            {detail && (
              <Table.Cell className={numeric ? 'number' : 'nowrap'}>{detailText(row.detail)}</Table.Cell>
            )}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** The coordinators behind a figure: name (to the coordinator), service unit, caseload, capacity, training. */
export function FigureCoordinatorTable({ caption, rows }: { caption: string; rows: FigureCoordinatorRow[] }) {
  const { t, i18n } = useTranslation();
  const format = numberFormat(i18n.language);
  return (
    <Table zebra data-testid="figure-rows">
      <caption className="visually-hidden">{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('dashboards.list.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('dashboards.list.serviceUnit')}</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="number">
            {t('dashboards.list.cases')}
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="number">
            {t('dashboards.list.capacity')}
          </Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('dashboards.list.training')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.coordinatorId}>
            <Table.Cell>
              <Link href={coordinatorHref(row.coordinatorId)}>{row.name}</Link>
            </Table.Cell>
            <Table.Cell>{row.serviceUnit}</Table.Cell>
            <Table.Cell className="number">{format(row.cases)}</Table.Cell>
            <Table.Cell className="number">
              {row.capacity === null ? t('dashboards.list.capacityNotSet') : format(row.capacity)}
            </Table.Cell>
            <Table.Cell>{t(`dashboards.figure.training.status.${row.training}`)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
