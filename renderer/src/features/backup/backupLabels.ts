import { useTranslation } from 'react-i18next';

import type { BackupFile, BackupReason } from '@shared/api/backup';

import { formatDateTime } from '../../components/dates';

const MEGABYTE = 1024 * 1024;

/**
 * How a backup is named on screen: when, why, where and how big. Sizes are in MB as Windows
 * Explorer counts them (1 MB = 1 048 576 bytes), with a decimal comma in Norwegian.
 */
export function useBackupLabels() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return {
    when: (iso: string) => formatDateTime(iso),
    reason: (reason: BackupReason) => t(`backup.reason.${reason}`),
    location: (location: BackupFile['location']) => t(`backup.location.${location}`),
    // A small register still shows a size, not "0,0".
    size: (bytes: number) => t('backup.sizeMb', { size: number.format(Math.max(bytes / MEGABYTE, 0.1)) }),
  };
}
