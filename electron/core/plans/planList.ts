import type { PlanList, PlanListQuery } from '../../../shared/api/plans';
import { planStatuses, type PlanRules, type PlanStatus } from '../../../shared/domain/plan';
import { changesSince } from '../audit/changes';
import { likeEscape, searchFold } from '../cases/searchText';
import type { Db } from '../storage/database';
import { deriveRows, type Sortable } from './planRows';

type Query = Required<Omit<PlanListQuery, 'status' | 'warning'>> & Pick<PlanListQuery, 'status' | 'warning'>;

/**
 * The search box, as on the case list: a case number, digits of a fødselsnummer or case number,
 * or words of a name; each a set of case ids from an index or a narrow scan.
 */
function searchClause(q: string, params: Record<string, string>): string | null {
  const compact = q.replace(/\s/g, '');
  if (compact === '') return null;
  if (/^\d{4}-\d*$/.test(compact)) {
    params.caseNumber = `${compact}*`;
    return 'c.case_number GLOB @caseNumber';
  }
  if (/^\d+$/.test(compact)) {
    params.idStart = `${compact}*`;
    params.caseDigits = `*${compact}*`;
    return `(pe.national_id GLOB @idStart OR replace(c.case_number, '-', '') GLOB @caseDigits)`;
  }
  const words = searchFold(q).split(/\s+/).filter(Boolean).slice(0, 6);
  words.forEach((word, i) => (params[`w${i}`] = `%${likeEscape(word)}%`));
  return words.map((_, i) => `pe.search_name LIKE @w${i} ESCAPE '\\'`).join(' AND ');
}

const STATUS_ORDER = new Map(planStatuses.map((s, i) => [s, i]));
const RUNNING: ReadonlySet<PlanStatus> = new Set(['notStarted', 'inProgress', 'active', 'forEvaluation']);

/** Ascending comparisons; rows with nothing to sort on come last in either direction. */
const COMPARE: Record<Query['sort'], (a: Sortable, b: Sortable) => number | null> = {
  caseNumber: (a, b) => cmp(a.caseNumber, b.caseNumber),
  personName: (a, b) => cmp(a.sortName, b.sortName),
  status: (a, b) => STATUS_ORDER.get(a.status)! - STATUS_ORDER.get(b.status)!,
  nextRevisionDate: (a, b) => nullsLast(a.nextRevisionDate, b.nextRevisionDate),
  progress: (a, b) => nullsLast(a.progress.percent, b.progress.percent),
  warnings: (a, b) => a.warnings.length - b.warnings.length,
};

const cmp = <T extends string | number>(a: T, b: T) => (a < b ? -1 : a > b ? 1 : 0);

/** null when one side is missing: that row goes last whatever the direction. */
function nullsLast<T extends string | number>(a: T | null, b: T | null): number | null {
  if (a === null && b === null) return 0;
  if (a === null || b === null) return null;
  return cmp(a, b);
}

/**
 * Derived rows kept between calls for one open register, for one day and one set of rules. A
 * change to a case drops that case's row (audit/changes.ts); any other change drops them all. So
 * filtering, sorting, paging and typing in the search box derive nothing again, and a change to one
 * plan derives one row. The rows in each order asked for, and the count of plans to start, are
 * kept until the next change.
 */
interface Order {
  compare: (a: Sortable, b: Sortable) => number;
  rows: Sortable[];
}

interface RowCache {
  key: string;
  version: number;
  byCase: Map<number, Sortable>;
  /** Every cached row, by `sort|desc`: rows dropped are taken out, rows derived put in place. */
  orders: Map<string, Order>;
  toStart: number | null;
}
const caches = new WeakMap<Db, RowCache>();

/** Above this many rows changed at once, sorting again is cheaper than placing each one. */
const PLACE_ONE_BY_ONE = 200;

function rowCache(db: Db, today: string, rules: PlanRules): RowCache {
  const key = `${today}|${JSON.stringify(rules)}`;
  let cache = caches.get(db);
  if (!cache || cache.key !== key) {
    cache = { key, version: 0, byCase: new Map(), orders: new Map(), toStart: null };
    caches.set(db, cache);
  }
  const changes = changesSince(db, cache.version);
  cache.version = changes.version;
  if (!changes.everything && changes.cases.length === 0) return cache;
  cache.toStart = null;
  if (changes.everything || changes.cases.length > PLACE_ONE_BY_ONE) {
    cache.byCase.clear();
    cache.orders.clear();
    return cache;
  }
  const dropped = new Set(changes.cases);
  for (const id of dropped) cache.byCase.delete(id);
  for (const order of cache.orders.values()) order.rows = order.rows.filter((r) => !dropped.has(r.caseId));
  return cache;
}

