import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { BackupStatus } from '@shared/api/backup';

import { formatDateTime } from '../../components/dates';

/** What is wrong with the backups, one sentence each; empty when all is well. */
export function useBackupWarnings(status: BackupStatus | undefined): string[] {
  const { t } = useTranslation();
  if (!status) return [];
  const lines: string[] = [];
  if (status.overdue) {
    lines.push(
      status.newest
        ? t('backup.status.overdue', { count: status.settings.maxAgeDays })
        : t('backup.status.neverTaken'),
    );
  }
  if (status.secondMissing) {
    const folder = status.settings.secondFolder;
    lines.push(folder ? t('backup.status.secondEmpty', { folder }) : t('backup.status.secondNone'));
  }
  if (status.lastFailure) {
    lines.push(
      t('backup.status.lastFailure', {
        at: formatDateTime(status.lastFailure.at),
        message: status.lastFailure.message,
      }),
    );
  }
  return lines;
}

/** The warnings in one alert, with a heading and a way onward when given. */
export function BackupWarnings({
  status,
  heading,
  children,
}: {
  status: BackupStatus | undefined;
  heading?: string;
  children?: ReactNode;
}) {
  const lines = useBackupWarnings(status);
  if (lines.length === 0) return null;
  return (
    <Alert data-color="warning" data-testid="backup-warnings">
      {heading && (
        <Heading level={2} data-size="xs">
          {heading}
        </Heading>
      )}
      {lines.map((line) => (
        <Paragraph key={line}>{line}</Paragraph>
      ))}
      {children}
    </Alert>
  );
}
