import { Alert, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ImportCounts, ImportReport, ImportSpec, RowReport } from '../../../../shared/api/imports';
import { ImportErrorAlert } from './ImportErrorAlert';
import { useImportLabels } from './importLabels';
import { ScrollBox } from './ScrollBox';
import { useImportCheck } from './queries';
import { RowReportTable } from './RowReportTable';
import { StepFrame, type StepProps } from './StepFrame';

/** Rows shown as they will be registered, before the report of every row. */
const PREVIEW_ROWS = 10;

const outcomeCounts = ['create', 'join', 'skip', 'error'] as const satisfies readonly (keyof ImportCounts)[];

interface Props extends StepProps {
  spec: ImportSpec;
  /** Rows under the header, for the text shown while core checks them. */
  dataRows: number;
  onNext: (report: ImportReport) => void;
}

/** Step 5: the dry run: what would be registered, row by row, with every problem. */
export function CheckStep({ spec, dataRows, onNext, ...frame }: Props) {
  const { t } = useTranslation();
  const label = useImportLabels();
  const check = useImportCheck(spec);
  const report = check.data;

  return (
    <StepFrame name="check" {...frame} onNext={report ? () => onNext(report) : undefined}>
      <div aria-live="polite" className="import-status">
        {check.isFetching ? (
          <Paragraph className="import-progress">
            <Spinner aria-hidden="true" data-size="sm" />{' '}
            {t('imports.check.running', { count: dataRows, number: label.number(dataRows) })}
          </Paragraph>
        ) : report ? (
          <Paragraph>{t('imports.check.done')}</Paragraph>
        ) : null}
      </div>
      <ImportErrorAlert error={check.error} />
      {report && (
        <>
          <CheckSummary counts={report.counts} />
          {report.notices.length > 0 && (
            <Alert data-color="info" data-testid="import-check-notices">
              <Heading level={3} data-size="xs">
                {t('imports.check.notices')}
              </Heading>
              <ul className="import-notices">
                {report.notices.map((notice, i) => (
                  <li key={i}>{label.message(notice)}</li>
                ))}
              </ul>
            </Alert>
          )}
          <Preview rows={report.rows} />
          <section className="form-stack" aria-labelledby="import-report-heading">
            <Heading level={3} data-size="sm" id="import-report-heading">
              {t('imports.check.reportHeading')}
            </Heading>
            <RowReportTable rows={report.rows} />
          </section>
        </>
      )}
    </StepFrame>
  );
}

function CheckSummary({ counts }: { counts: ImportCounts }) {
  const { t } = useTranslation();
  const label = useImportLabels();
  return (
    <section className="form-stack" aria-labelledby="import-summary-heading">
      <Heading level={3} data-size="sm" id="import-summary-heading">
        {t('imports.check.summaryHeading')}
      </Heading>
      <dl className="facts import-counts">
        <div>
          <dt>{t('imports.check.counts.rows')}</dt>
          <dd data-testid="import-count-rows">{label.number(counts.rows)}</dd>
        </div>
        {outcomeCounts.map((key) => (
          <div key={key}>
            <dt>{t(`imports.check.counts.${key}`)}</dt>
            <dd data-testid={`import-count-${key}`}>{label.number(counts[key])}</dd>
          </div>
        ))}
        <div className="facts-wide">
          <dt>{t('imports.check.counts.made')}</dt>
          <dd data-testid="import-count-made">{label.made(counts)}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The first rows that will be registered, in the very words the register will hold. */
function Preview({ rows }: { rows: RowReport[] }) {
  const { t } = useTranslation();
  const shown = rows.filter((r) => r.outcome === 'create' || r.outcome === 'join').slice(0, PREVIEW_ROWS);
  if (shown.length === 0) return null;
  // Rows may differ in what they hold (one has a decision, the next not): every label once.
  const labels = new Map<string, string>();
  for (const row of shown)
    for (const cell of row.preview.cells)
      if (!labels.has(cell.label)) labels.set(cell.label, cell.labelKey ? t(cell.labelKey) : cell.label);
  const columns = [...labels];

  return (
    <section className="form-stack" aria-labelledby="import-preview-heading">
      <Heading level={3} data-size="sm" id="import-preview-heading">
        {t('imports.check.previewHeading', { count: shown.length })}
      </Heading>
      <ScrollBox label={t('imports.check.previewHeading', { count: shown.length })}>
        <Table data-size="sm" zebra className="import-preview" data-testid="import-preview">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('imports.check.row')}</Table.HeaderCell>
              {columns.map(([key, text]) => (
                <Table.HeaderCell key={key}>{text}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {shown.map((row) => (
              <Table.Row key={row.row}>
                <Table.HeaderCell scope="row">{row.row}</Table.HeaderCell>
                {columns.map(([key]) => (
                  <Table.Cell key={key}>
                    {row.preview.cells.find((c) => c.label === key)?.value ?? ''}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollBox>
    </section>
  );
}
