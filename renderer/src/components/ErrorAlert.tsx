import { Alert } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../api/client';

/** A failed call, in the user's language, announced to screen readers. */
export function ErrorAlert({ code, error }: { code?: string | null; error?: unknown }) {
  const { t } = useTranslation();
  const shown = code ?? (error instanceof ApiError ? error.code : error ? 'INTERNAL' : null);
  if (!shown) return null;
  return (
    <Alert data-color="danger" role="alert">
      {t(`errors.${shown}`)}
    </Alert>
  );
}
