import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportCounts, ImportReport, ImportSpec, ImportTarget, RowReport } from '@shared/api/imports';

import { ImportErrorAlert } from './ImportErrorAlert';
import { joinKey, useImportLabels } from './importLabels';
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
          <CheckSummary counts={report.counts} target={spec.target} />
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
            <RowReportTable rows={report.rows} target={spec.target} />
          </section>
        </>
      )}
    </StepFrame>
  );
}

function CheckSummary({ counts, target }: { counts: ImportCounts; target: ImportTarget }) {
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
            <dt>{t(`imports.check.counts.${key === 'join' ? joinKey(target) : key}`)}</dt>
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

/**
 * The first rows that will be registered, in the very words the register will hold: one card per
 * row, label and value on a line, so a long address or name reads whole at any width.
 */
function Preview({ rows }: { rows: RowReport[] }) {
  const { t } = useTranslation();
  const shown = rows.filter((r) => r.outcome === 'create' || r.outcome === 'join').slice(0, PREVIEW_ROWS);
  if (shown.length === 0) return null;

  return (
    <section className="form-stack" aria-labelledby="import-preview-heading">
      <Heading level={3} data-size="sm" id="import-preview-heading">
        {t('imports.check.previewHeading', { count: shown.length })}
      </Heading>
      <ul className="import-preview" data-testid="import-preview">
        {shown.map((row) => (
          <li key={row.row} className="import-preview-row" data-testid={`import-preview-${row.row}`}>
            <Heading level={4} data-size="2xs">
              {t('imports.check.previewRow', { row: row.row })}
            </Heading>
            <dl>
              {row.preview.cells.map((cell) => (
                <Fragment key={cell.label}>
                  <dt>{cell.labelKey ? t(cell.labelKey) : cell.label}</dt>
                  <dd>{cell.value}</dd>
                </Fragment>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
