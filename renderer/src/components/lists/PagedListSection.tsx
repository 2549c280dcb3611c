import { Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../ErrorAlert';
import type { PagedList } from './CountLine';
import { PagedListBody, type PagedListTexts } from './PagedListBody';
import type { PagedViewActions } from './pagedView';

/** The state of a paged list's query, as the list's page reads it. */
export interface PagedListQuery<L extends PagedList> {
  isPending: boolean;
  isPlaceholderData: boolean;
  data: L | undefined;
  error: unknown;
}

/**
 * A paged list (cases, plans) as its page shows it: the failed call, a spinner until the first
 * answer, then what comes before the table (`lead`) and the list's body with its table.
 */
export function PagedListSection<L extends PagedList>({
  query,
  page,
  pageSize,
  texts,
  actions,
  lead,
  children,
}: {
  query: PagedListQuery<L>;
  page: number;
  pageSize: number;
  texts: PagedListTexts;
  actions: PagedViewActions;
  /** What the page shows above the list's body once the list is there. */
  lead?: (data: L) => ReactNode;
  /** The table of the page's rows. */
  children: (data: L) => ReactNode;
}) {
  const { t } = useTranslation();
  const data = query.data;
  return (
    <>
      <ErrorAlert error={query.error} />
      {query.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : data ? (
        <>
          {lead?.(data)}
          <PagedListBody
            list={data}
            page={page}
            pageSize={pageSize}
            busy={query.isPlaceholderData}
            texts={texts}
            {...actions}
          >
            {children(data)}
          </PagedListBody>
        </>
      ) : null}
    </>
  );
}
