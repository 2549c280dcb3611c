import { Alert, Button, Dialog, Heading, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '../../../../shared/api/imports';
import { formatDateTime } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportErrorAlert } from './ImportErrorAlert';
import { useImportLabels } from './importLabels';
import { useImportBatches, useUndoImport } from './queries';

/** Earlier imports, newest first as core gives them, each undone from here while untouched. */
export function ImportBatches() {
  const { t } = useTranslation();
  const batches = useImportBatches();
  const undo = useUndoImport();
  const [asking, setAsking] = useState<ImportBatch | null>(null);
  const [undone, setUndone] = useState<ImportBatch | null>(null);
  const message = useRef<HTMLDivElement>(null);

  const ask = (batch: ImportBatch) => {
    undo.reset();
    setUndone(null);
    setAsking(batch);
  };
  const confirm = async () => {
    if (!asking || undo.isPending) return;
    try {
      setUndone(await undo.mutateAsync(asking.id));
      setAsking(null);
      // The button that opened the dialog is gone with the batch's undo: the news takes the focus.
      requestAnimationFrame(() => message.current?.focus());
    } catch {
      // Shown in the dialog, which stays open.
    }
  };

  if (batches.isPending) return <Spinner aria-label={t('app.loading')} />;
  if (!batches.data) return <ErrorAlert error={batches.error} />;

  return (
    <>
      <div aria-live="polite" ref={message} tabIndex={-1} className="import-undo-news">
        {undone && (
          <Alert data-color="success" data-testid="import-undone">
            {t('imports.batches.undoneNews', { fileName: undone.fileName })}
          </Alert>
        )}
      </div>
      {batches.data.length === 0 ? (
        <Paragraph>{t('imports.batches.empty')}</Paragraph>
      ) : (
        <BatchTable batches={batches.data} onUndo={ask} />
      )}
      <Dialog
        open={asking !== null}
        onClose={() => setAsking(null)}
        closeButton={t('imports.batches.closeDialog')}
        aria-labelledby="import-undo-heading"
        data-testid="import-undo-dialog"
      >
        {asking && (
          <>
            <Dialog.Block>
              <Heading level={2} data-size="sm" id="import-undo-heading">
                {t('imports.batches.confirmHeading')}
              </Heading>
            </Dialog.Block>
            <Dialog.Block>
              <UndoQuestion batch={asking} />
              <ImportErrorAlert error={undo.error} />
              <div className="button-row">
                <Button data-color="danger" loading={undo.isPending} onClick={() => void confirm()}>
                  {t('imports.batches.confirm')}
                </Button>
                <Button variant="secondary" onClick={() => setAsking(null)}>
                  {t('imports.batches.keep')}
                </Button>
              </div>
            </Dialog.Block>
          </>
        )}
      </Dialog>
    </>
  );
}

function UndoQuestion({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const label = useImportLabels();
  return (
    <Paragraph>
      {t('imports.batches.confirmText', {
        fileName: batch.fileName,
        at: formatDateTime(batch.createdAt),
        made: label.made(batch.counts),
      })}
    </Paragraph>
  );
}

function BatchTable({ batches, onUndo }: { batches: ImportBatch[]; onUndo: (batch: ImportBatch) => void }) {
  const { t } = useTranslation();
  const label = useImportLabels();
  return (
    <div className="table-scroll">
      <Table data-size="sm" zebra className="import-batches" data-testid="import-batches">
        <caption className="visually-hidden">{t('imports.batches.heading')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('imports.batches.when')}</Table.HeaderCell>
            <Table.HeaderCell>{t('imports.batches.who')}</Table.HeaderCell>
            <Table.HeaderCell>{t('imports.batches.file')}</Table.HeaderCell>
            <Table.HeaderCell>{t('imports.batches.sheet')}</Table.HeaderCell>
            <Table.HeaderCell>{t('imports.batches.made')}</Table.HeaderCell>
            <Table.HeaderCell>{t('imports.batches.status')}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="visually-hidden">{t('imports.batches.undo')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {batches.map((batch) => (
            <Table.Row key={batch.id} data-testid={`import-batch-${batch.id}`}>
              <Table.Cell className="nowrap">{formatDateTime(batch.createdAt)}</Table.Cell>
              <Table.Cell>{batch.createdBy}</Table.Cell>
              <Table.Cell className="import-file-name">{batch.fileName}</Table.Cell>
              <Table.Cell>{batch.sheetName}</Table.Cell>
              <Table.Cell>{label.made(batch.counts)}</Table.Cell>
              <Table.Cell>
                <BatchStatus batch={batch} />
              </Table.Cell>
              <Table.Cell>
                {batch.undoable && (
                  <Button
                    variant="secondary"
                    data-size="sm"
                    aria-label={t('imports.batches.undoLabel', {
                      fileName: batch.fileName,
                      at: formatDateTime(batch.createdAt),
                    })}
                    onClick={() => onUndo(batch)}
                  >
                    {t('imports.batches.undo')}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function BatchStatus({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  if (batch.undoneAt)
    return (
      <>
        <Tag data-size="sm" data-color="neutral">
          {t('imports.batches.undone')}
        </Tag>{' '}
        {t('imports.batches.undoneBy', { at: formatDateTime(batch.undoneAt), by: batch.undoneBy ?? '' })}
      </>
    );
  if (batch.undoable)
    return (
      <Tag data-size="sm" data-color="success">
        {t('imports.batches.undoable')}
      </Tag>
    );
  return (
    <>
      <Tag data-size="sm" data-color="warning">
        {t('imports.batches.notUndoable')}
      </Tag>{' '}
      {batch.changedCase ? t('imports.batches.changedCase', { caseNumber: batch.changedCase }) : null}
    </>
  );
}
