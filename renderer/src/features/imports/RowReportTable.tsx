import { Button, Paragraph, Switch, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportTarget, RowOutcome, RowReport } from '@shared/api/imports';

import { joinKey, useImportLabels } from './importLabels';
import { ScrollBox } from './ScrollBox';

/** Rows rendered at a time: 5 000 rows of a sheet stay quick when only a page is in the DOM. */
export const REPORT_PAGE = 100;

const outcomeColors: Record<RowOutcome, 'success' | 'info' | 'neutral' | 'danger'> = {
  create: 'success',
  join: 'info',
  skip: 'neutral',
  error: 'danger',
};

/** The row-by-row report of a dry run (or of the import), errors only on request. */
export function RowReportTable({ rows, target }: { rows: RowReport[]; target: ImportTarget }) {
  const { t } = useTranslation();
  const label = useImportLabels();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [limit, setLimit] = useState(REPORT_PAGE);
  const matching = onlyErrors ? rows.filter((r) => r.outcome === 'error') : rows;
  const shown = matching.slice(0, limit);
  const more = Math.min(REPORT_PAGE, matching.length - shown.length);
  // A coordinator row is about no person: the column would stand empty.
  const withPerson = target === 'cases';
  const countLine = () => {
    const [n, all, total] = [shown.length, matching.length, rows.length].map(label.number);
    if (!onlyErrors) return t('imports.check.shown', { shown: n, total });
    // A page of the rows with errors says how many there are; all of them, out of how many rows.
    if (shown.length < matching.length)
      return t('imports.check.shownErrorsPaged', { shown: n, errors: all, total });
    return t('imports.check.shownErrors', { count: shown.length, shown: n, total });
  };

  return (
    <>
      <Switch
        label={t('imports.check.onlyErrors')}
        checked={onlyErrors}
        onChange={(e) => {
          setOnlyErrors(e.target.checked);
          setLimit(REPORT_PAGE);
        }}
      />
      <Paragraph className="count-line" aria-live="polite" data-testid="import-report-count">
        {countLine()}
      </Paragraph>
      {matching.length === 0 ? (
        <Paragraph>{onlyErrors ? t('imports.check.noErrors') : t('imports.check.noRows')}</Paragraph>
      ) : (
        <ScrollBox label={t('imports.check.reportHeading')}>
          <Table data-size="sm" zebra className="import-report" data-testid="import-report">
            <caption className="visually-hidden">{t('imports.check.reportHeading')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell className="number">{t('imports.check.row')}</Table.HeaderCell>
                <Table.HeaderCell className="import-report-title">
                  {t('imports.check.title')}
                </Table.HeaderCell>
                <Table.HeaderCell>{t('imports.check.outcome')}</Table.HeaderCell>
                {withPerson && <Table.HeaderCell>{t('imports.check.person')}</Table.HeaderCell>}
                <Table.HeaderCell className="import-report-messages">
                  {t('imports.check.messages')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.map((row) => (
                <ReportRow key={row.row} row={row} target={target} withPerson={withPerson} />
              ))}
            </Table.Body>
          </Table>
        </ScrollBox>
      )}
      {more > 0 && (
        <div>
          <Button variant="secondary" onClick={() => setLimit((n) => n + REPORT_PAGE)}>
            {t('imports.check.showMore', { count: more })}
          </Button>
        </div>
      )}
    </>
  );
}

function ReportRow({
  row,
  target,
  withPerson,
}: {
  row: RowReport;
  target: ImportTarget;
  withPerson: boolean;
}) {
  const { t } = useTranslation();
  const label = useImportLabels();
  const outcome = row.outcome === 'join' ? joinKey(target) : row.outcome;
  return (
    <Table.Row data-testid={`import-row-${row.row}`}>
      <Table.HeaderCell scope="row" className="number">
        {row.row}
      </Table.HeaderCell>
      <Table.Cell>{row.title}</Table.Cell>
      <Table.Cell>
        <Tag data-size="sm" data-color={outcomeColors[row.outcome]} className="nowrap">
          {t(`imports.outcome.${outcome}`)}
        </Tag>
      </Table.Cell>
      {withPerson && (
        <Table.Cell className="nowrap">
          {row.person &&
            (row.person.kind === 'sameAsRow'
              ? t('imports.person.sameAsRow', { row: row.person.row })
              : t(`imports.person.${row.person.kind}`))}
        </Table.Cell>
      )}
      <Table.Cell>
        {(row.problems.length > 0 || row.notes.length > 0) && (
          <ul className="import-messages">
            {row.problems.map((m, i) => (
              <li key={`p${i}`} className="import-problem">
                <strong>{t('imports.check.problem')}</strong> {label.rowMessage(m)}
              </li>
            ))}
            {row.notes.map((m, i) => (
              <li key={`n${i}`}>
                <strong>{t('imports.check.note')}</strong> {label.rowMessage(m)}
              </li>
            ))}
          </ul>
        )}
      </Table.Cell>
    </Table.Row>
  );
}
