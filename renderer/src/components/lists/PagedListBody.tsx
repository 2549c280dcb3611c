import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

import { Pager } from '../Pager';
import type { PagedList } from './CountLine';
import { NoMatch } from './NoMatch';

/** The list's own words for an empty register and for a page with nothing on it. */
export interface PagedListTexts {
  empty: string;
  noMatch: string;
  resetFilters: string;
  pastLastPage: string;
  firstPage: string;
}

/**
 * What a paged list (cases, plans) shows under its count line: a line for an empty register, the
 * way out when nothing is on the page (reset the filter, or back to the first page), or the table
 * with the pager under it. The table is marked busy while the next answer is on its way.
 */
export function PagedListBody({
  list,
  page,
  pageSize,
  onPage,
  busy,
  texts,
  onFirstPage,
  onResetFilters,
  children,
}: {
  list: PagedList;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  busy: boolean;
  texts: PagedListTexts;
  onFirstPage: () => void;
  onResetFilters: () => void;
  /** The table of the page's rows. */
  children: ReactNode;
}) {
  if (list.all === 0) return <Paragraph>{texts.empty}</Paragraph>;
  if (list.rows.length === 0) {
    const pastEnd = list.total > 0;
    return (
      <NoMatch
        text={pastEnd ? texts.pastLastPage : texts.noMatch}
        action={pastEnd ? texts.firstPage : texts.resetFilters}
        onAction={pastEnd ? onFirstPage : onResetFilters}
      />
    );
  }
  return (
    <>
      <div className="table-scroll" aria-busy={busy || undefined}>
        {children}
      </div>
      <Pager page={page} pages={Math.max(1, Math.ceil(list.total / pageSize))} onPage={onPage} />
    </>
  );
}
