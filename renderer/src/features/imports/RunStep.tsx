import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportBatch, ImportCounts, ImportReport, ImportSpec } from '@shared/api/imports';

import { ImportErrorAlert } from './ImportErrorAlert';
import { useImportLabels } from './importLabels';
import { IMPORT_SETTINGS_HREF } from './paths';
import { useRunImport } from './queries';
import { StepFrame, type StepProps } from './StepFrame';

export interface ImportDone {
  batch: ImportBatch;
  report: ImportReport;
}

interface Props extends StepProps {
  spec: ImportSpec;
  /** The dry run's figures: what "Importer" will write. */
  counts: ImportCounts;
  done: ImportDone | null;
  onDone: (done: ImportDone) => void;
}

/** Step 6: the import itself, in one transaction, and what it made. */
export function RunStep({ spec, counts, done, onDone, ...frame }: Props) {
  const { t } = useTranslation();
  const label = useImportLabels();
  const run = useRunImport();
  const importable = counts.create + counts.join;

  if (done) return <RunDone done={done} {...frame} />;

  const start = async () => {
    if (run.isPending || importable === 0) return;
    try {
      onDone(await run.mutateAsync(spec));
    } catch {
      // The error is shown below the button; the choices are kept for another try.
    }
  };

  return (
    <StepFrame
      name="run"
      {...frame}
      onNext={() => void start()}
      nextLabel={t('imports.run.submit', { count: importable, number: label.number(importable) })}
      nextLoading={run.isPending}
      nextDisabled={importable === 0}
    >
      {importable > 0 ? (
        <Paragraph data-testid="import-run-summary">
          {t('imports.run.summary', {
            count: importable,
            number: label.number(importable),
            made: label.made(counts),
          })}
        </Paragraph>
      ) : (
        <Paragraph>{t('imports.run.nothing')}</Paragraph>
      )}
      {counts.error > 0 && (
        <Paragraph>
          {t('imports.run.errorsLeftOut', { count: counts.error, number: label.number(counts.error) })}
        </Paragraph>
      )}
      <Paragraph>{t('imports.run.allOrNothing')}</Paragraph>
      <Paragraph>{t('imports.run.undoLater')}</Paragraph>
      <ImportErrorAlert error={run.error} />
    </StepFrame>
  );
}

function RunDone({ done, ...frame }: StepProps & { done: ImportDone }) {
  const { t } = useTranslation();
  const label = useImportLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { batch, report } = done;
  return (
    <StepFrame name="run" {...frame} focusHeading={false} hideBack hideCancel>
      <Alert data-color="success" data-testid="import-done">
        <Heading level={3} data-size="sm" tabIndex={-1} ref={heading}>
          {t('imports.run.doneHeading')}
        </Heading>
        <Paragraph>
          {t('imports.run.done', { fileName: batch.fileName, made: label.made(batch.counts) })}
        </Paragraph>
        {report.counts.error > 0 && (
          <Paragraph>
            {t('imports.run.errorsLeftOutDone', {
              count: report.counts.error,
              number: label.number(report.counts.error),
            })}
          </Paragraph>
        )}
        <Paragraph>{t('imports.run.undoLater')}</Paragraph>
      </Alert>
      <ul className="import-links">
        <li>
          <Link href="#/saker">{t('imports.run.toCases')}</Link>
        </li>
        <li>
          <Link href="#/koordinatorer">{t('imports.run.toCoordinators')}</Link>
        </li>
        <li>
          <Link href={IMPORT_SETTINGS_HREF}>{t('imports.run.toSettings')}</Link>
        </li>
      </ul>
    </StepFrame>
  );
}
