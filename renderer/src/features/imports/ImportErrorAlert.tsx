import { Alert } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * A failed import call. Core names what is wrong as translation keys in `fields` (nothing to
 * import, a batch changed since, a column it refuses); those say more than the code's message.
 */
export function ImportErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const keys = error instanceof ApiError ? [...new Set(Object.values(error.fields))] : [];
  if (keys.length === 0) return <ErrorAlert error={error} />;
  return (
    <Alert data-color="danger" role="alert">
      {keys.map((key) => t(key)).join(' ')}
    </Alert>
  );
}