/** Puts rows just derived into the cache and into each order kept, in place. */
function keep(cache: RowCache, rows: readonly Sortable[]): void {
  for (const row of rows) cache.byCase.set(row.caseId, row);
  if (rows.length > PLACE_ONE_BY_ONE) {
    cache.orders.clear();
    return;
  }
  for (const { compare, rows: list } of cache.orders.values())
    for (const row of rows) {
      // After every row that sorts before or with it.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(list[mid]!, row) <= 0) lo = mid + 1;
        else hi = mid;
      }
      list.splice(lo, 0, row);
    }
}

function comparator(sort: Query['sort'], desc: boolean): Order['compare'] {
  const sign = desc ? -1 : 1;
  const compare = COMPARE[sort];
  return (a, b) => {
    const c = compare(a, b);
    if (c === null) return lastOf(sort, a);
    return sign * c || sign * cmp(a.caseNumber, b.caseNumber);
  };
}

/** Open cases with a granted IP right and no plan yet; the WHERE matches index cases_ip_granted_open. */
function countToStart(db: Db): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM cases c
         WHERE c.status <> 'closed' AND c.rights_granted LIKE '%"individuellPlan"%'
           AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.case_id = c.id)`,
      )
      .get() as { n: number }
  ).n;
}

function ordered(cache: RowCache, sort: Query['sort'], desc: boolean): Sortable[] {
  const key = `${sort}|${desc}`;
  let order = cache.orders.get(key);
  if (!order) {
    const compare = comparator(sort, desc);
    order = { compare, rows: [...cache.byCase.values()].sort(compare) };
    cache.orders.set(key, order);
  }
  return order.rows;
}

/** The plans list: the rows in scope (from the cache, the missing ones derived), filtered, counted, sorted, paged. */
export function listPlans(db: Db, q: Query, today: string, rules: PlanRules): PlanList {
  const params: Record<string, string> = {};
  const search = searchClause(q.q, params);
  const inScope = (
    db
      .prepare(
        `SELECT p.case_id FROM plans p
         ${search ? `JOIN cases c ON c.id = p.case_id JOIN persons pe ON pe.id = c.person_id WHERE ${search}` : ''}`,
      )
      .all(params) as { case_id: number }[]
  ).map((r) => r.case_id);
  const all = search
    ? (db.prepare('SELECT count(*) AS n FROM plans').get() as { n: number }).n
    : inScope.length;

  const cache = rowCache(db, today, rules);
  cache.toStart ??= countToStart(db);
  const missing = inScope.filter((id) => !cache.byCase.has(id));
  if (missing.length > 0) {
    // Every plan missing (a new day, the first list): one pass over the tables, no id list.
    keep(cache, deriveRows(db, !search && missing.length === inScope.length ? null : missing, today, rules));
  }

  const found = search ? new Set(inScope) : null;
  const statusCounts = Object.fromEntries(planStatuses.map((s) => [s, 0])) as Record<PlanStatus, number>;
  const matching: Sortable[] = [];
  for (const row of ordered(cache, q.sort, q.desc)) {
    if (found && !found.has(row.caseId)) continue;
    if (q.warning === 'any' && row.warnings.length === 0) continue;
    if (q.warning && q.warning !== 'any' && !row.warnings.some((w) => w.kind === q.warning)) continue;
    statusCounts[row.status] += 1;
    if (q.status === 'running' ? !RUNNING.has(row.status) : q.status && row.status !== q.status) continue;
    matching.push(row);
  }
  const rows = matching.slice(q.offset, q.offset + q.limit).map(({ sortName: _, ...row }) => row);
  return { rows, total: matching.length, all, statusCounts, toStart: cache.toStart };
}

/** For a pair where one side has nothing to sort on: 1 when `a` is that side (it goes last). */
function lastOf(sort: Query['sort'], a: Sortable): number {
  const missing = sort === 'nextRevisionDate' ? a.nextRevisionDate === null : a.progress.percent === null;
  return missing ? 1 : -1;
}
