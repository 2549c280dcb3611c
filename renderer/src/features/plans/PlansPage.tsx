import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { todayIso } from '@shared/domain/calendar';
import { defaultPlanRules } from '@shared/domain/plan';

import { navigate, parseHash } from '../../app/router';
import { PagedCountLine, type PagedCountTexts } from '../../components/lists/CountLine';
import { PagedListSection } from '../../components/lists/PagedListSection';
import { pagedViewActions } from '../../components/lists/pagedView';
import {
  defaultView,
  hrefForView,
  listQueryFor,
  PAGE_SIZE,
  viewFromQuery,
  withSort,
  type PlanListView,
  type PlanSort,
} from './listQuery';
import { PlanFilters } from './PlanFilters';
import { PlanTable } from './PlanTable';
import { usePlanList, usePlanRules } from './queries';

/** Replaces the address (no history entry per keystroke), starting from the current one. */
function changeView(change: (view: PlanListView) => PlanListView) {
  const current = viewFromQuery(parseHash(window.location.hash).query);
  navigate(hrefForView(change(current)), { replace: true });
}

/** The pager's pages, and the no-match text's way back: the first page, or the filter reset. */
const viewActions = pagedViewActions(changeView, defaultView);

/** How many plans the filter finds, and which of them are shown; announced as the list changes. */
const countTexts: PagedCountTexts = {
  none: (t, all) => t('plans.countNone', { all }),
  some: (t, numbers) => t('plans.count', numbers),
};

/** `#/planer`: every individual plan, searched, filtered, sorted and paged by core; the filter is the address. */
export function PlansPage({ query }: { query: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const view = useMemo(() => viewFromQuery(query), [query]);
  const list = usePlanList(listQueryFor(view));
  const noticeDays = usePlanRules().data?.revisionNoticeDays ?? defaultPlanRules.revisionNoticeDays;
  const today = todayIso(new Date());
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO').format;
  const onSort = useCallback((sort: PlanSort) => changeView((v) => withSort(v, sort)), []);

  return (
    <section className="page">
      <div className="page-header">
        <Heading level={1} data-size="lg">
          {t('plans.title')}
        </Heading>
      </div>
      <Paragraph>{t('plans.intro')}</Paragraph>
      <PlanFilters view={view} statusCounts={list.data?.statusCounts} onChange={changeView} />
      <PagedListSection
        query={list}
        page={view.page}
        pageSize={PAGE_SIZE}
        texts={{
          empty: t('plans.empty'),
          noMatch: t('plans.noMatch'),
          resetFilters: t('plans.resetFilters'),
          pastLastPage: t('plans.pastLastPage'),
          firstPage: t('plans.firstPage'),
        }}
        actions={viewActions}
        lead={(data) => (
          <>
            {data.toStart > 0 && (
              <Paragraph data-testid="plans-to-start">
                {t('plans.toStart', { count: data.toStart })} {t('plans.toStartHelp')}
              </Paragraph>
            )}
            <PagedCountLine
              list={data}
              page={view.page}
              pageSize={PAGE_SIZE}
              format={format}
              texts={countTexts}
            />
          </>
        )}
      >
        {(data) => (
          <PlanTable
            rows={data.rows}
            sort={view.sort}
            desc={view.desc}
            onSort={onSort}
            today={today}
            noticeDays={noticeDays}
          />
        )}
      </PagedListSection>
    </section>
  );
}
