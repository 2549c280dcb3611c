import { Alert, Button, Dialog, Heading, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportBatch } from '@shared/api/imports';

import { formatDateTime } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportErrorAlert } from './ImportErrorAlert';
import { useImportLabels } from './importLabels';
import { useImportBatches, useUndoImport } from './queries';
import { ScrollBox } from './ScrollBox';

/** Characters of a file name's piece kept on one line; a longer one breaks where it must. */
const LONGEST_WHOLE = 24;

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
            {/* The spacing of the app's other confirmations: the buttons a step below the text. */}
            <Dialog.Block className="remove-confirm">
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
    <ScrollBox label={t('imports.batches.heading')}>
      <Table data-size="sm" zebra className="import-batches" data-testid="import-batches">
        <caption className="visually-hidden">{t('imports.batches.heading')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('imports.batches.when')}</Table.HeaderCell>
            <Table.HeaderCell>{t('imports.batches.who')}</Table.HeaderCell>
            <Table.HeaderCell className="import-batch-file">{t('imports.batches.file')}</Table.HeaderCell>
            <Table.HeaderCell>{t('imports.batches.sheet')}</Table.HeaderCell>
            <Table.HeaderCell className="import-batch-made">{t('imports.batches.made')}</Table.HeaderCell>
            <Table.HeaderCell className="import-batch-status">{t('imports.batches.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {batches.map((batch) => (
            <Table.Row key={batch.id} data-testid={`import-batch-${batch.id}`}>
              <Table.Cell className="nowrap">{formatDateTime(batch.createdAt)}</Table.Cell>
              <Table.Cell>{batch.createdBy}</Table.Cell>
              <Table.Cell className="import-batch-file">
                <FileName name={batch.fileName} />
              </Table.Cell>
              <Table.Cell>{batch.sheetName}</Table.Cell>
              <Table.Cell className="import-batch-made">{label.made(batch.counts)}</Table.Cell>
              {/* The status and, while the batch can be undone, the button that does it. */}
              <Table.Cell className="import-batch-status">
                <BatchStatus batch={batch} />
                {batch.undoable && (
                  <div className="import-batch-undo">
                    <Button
                      variant="secondary"
                      data-size="sm"
                      className="nowrap"
                      aria-label={t('imports.batches.undoLabel', {
                        fileName: batch.fileName,
                        at: formatDateTime(batch.createdAt),
                      })}
                      onClick={() => onUndo(batch)}
                    >
                      {t('imports.batches.undo')}
                    </Button>
                  </div>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollBox>
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
      {batch.changedCase
        ? t('imports.batches.changedCase', { caseNumber: batch.changedCase })
        : t('imports.batches.changedSince')}
    </>
  );
}

/**
 * A file name breaks after a dot, space or underscore, not inside a word or after a dash
 * ("kommune-a.xlsx" stays whole); only a piece too long for any column may break anywhere.
 */
function FileName({ name }: { name: string }) {
  const pieces = name.split(/(?<=[.\s_])/);
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          <span className={piece.length <= LONGEST_WHOLE ? 'nowrap' : 'import-long-piece'}>{piece}</span>
        </Fragment>
      ))}
    </>
  );
}
