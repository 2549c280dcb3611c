import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { BackupInspection } from '@shared/api/backup';

import { useBackupLabels } from './backupLabels';

/** The tables worth naming to a person choosing a backup, in the order they think of them. */
const shownTables = ['cases', 'persons', 'coordinators', 'plans', 'users', 'audit'] as const;

/** Whether this backup can be restored here: whole, and made by this version or an older one. */
export function isRestorable(inspection: BackupInspection): boolean {
  return inspection.intact && !inspection.tooNew;
}

/** What a backup holds, from its manifest, in plain words; and why not, when it cannot be used. */
export function ManifestSummary({
  inspection,
  currentMunicipality,
}: {
  inspection: BackupInspection;
  /** The register on this PC now, if any: a backup of another municipality is pointed out. */
  currentMunicipality: string | null;
}) {
  const { t, i18n } = useTranslation();
  const label = useBackupLabels();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO');
  const { manifest, tooNew, intact } = inspection;
  const counts = shownTables.filter((table) => typeof manifest.counts[table] === 'number');

  return (
    <div className="form-stack" data-testid="backup-manifest">
      <dl className="facts">
        <div>
          <dt>{t('backup.restore.municipality')}</dt>
          <dd>{manifest.municipality}</dd>
        </div>
        <div>
          <dt>{t('backup.restore.createdAt')}</dt>
          <dd>{label.when(manifest.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('backup.restore.createdBy')}</dt>
          <dd>{manifest.createdBy}</dd>
        </div>
        <div>
          <dt>{t('backup.restore.reason')}</dt>
          <dd>{label.reason(manifest.reason)}</dd>
        </div>
        <div>
          <dt>{t('backup.restore.appVersion')}</dt>
          <dd>{manifest.appVersion}</dd>
        </div>
        <div>
          <dt>{t('backup.restore.schemaVersion')}</dt>
          <dd>{manifest.schemaVersion}</dd>
        </div>
      </dl>
      {counts.length > 0 && (
        <>
          <Heading level={3} data-size="2xs">
            {t('backup.restore.countsHeading')}
          </Heading>
          <dl className="facts restore-counts">
            {counts.map((table) => (
              <div key={table}>
                <dt>{t(`backup.restore.count.${table}`)}</dt>
                <dd data-testid={`backup-count-${table}`}>{number.format(manifest.counts[table] ?? 0)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {tooNew ? (
        <Alert data-color="danger">{t('backup.restore.tooNew', { version: manifest.appVersion })}</Alert>
      ) : !intact ? (
        <Alert data-color="danger">{t('backup.restore.notIntact')}</Alert>
      ) : (
        <Paragraph>{t('backup.restore.intact')}</Paragraph>
      )}
      {currentMunicipality && currentMunicipality !== manifest.municipality && (
        <Alert data-color="warning">
          {t('backup.restore.otherMunicipality', {
            backup: manifest.municipality,
            current: currentMunicipality,
          })}
        </Alert>
      )}
    </div>
  );
}
