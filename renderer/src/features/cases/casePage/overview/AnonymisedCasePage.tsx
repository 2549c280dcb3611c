import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '@shared/api/cases';

import { CaseHeader } from './CaseHeader';

/**
 * An anonymised case, on every address of it: its number, status and dates, when it was anonymised (in the header), and why nothing can
 * be done with it. Core refuses every write to it; the page offers none (no step, reopening,
 * letter, coordinator or plan change, person or details form).
 */
export function AnonymisedCasePage({ detail, listHref }: { detail: CaseDetail; listHref: string }) {
  const { t } = useTranslation();
  return (
    <div className="page case-page">
      <Link href={listHref}>{t('case.backToList')}</Link>
      <CaseHeader detail={detail} />
      <Paragraph>{t('retention.anonymisedLocked')}</Paragraph>
    </div>
  );
}
