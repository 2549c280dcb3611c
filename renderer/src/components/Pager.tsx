import { Button } from '@digdir/designsystemet-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Previous / next page under a paged list (cases, plans). The ends are marked aria-disabled rather
 * than disabled, so a keyboard user who pages to the last page keeps the focus on the button.
 * Hidden when everything fits on one page; turning a page scrolls back to the top. Memoised: a
 * keystroke in the list's search does not draw it again.
 */
export const Pager = memo(function Pager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (pages === 1) return null;
  const go = (next: number) => {
    if (next < 1 || next > pages) return;
    onPage(next);
    document.getElementById('main')?.scrollTo?.({ top: 0 });
    window.scrollTo?.({ top: 0 });
  };
  return (
    <nav aria-label={t('cases.pages')} className="pager no-print">
      <Button variant="secondary" aria-disabled={page <= 1 || undefined} onClick={() => go(page - 1)}>
        {t('cases.previous')}
      </Button>
      <span>{t('cases.pageOf', { page, pages })}</span>
      <Button variant="secondary" aria-disabled={page >= pages || undefined} onClick={() => go(page + 1)}>
        {t('cases.next')}
      </Button>
    </nav>
  );
});
