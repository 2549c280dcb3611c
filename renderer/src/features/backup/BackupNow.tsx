import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/client';
import { useCreateBackup } from './queries';

/** "Ta sikkerhetskopi nå": the files written when it worked, why not beside the button when not. */
export function BackupNow() {
  const { t } = useTranslation();
  const create = useCreateBackup();
  // Core names what failed (the second folder, say) as a field message.
  const failure = create.error instanceof ApiError ? create.error : null;
  const code = failure?.code ?? 'INTERNAL';
  const details = failure ? Object.values(failure.fields) : [];

  return (
    <div className="form-stack">
      <div>
        <Button onClick={() => create.mutate()} loading={create.isPending}>
          {t('backup.now.button')}
        </Button>
      </div>
      {create.data && (
        <Alert data-color="success" role="status">
          <Paragraph>{t('backup.now.done')}</Paragraph>
          <ul className="backup-paths">
            {create.data.map((file) => (
              <li key={file.file}>{file.file}</li>
            ))}
          </ul>
        </Alert>
      )}
      {create.error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`errors.${code}`)}</Paragraph>
          {details.length > 0 && (
            <ul className="backup-paths">
              {details.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </div>
  );
}
