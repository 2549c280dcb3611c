import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import './backup.css';
import { restoreHref } from './paths';

/**
 * The register is missing, empty or failed its check: nothing was written to it. The way on is
 * the newest backup; the damaged file is moved aside, never deleted, and no new register offered.
 */
export function DamagedPage({
  dataFolder,
  newestBackup,
}: {
  dataFolder: string;
  newestBackup: string | null;
}) {
  const { t } = useTranslation();
  return (
    <main className="narrow-page" id="main">
      <Heading level={1} data-size="lg">
        {t('backup.damaged.title')}
      </Heading>
      <Paragraph>{t('backup.damaged.intro')}</Paragraph>
      <Paragraph>{t('backup.damaged.where')}</Paragraph>
      <p className="backup-path boxed" data-testid="data-folder">
        {dataFolder}
      </p>
      <Paragraph>{t('backup.damaged.advice')}</Paragraph>
      {newestBackup ? (
        <>
          <Paragraph>{t('backup.damaged.newest')}</Paragraph>
          <p className="backup-path boxed" data-testid="newest-backup">
            {newestBackup}
          </p>
        </>
      ) : (
        <Paragraph>{t('backup.findBackups')}</Paragraph>
      )}
      <Paragraph data-size="sm">{t('backup.damaged.noNewRegister')}</Paragraph>
      <div>
        <Button asChild>
          <a href={restoreHref(newestBackup ?? undefined)}>{t('backup.damaged.restore')}</a>
        </Button>
      </div>
    </main>
  );
}
