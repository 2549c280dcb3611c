import { appealFilters, caseSorts, deadlineFilters, type CaseListQuery } from '@shared/api/cases';
import {
  caseStatuses,
  decisionOutcomes,
  rights,
  type CaseStatus,
  type DecisionOutcome,
  type Right,
} from '@shared/domain/case';

import { hrefFor } from '../../app/router';

export type CaseSort = (typeof caseSorts)[number];
export type DeadlineFilter = (typeof deadlineFilters)[number];
export type StatusFilter = CaseStatus | 'open' | 'all';
export type AppealFilter = (typeof appealFilters)[number];

/** Rows per page: enough to scan, few enough that a page of a 20 000-case register stays quick. */
export const PAGE_SIZE = 50;

/** What the case list shows, as the address holds it (`#/saker?q=…&status=…`). */
export interface CaseListView {
  q: string;
  status: StatusFilter;
  right: Right | null;
  deadline: DeadlineFilter | null;
  /** ISO dates; the fields show them as dd.mm.åååå. */
  receivedFrom: string | null;
  receivedTo: string | null;
  /** The decision in force has this outcome (for `outcomeRight` only, when that is set). */
  outcome: DecisionOutcome | null;
  outcomeRight: Right | null;
  appeal: AppealFilter | null;
  sort: CaseSort;
  desc: boolean;
  /** 1-based. */
  page: number;
}

/** A new user sees the open cases, newest first. */
export const defaultView: CaseListView = {
  q: '',
  status: 'open',
  right: null,
  deadline: null,
  receivedFrom: null,
  receivedTo: null,
  outcome: null,
  outcomeRight: null,
  appeal: null,
  sort: 'receivedDate',
  desc: true,
  page: 1,
};

const statusFilters: readonly string[] = [...caseStatuses, 'open', 'all'];
const isIso = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);
function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the address; anything unknown or damaged falls back to the default, never to an error. */
export function viewFromQuery(query: URLSearchParams): CaseListView {
  const page = Number(query.get('page'));
  const desc = query.get('desc');
  return {
    q: (query.get('q') ?? '').slice(0, 100),
    status: (oneOf(statusFilters, query.get('status')) as StatusFilter | null) ?? defaultView.status,
    right: oneOf(rights, query.get('right')),
    deadline: oneOf(deadlineFilters, query.get('deadline')),
    receivedFrom: isIso(query.get('receivedFrom')) ? query.get('receivedFrom') : null,
    receivedTo: isIso(query.get('receivedTo')) ? query.get('receivedTo') : null,
    outcome: oneOf(decisionOutcomes, query.get('outcome')),
    outcomeRight: oneOf(rights, query.get('outcomeRight')),
    appeal: oneOf(appealFilters, query.get('appeal')),
    sort: oneOf(caseSorts, query.get('sort')) ?? defaultView.sort,
    desc: desc === null ? defaultView.desc : desc === '1',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address of a view; defaults are left out so the plain list is plain `#/saker`. */
export function hrefForView(view: CaseListView): string {
  const d = defaultView;
  return hrefFor(['saker'], {
    q: view.q.trim() === '' ? '' : view.q,
    status: view.status === d.status ? '' : view.status,
    right: view.right ?? '',
    deadline: view.deadline ?? '',
    receivedFrom: view.receivedFrom ?? '',
    receivedTo: view.receivedTo ?? '',
    outcome: view.outcome ?? '',
    outcomeRight: view.outcomeRight ?? '',
    appeal: view.appeal ?? '',
    sort: view.sort === d.sort ? '' : view.sort,
    desc: view.desc === d.desc ? '' : view.desc ? '1' : '0',
    page: view.page === 1 ? '' : String(view.page),
  });
}

/** What `cases.list` is asked for this view. */
export function listQueryFor(view: CaseListView): CaseListQuery {
  return {
    q: view.q.trim(),
    status: view.status === 'all' ? undefined : view.status,
    right: view.right ?? undefined,
    deadline: view.deadline ?? undefined,
    receivedFrom: view.receivedFrom ?? undefined,
    receivedTo: view.receivedTo ?? undefined,
    outcome: view.outcome ?? undefined,
    outcomeRight: view.outcomeRight ?? undefined,
    appeal: view.appeal ?? undefined,
    sort: view.sort,
    desc: view.desc,
    limit: PAGE_SIZE,
    offset: (view.page - 1) * PAGE_SIZE,
  };
}

/** The filters behind «Flere filtre»: how many are in use, shown on the button that folds them. */
export function moreFiltersInUse(view: CaseListView): number {
  return [view.outcome, view.outcomeRight, view.appeal, view.receivedFrom, view.receivedTo].filter(
    (v) => v !== null,
  ).length;
}

/** Anything narrower than the default list: search, status or any filter. */
export function isFiltered(view: CaseListView): boolean {
  return (
    view.q.trim() !== '' ||
    view.status !== defaultView.status ||
    view.right !== null ||
    view.deadline !== null ||
    moreFiltersInUse(view) > 0
  );
}

/** A changed filter starts again at page 1; turning a page keeps the filter. */
export function withFilter(view: CaseListView, change: Partial<Omit<CaseListView, 'page'>>): CaseListView {
  return { ...view, ...change, page: 1 };
}

/** Sorting by a column: the same column flips direction; a new one starts in its natural order. */
export function withSort(view: CaseListView, sort: CaseSort): CaseListView {
  const desc = view.sort === sort ? !view.desc : firstDirectionDesc[sort];
  return { ...view, sort, desc, page: 1 };
}

/** Dates start newest first, deadlines soonest first, names and statuses A–Å. */
export const firstDirectionDesc: Record<CaseSort, boolean> = {
  caseNumber: true,
  personName: false,
  receivedDate: true,
  status: false,
  officeDeadline: false,
};
