import { Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BackupFile } from '@shared/api/backup';

import { useBackupLabels } from './backupLabels';
import { restoreHref } from './paths';

/** The newest are what one looks for; the rest are a click away. */
const FIRST_SHOWN = 10;

/** The backups in both places, newest first, each one click from restoring it. */
export function BackupList({ files }: { files: BackupFile[] }) {
  const { t } = useTranslation();
  const label = useBackupLabels();
  const [all, setAll] = useState(false);
  if (files.length === 0) return <Paragraph>{t('backup.list.empty')}</Paragraph>;
  const shown = all ? files : files.slice(0, FIRST_SHOWN);

  return (
    <>
      <div className="table-scroll">
        <Table zebra data-size="sm" className="backup-table">
          <caption className="visually-hidden">{t('backup.list.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('backup.list.takenAt')}</Table.HeaderCell>
              <Table.HeaderCell>{t('backup.list.reason')}</Table.HeaderCell>
              <Table.HeaderCell>{t('backup.list.location')}</Table.HeaderCell>
              <Table.HeaderCell className="number">{t('backup.list.size')}</Table.HeaderCell>
              <Table.HeaderCell>{t('backup.list.file')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="visually-hidden">{t('backup.list.restore')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {shown.map((file) => (
              <Table.Row key={file.file}>
                <Table.Cell className="backup-when">{label.when(file.createdAt)}</Table.Cell>
                <Table.Cell>{label.reason(file.reason)}</Table.Cell>
                <Table.Cell>{label.location(file.location)}</Table.Cell>
                <Table.Cell className="number">{label.size(file.bytes)}</Table.Cell>
                <Table.Cell className="backup-file-name">{file.fileName}</Table.Cell>
                <Table.Cell>
                  <Link
                    href={restoreHref(file.file)}
                    aria-label={t('backup.list.restoreLabel', { at: label.when(file.createdAt) })}
                  >
                    {t('backup.list.restore')}
                  </Link>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {!all && files.length > FIRST_SHOWN && (
        <div>
          <Button variant="tertiary" onClick={() => setAll(true)}>
            {t('backup.list.showAll', { total: files.length })}
          </Button>
        </div>
      )}
    </>
  );
}
