import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { STATUS_KEY } from '../../app/session';
import './backup.css';
import { restoreHref } from './paths';

const KEY_FILE = 'samordna.keys';

/**
 * The register's database is on this PC but its key file (and the copy) is gone or unreadable:
 * put the file back, or restore a backup. Never a new register: it would bury the old one.
 */
export function KeyMissingPage({
  dataFolder,
  newestBackup,
}: {
  dataFolder: string;
  newestBackup: string | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [checking, setChecking] = useState(false);
  const [stillMissing, setStillMissing] = useState(false);

  // When the file is back, the status changes and the app leaves this screen for the login.
  const retry = async () => {
    setChecking(true);
    setStillMissing(false);
    await queryClient.refetchQueries({ queryKey: STATUS_KEY });
    setChecking(false);
    setStillMissing(true);
  };

  return (
    <main className="narrow-page" id="main">
      <Heading level={1} data-size="lg">
        {t('backup.keyMissing.title')}
      </Heading>
      <Paragraph>{t('backup.keyMissing.intro')}</Paragraph>
      <Paragraph>{t('backup.keyMissing.where', { file: KEY_FILE })}</Paragraph>
      <p className="backup-path boxed" data-testid="data-folder">
        {dataFolder}
      </p>
      <Paragraph>{t('backup.keyMissing.putBack')}</Paragraph>
      <Paragraph>{t('backup.findBackups')}</Paragraph>
      <Paragraph data-size="sm">{t('backup.keyMissing.noNewRegister')}</Paragraph>
      <div role="status">
        {stillMissing && (
          <Alert data-color="warning">{t('backup.keyMissing.stillMissing', { file: KEY_FILE })}</Alert>
        )}
      </div>
      <div className="button-row">
        <Button variant="secondary" onClick={() => void retry()} loading={checking}>
          {t('backup.keyMissing.retry')}
        </Button>
        <Button asChild>
          <a href={restoreHref(newestBackup ?? undefined)}>{t('backup.keyMissing.restore')}</a>
        </Button>
      </div>
    </main>
  );
}
