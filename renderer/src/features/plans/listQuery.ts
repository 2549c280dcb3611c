import { planListQuery, planSorts, type PlanListQuery } from '@shared/api/plans';
import { planStatuses, type PlanStatus } from '@shared/domain/plan';

import { hrefFor } from '../../app/router';

export type PlanSort = (typeof planSorts)[number];
/** `running` is every status but not wanted and closed (core's meaning); `all` asks for none. */
export type PlanStatusFilter = PlanStatus | 'running' | 'all';
export type PlanWarningFilter = NonNullable<PlanListQuery['warning']>;

/** `any` first, then each plan warning in the contract's order. */
export const planWarningFilters: readonly PlanWarningFilter[] = planListQuery.shape.warning.unwrap().options;

/** Rows per page, as in the case list. */
export const PAGE_SIZE = 50;

/** What the plan list shows, as the address holds it (`#/planer?status=…&warning=…`). */
export interface PlanListView {
  q: string;
  status: PlanStatusFilter;
  warning: PlanWarningFilter | null;
  sort: PlanSort;
  desc: boolean;
  /** 1-based. */
  page: number;
}

/** The plans that are running, the next revision first: what the KE must look at soonest. */
export const defaultView: PlanListView = {
  q: '',
  status: 'running',
  warning: null,
  sort: 'nextRevisionDate',
  desc: false,
  page: 1,
};

const statusFilters: readonly string[] = [...planStatuses, 'running', 'all'];
function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the address; anything unknown or damaged falls back to the default, never to an error. */
export function viewFromQuery(query: URLSearchParams): PlanListView {
  const page = Number(query.get('page'));
  const desc = query.get('desc');
  return {
    q: (query.get('q') ?? '').slice(0, 100),
    status: (oneOf(statusFilters, query.get('status')) as PlanStatusFilter | null) ?? defaultView.status,
    warning: oneOf(planWarningFilters, query.get('warning')),
    sort: oneOf(planSorts, query.get('sort')) ?? defaultView.sort,
    desc: desc === null ? defaultView.desc : desc === '1',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address of a view; defaults are left out so the plain list is plain `#/planer`. */
export function hrefForView(view: PlanListView): string {
  const d = defaultView;
  return hrefFor(['planer'], {
    q: view.q.trim() === '' ? '' : view.q,
    status: view.status === d.status ? '' : view.status,
    warning: view.warning ?? '',
    sort: view.sort === d.sort ? '' : view.sort,
    desc: view.desc === d.desc ? '' : view.desc ? '1' : '0',
    page: view.page === 1 ? '' : String(view.page),
  });
}

/** What `plans.list` is asked for this view. */
export function listQueryFor(view: PlanListView): PlanListQuery {
  return {
    q: view.q.trim(),
    status: view.status === 'all' ? undefined : view.status,
    warning: view.warning ?? undefined,
    sort: view.sort,
    desc: view.desc,
    limit: PAGE_SIZE,
    offset: (view.page - 1) * PAGE_SIZE,
  };
}

/** A changed filter starts again at page 1; turning a page keeps the filter. */
export function withFilter(view: PlanListView, change: Partial<Omit<PlanListView, 'page'>>): PlanListView {
  return { ...view, ...change, page: 1 };
}

/** Sorting by a column: the same column flips direction; a new one starts in its natural order. */
export function withSort(view: PlanListView, sort: PlanSort): PlanListView {
  const desc = view.sort === sort ? !view.desc : firstDirectionDesc[sort];
  return { ...view, sort, desc, page: 1 };
}

/**
 * Revisions soonest first, the least progress first (the plans that need help), the most warnings
 * first, newest case numbers first, names and statuses A–Å.
 */
export const firstDirectionDesc: Record<PlanSort, boolean> = {
  caseNumber: true,
  personName: false,
  status: false,
  nextRevisionDate: false,
  progress: false,
  warnings: true,
};
