import { Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { BackupStatus } from '@shared/api/backup';

import { ErrorAlert } from '../../components/ErrorAlert';
import { useBackupLabels } from './backupLabels';
import { BackupList } from './BackupList';
import { BackupNow } from './BackupNow';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupWarnings } from './BackupWarnings';
import './backup.css';
import { restoreHref } from './paths';
import { useBackupStatus } from './queries';

/** Innstillinger → Sikkerhetskopi (administrators): status, backing up now, settings, restoring. */
export function BackupSection() {
  const { t } = useTranslation();
  const status = useBackupStatus();

  if (status.isPending) return <Spinner aria-label={t('app.loading')} />;
  if (!status.data) return <ErrorAlert error={status.error} />;
  const data = status.data;
  return (
    <div className="backup-section">
      <section aria-labelledby="backup-status-heading" className="form-stack">
        <Heading level={3} data-size="sm" id="backup-status-heading">
          {t('backup.status.heading')}
        </Heading>
        <BackupWarnings status={data} />
        <StatusFacts status={data} />
        <BackupNow />
      </section>
      <section aria-labelledby="backup-settings-heading" className="form-stack">
        <Heading level={3} data-size="sm" id="backup-settings-heading">
          {t('backup.settings.heading')}
        </Heading>
        <BackupSettingsForm settings={data.settings} />
      </section>
      <section aria-labelledby="backup-list-heading" className="form-stack">
        <Heading level={3} data-size="sm" id="backup-list-heading">
          {t('backup.list.heading')}
        </Heading>
        <BackupList files={data.files} />
      </section>
      <section aria-labelledby="backup-restore-heading" className="form-stack narrow">
        <Heading level={3} data-size="sm" id="backup-restore-heading">
          {t('backup.restoreSection.heading')}
        </Heading>
        <Paragraph>{t('backup.restoreSection.warning')}</Paragraph>
        <div>
          <Button asChild variant="secondary">
            <a href={restoreHref()}>{t('backup.restoreSection.link')}</a>
          </Button>
        </div>
      </section>
    </div>
  );
}

function StatusFacts({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const label = useBackupLabels();
  const taken = (file: BackupStatus['newest']) =>
    file
      ? t('backup.status.takenAt', {
          at: label.when(file.createdAt),
          location: label.location(file.location),
        })
      : t('backup.status.none');
  return (
    <dl className="facts">
      <div>
        <dt>{t('backup.status.newest')}</dt>
        <dd data-testid="backup-newest">{taken(status.newest)}</dd>
      </div>
      <div>
        <dt>{t('backup.status.newestSecond')}</dt>
        <dd>
          {status.settings.secondFolder ? taken(status.newestSecond) : t('backup.status.secondNotChosen')}
        </dd>
      </div>
      <div className="facts-wide">
        <dt>{t('backup.status.localFolder')}</dt>
        <dd className="backup-path">{status.localFolder}</dd>
      </div>
      <div className="facts-wide">
        <dt>{t('backup.status.secondFolder')}</dt>
        {status.settings.secondFolder ? (
          <dd className="backup-path">{status.settings.secondFolder}</dd>
        ) : (
          <dd>{t('backup.status.secondNotChosen')}</dd>
        )}
      </div>
    </dl>
  );
}
