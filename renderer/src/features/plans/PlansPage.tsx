import { Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { PlanList } from '@shared/api/plans';
import { todayIso } from '@shared/domain/calendar';
import { defaultPlanRules } from '@shared/domain/plan';

import { navigate, parseHash } from '../../app/router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
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

/** `#/planer`: every individual plan, searched, filtered, sorted and paged by core; the filter is the address. */
export function PlansPage({ query }: { query: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const view = useMemo(() => viewFromQuery(query), [query]);
  const list = usePlanList(listQueryFor(view));
  const noticeDays = usePlanRules().data?.revisionNoticeDays ?? defaultPlanRules.revisionNoticeDays;
  const today = todayIso(new Date());
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO').format;
  const onSort = useCallback((sort: PlanSort) => changeView((v) => withSort(v, sort)), []);
  const data = list.data;

  return (
    <section className="page">
      <div className="page-header">
        <Heading level={1} data-size="lg">
          {t('plans.title')}
        </Heading>
      </div>
      <Paragraph>{t('plans.intro')}</Paragraph>
      <PlanFilters view={view} statusCounts={data?.statusCounts} onChange={changeView} />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : data ? (
        <>
          {data.toStart > 0 && (
            <Paragraph data-testid="plans-to-start">
              {t('plans.toStart', { count: data.toStart })} {t('plans.toStartHelp')}
            </Paragraph>
          )}
          <CountLine data={data} page={view.page} format={format} />
          {data.all === 0 ? (
            <Paragraph>{t('plans.empty')}</Paragraph>
          ) : data.rows.length === 0 ? (
            <NoMatch total={data.total} />
          ) : (
            <>
              <div className="table-scroll" aria-busy={list.isPlaceholderData || undefined}>
                <PlanTable
                  rows={data.rows}
                  sort={view.sort}
                  desc={view.desc}
                  onSort={onSort}
                  today={today}
                  noticeDays={noticeDays}
                />
              </div>
              <Pager
                page={view.page}
                pages={Math.max(1, Math.ceil(data.total / PAGE_SIZE))}
                onPage={(page) => changeView((v) => ({ ...v, page }))}
              />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

/** How many plans the filter finds, and which of them are shown; announced as the list changes. */
function CountLine({ data, page, format }: { data: PlanList; page: number; format: (n: number) => string }) {
  const { t } = useTranslation();
  const first = (page - 1) * PAGE_SIZE + 1;
  // An empty register and a page past the end are explained by the text below the line.
  const text =
    data.all === 0 || (data.total > 0 && data.rows.length === 0)
      ? ''
      : data.total === 0
        ? t('plans.countNone', { all: format(data.all) })
        : t('plans.count', {
            count: data.total,
            first: format(first),
            last: format(first + data.rows.length - 1),
            total: format(data.total),
            all: format(data.all),
          });
  return (
    <p role="status" className="count-line">
      {text}
    </p>
  );
}

/** Nothing on this page: either the filter matches nothing, or the page is past the end. */
function NoMatch({ total }: { total: number }) {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <Paragraph>{total > 0 ? t('plans.pastLastPage') : t('plans.noMatch')}</Paragraph>
      <div className="button-row">
        {total > 0 ? (
          <Button variant="secondary" onClick={() => changeView((v) => ({ ...v, page: 1 }))}>
            {t('plans.firstPage')}
          </Button>
        ) : (
          <Button
            variant="secondary"
            onClick={() => changeView((v) => ({ ...defaultView, sort: v.sort, desc: v.desc }))}
          >
            {t('plans.resetFilters')}
          </Button>
        )}
      </div>
    </div>
  );
}
