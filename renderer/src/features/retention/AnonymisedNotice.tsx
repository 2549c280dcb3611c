import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../../components/dates';

/**
 * The calm notice of an anonymised case on a page that belongs to it (the plan page): when it was
 * anonymised and what was removed, as the case page says it, and that nothing can change.
 */
export function AnonymisedNotice({ anonymisedAt }: { anonymisedAt: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert data-color="info">{t('retention.anonymised', { date: formatDate(anonymisedAt) })}</Alert>
      <Paragraph>{t('retention.anonymisedLocked')}</Paragraph>
    </>
  );
}
