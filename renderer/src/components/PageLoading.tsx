import { Spinner } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A part of the app read from disk usually arrives well within this; only a slow one shows. */
const SHOW_AFTER_MS = 400;

/**
 * While a part of the app (an area, a print layout) is fetched: nothing at first, so a quick
 * load does not flash a spinner, then a quiet one that fades in. The space is kept, so the page
 * does not jump when the part arrives.
 */
export function PageLoading() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="page-loading" aria-busy="true">
      {shown && <Spinner aria-label={t('app.loading')} data-size="lg" />}
    </div>
  );
}
