import { Button, Heading } from '@digdir/designsystemet-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CaseListRow } from '@shared/api/cases';
import { todayIso } from '@shared/domain/calendar';
import { defaultCaseRules } from '@shared/domain/case';

import { hrefFor, parseHash, replaceQuery, useLiveHash } from '../../app/router';
import { PagedCountLine, type PagedCountTexts } from '../../components/lists/CountLine';
import { PagedListSection } from '../../components/lists/PagedListSection';
import { pagedViewActions } from '../../components/lists/pagedView';
import { formatCount } from '../../components/numbers';
import { printHref } from '../print/paths';
import { CaseFilters } from './CaseFilters';
import { caseHref } from './casePage/paths';
import { CaseTable } from './CaseTable';
import { ColumnChooser } from './ColumnChooser';
import { filteredColumns, loadColumns, saveColumns, type ColumnId } from './columns';
import { caseCountText } from './countTexts';
import {
  defaultView,
  hrefForView,
  listQueryFor,
  PAGE_SIZE,
  viewFromQuery,
  withSort,
  type CaseListView,
  type CaseSort,
} from './listQuery';
import { useCaseList, useCaseRules } from './queries';
import './caseList.css';

/**
 * Replaces the address (no history entry per keystroke), starting from the current one. Quietly:
 * only this page reads the query, so a keystroke redraws the list, not the app's shell.
 */
function changeView(change: (view: CaseListView) => CaseListView) {
  const current = viewFromQuery(parseHash(window.location.hash).query);
  replaceQuery(hrefForView(change(current)));
}

/** The pager's pages, and the no-match text's way back: the first page, or the filter reset. */
const viewActions = pagedViewActions(changeView, defaultView);

/** How many cases the filter finds, and which of them are shown; announced as the list changes. */
const countTexts: PagedCountTexts = {
  none: (t, all) => t('cases.countNone', { all }),
  some: (t, { count, ...numbers }) => caseCountText(t, count, numbers),
};

/** `#/saker`: every case, searched, filtered, sorted and paged by core; the filter is the address. */
export function CasesPage() {
  const { t, i18n } = useTranslation();
  const hash = useLiveHash();
  const view = useMemo(() => viewFromQuery(parseHash(hash).query), [hash]);
  const listHref = hrefForView(view);
  const list = useCaseList(listQueryFor(view));
  const dueSoonDays = useCaseRules().data?.dueSoonDays ?? defaultCaseRules.dueSoonDays;
  const [columns, setColumns] = useState(() => loadColumns(window.localStorage));
  // New objects only when the columns change, so the memoised table is not drawn again per key.
  const { outcome, outcomeRight, appeal } = view;
  const forced = useMemo(
    () => filteredColumns({ outcome, outcomeRight, appeal }),
    [outcome, outcomeRight, appeal],
  );
  const visible = useMemo(
    () => ({ ...columns, ...Object.fromEntries(forced.map((id) => [id, true])) }),
    [columns, forced],
  );
  const today = todayIso(new Date());
  const format = formatCount(i18n.language);

  // The rows' links carry the view the rows were fetched for. While a keystroke's answer is on its
  // way the table keeps its props, so 100 rows are drawn once per answer, not once per key too.
  const [rowsHref, setRowsHref] = useState(listHref);
  if (list.data && !list.isPlaceholderData && rowsHref !== listHref) setRowsHref(listHref);
  const rowHref = useCallback((row: CaseListRow) => caseHref(row.id, rowsHref), [rowsHref]);
  const onSort = useCallback((sort: CaseSort) => changeView((v) => withSort(v, sort)), []);
  const onColumns = useCallback((next: Record<ColumnId, boolean>) => {
    setColumns(next);
    saveColumns(window.localStorage, next);
  }, []);
  const data = list.data;

  return (
    <section className="page cases-page">
      <div className="page-header">
        <Heading level={1} data-size="lg">
          {t('cases.title')}
        </Heading>
        <div className="button-row no-print">
          <Button asChild>
            <a href={hrefFor(['saker', 'ny'], { fra: listHref })}>{t('cases.newCase')}</a>
          </Button>
          <Button asChild variant="secondary">
            <a href={hrefFor(['saker', 'protokoll'])}>{t('cases.protocolLink')}</a>
          </Button>
          <Button asChild variant="secondary">
            <a href={printHref('frister', listHref)}>{t('print.link.deadlines')}</a>
          </Button>
        </div>
      </div>
      <CaseFilters view={view} statusCounts={data?.statusCounts} onChange={changeView} />
      <div className="cases-toolbar">
        {data ? (
          <PagedCountLine
            list={data}
            page={view.page}
            pageSize={PAGE_SIZE}
            format={format}
            texts={countTexts}
          />
        ) : (
          <span />
        )}
        <ColumnChooser visible={columns} forced={forced} onChange={onColumns} />
      </div>
      <PagedListSection
        query={list}
        page={view.page}
        pageSize={PAGE_SIZE}
        texts={{
          empty: t('cases.empty'),
          noMatch: t('cases.noMatch'),
          resetFilters: t('cases.resetFilters'),
          pastLastPage: t('cases.pastLastPage'),
          firstPage: t('cases.firstPage'),
        }}
        actions={viewActions}
      >
        {({ rows }) => (
          <CaseTable
            rows={rows}
            sort={view.sort}
            desc={view.desc}
            onSort={onSort}
            visible={visible}
            hrefFor={rowHref}
            today={today}
            dueSoonDays={dueSoonDays}
          />
        )}
      </PagedListSection>
    </section>
  );
}
