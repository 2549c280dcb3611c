import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { BackupInspection } from '@shared/api/backup';
import type { SessionStatus } from '@shared/api/session';

import './backup.css';
import { useBackupLabels } from './backupLabels';
import { ChooseBackupStep } from './ChooseBackupStep';
import { isRestorable, ManifestSummary } from './ManifestSummary';
import { ProveSecretStep, type Restored } from './ProveSecretStep';

interface Props {
  state: SessionStatus['state'];
  /** The register on this PC now, if any. */
  municipality: string | null;
  /** A path to start from (a row of the backup list, or the newest backup of a damaged register). */
  initialFile: string;
  /** Where "Avbryt" leads: Innstillinger for a logged-in administrator, else the first screen. */
  cancelHref: string;
  /** The register was replaced: whatever the window shows of the old one must go. */
  onRestored: () => void;
  /** "Gå til innlogging". */
  onFinished: () => void;
}

/**
 * Restoring a backup: choose the file and read what it holds, prove the right to it, restore;
 * then the user logs in. Reached from the first screen on a new PC, from the screens for a lost
 * key file or a damaged register, from the login when it finds damage, and from Innstillinger.
 */
export function RestorePage({ state, municipality, initialFile, cancelHref, onRestored, onFinished }: Props) {
  const { t } = useTranslation();
  const [inspected, setInspected] = useState<{ file: string; inspection: BackupInspection } | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);

  return (
    <main className="narrow-page restore-page" id="main">
      <Heading level={1} data-size="lg">
        {t('backup.restore.title')}
      </Heading>
      {restored ? (
        <RestoreDone restored={restored} onFinished={onFinished} />
      ) : (
        <>
          <Paragraph>{t('backup.restore.intro')}</Paragraph>
          <section className="restore-step" aria-labelledby="restore-choose-heading">
            <Heading level={2} data-size="sm" id="restore-choose-heading">
              {t('backup.restore.chooseHeading')}
            </Heading>
            <ChooseBackupStep
              initialFile={initialFile}
              onInspected={(file, inspection) => setInspected({ file, inspection })}
              onEdited={() => setInspected(null)}
            />
          </section>
          {inspected && (
            <StepSection headingKey="backup.restore.manifestHeading" focusKey={inspected}>
              <ManifestSummary
                inspection={inspected.inspection}
                currentMunicipality={state === 'setup' ? null : municipality}
              />
            </StepSection>
          )}
          {inspected && isRestorable(inspected.inspection) && (
            <section className="restore-step" aria-labelledby="restore-prove-heading">
              <Heading level={2} data-size="sm" id="restore-prove-heading">
                {t('backup.restore.proveHeading')}
              </Heading>
              <ProveSecretStep
                key={inspected.file}
                file={inspected.file}
                replacesRegister={state !== 'setup'}
                takenAt={inspected.inspection.manifest.createdAt}
                onRestored={(result) => {
                  setRestored(result);
                  onRestored();
                }}
              />
            </section>
          )}
          <Paragraph>
            <Link href={cancelHref}>{t('backup.restore.cancel')}</Link>
          </Paragraph>
        </>
      )}
    </main>
  );
}

/** A step that appears after an answer: its heading takes the focus, so the reader starts there. */
function StepSection({
  headingKey,
  focusKey,
  children,
}: {
  headingKey: string;
  focusKey: unknown;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [focusKey]);
  return (
    <section className="restore-step" aria-labelledby="restore-manifest-heading">
      <Heading level={2} data-size="sm" id="restore-manifest-heading" tabIndex={-1} ref={heading}>
        {t(headingKey)}
      </Heading>
      {children}
    </section>
  );
}

function RestoreDone({ restored, onFinished }: { restored: Restored; onFinished: () => void }) {
  const { t } = useTranslation();
  const label = useBackupLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { manifest, movedAsideTo } = restored;
  return (
    <>
      <Alert data-color="success" data-testid="restore-done">
        <Heading level={2} data-size="sm" tabIndex={-1} ref={heading}>
          {t('backup.restore.doneTitle')}
        </Heading>
        <Paragraph>
          {t('backup.restore.done', {
            municipality: manifest.municipality,
            at: label.when(manifest.createdAt),
          })}
        </Paragraph>
        {movedAsideTo && <Paragraph>{t('backup.restore.movedAside', { path: movedAsideTo })}</Paragraph>}
        <Paragraph>{t('backup.restore.logInNow')}</Paragraph>
      </Alert>
      <div>
        <Button onClick={onFinished}>{t('backup.restore.toLogin')}</Button>
      </div>
    </>
  );
}
