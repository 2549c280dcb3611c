import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { BackupWarnings } from './BackupWarnings';
import { BACKUP_SETTINGS_HREF } from './paths';
import { useBackupStatus } from './queries';

/**
 * Oversikt, for an administrator only (core refuses backup.status to anyone else): a warning
 * when the newest backup is too old or there is no second copy, one click from the settings.
 */
export function BackupOverviewWarning() {
  const { t } = useTranslation();
  const status = useBackupStatus();
  // A failed status call is not worth a second alert on the dashboard: Innstillinger shows it.
  return (
    <BackupWarnings status={status.data} heading={t('backup.overview.heading')}>
      <Paragraph>
        <Link href={BACKUP_SETTINGS_HREF}>{t('backup.overview.link')}</Link>
      </Paragraph>
    </BackupWarnings>
  );
}
