import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { ReportTable, ReportValue } from '@shared/api/reports';

type HiddenReportValue = Extract<ReportValue, { suppressed: true }>;
import { columnUnit, formatValue } from './reportValues';

/**
 * A value not shown: "<5" for a small count (a screen reader hears "skjult, under 5"), "skjult"
 * for a larger value kept back, "–" where there is nothing to compute.
 */
export function HiddenValue({ value, threshold }: { value: HiddenReportValue; threshold: number }) {
  const { t } = useTranslation();
  if (value.reason === 'none') {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('reports.noValue')}</span>
      </>
    );
  }
  if (value.reason === 'hidden') return <>{t('reports.hiddenOther')}</>;
  return (
    <>
      <span aria-hidden="true">{`<${threshold}`}</span>
      <span className="visually-hidden">{t('reports.hiddenValue', { threshold })}</span>
    </>
  );
}

function Cell({
  value,
  unit,
  threshold,
}: {
  value: ReportValue;
  unit: ReportTable['unit'];
  threshold: number;
}) {
  return (
    <Table.Cell className="number">
      {value.suppressed ? (
        <HiddenValue value={value} threshold={threshold} />
      ) : (
        formatValue(value.value, unit)
      )}
    </Table.Cell>
  );
}

/** The figures of one table, every chart's numbers in words and digits (DESIGN.md section 6). */
export function ReportDataTable({ table, threshold }: { table: ReportTable; threshold: number }) {
  const { t } = useTranslation();
  const base = `reportTables.${table.key}`;
  // A wide table scrolls in its box (at 200 % zoom most do): the box takes focus so the arrow
  // keys scroll it (WCAG 2.1.1, axe's scrollable-region-focusable), and is named after the table.
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll box must be reachable by keyboard
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t(`${base}.title`)}>
      <Table data-size="sm" className="report-table">
        <caption className="visually-hidden">{t(`${base}.title`)}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">
              <span className="visually-hidden">{t('reports.rowHeader')}</span>
            </Table.HeaderCell>
            {table.columns.map((column) => (
              <Table.HeaderCell key={column} scope="col" className="number">
                {t(`${base}.columns.${column}`)}
              </Table.HeaderCell>
            ))}
            {table.rowTotals && (
              <Table.HeaderCell scope="col" className="number">
                {t('reports.total')}
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {table.rows.map((row, r) => (
            <Table.Row key={row}>
              <Table.HeaderCell scope="row">{t(`${base}.rows.${row}`)}</Table.HeaderCell>
              {table.columns.map((column, c) => {
                const cell = table.cells[r]?.[c];
                return cell ? (
                  <Cell key={column} value={cell} unit={columnUnit(table, c)} threshold={threshold} />
                ) : (
                  <Table.Cell key={column} />
                );
              })}
              {table.rowTotals?.[r] && (
                <Cell value={table.rowTotals[r]} unit={table.unit} threshold={threshold} />
              )}
            </Table.Row>
          ))}
          {table.columnTotals && (
            <Table.Row className="report-total-row">
              <Table.HeaderCell scope="row">{t('reports.total')}</Table.HeaderCell>
              {table.columnTotals.map((value, c) => (
                <Cell
                  key={table.columns[c]}
                  value={value}
                  unit={columnUnit(table, c)}
                  threshold={threshold}
                />
              ))}
              {table.rowTotals &&
                (table.total ? (
                  <Cell value={table.total} unit={table.unit} threshold={threshold} />
                ) : (
                  <Table.Cell />
                ))}
            </Table.Row>
          )}
        </Table.Body>
      </Table>
    </div>
  );
}
