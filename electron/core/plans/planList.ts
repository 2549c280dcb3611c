import type { PlanList, PlanListQuery, PlanListRow } from '../../../shared/api/plans';
import type { CaseStep, StepKind } from '../../../shared/domain/case';
import { planStatuses, type PlanRules, type PlanStatus } from '../../../shared/domain/plan';
import { planOverview } from '../../../shared/domain/planOverview';
import { likeEscape, searchFold } from '../cases/searchText';
import type { Db } from '../storage/database';
import type { Goal, Meeting } from '../../../shared/domain/plan';
import { toPlan } from './plansRepo';
import { changesSince } from '../audit/changes';

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

interface StoredRow {
  id: number;
  case_id: number;
  wanted: number;
  tool: PlanListRow['tool'];
  tool_reference: string;
  period_start: string | null;
  period_end: string | null;
  next_revision_date: string | null;
  last_evaluation_date: string | null;
  closed_date: string | null;
  closed_note: string;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
  case_number: string;
  person_id: number;
  person_name: string;
  sort_name: string;
}

/**
 * The plans a list derives: all, or those named (their case ids as a JSON array). Each
 * query below reads only the columns the derivation uses: at 8 000 plans every column counts.
 */
interface Scope {
  where: string;
  params: { ids?: string };
}

const scopeOf = (caseIds: readonly number[] | null): Scope =>
  caseIds === null
    ? { where: '1', params: {} }
    : { where: 'p.case_id IN (SELECT value FROM json_each(@ids))', params: { ids: JSON.stringify(caseIds) } };

/** Step kinds the list's derivation reads: the consents and the closing (the IP decision is not shown). */
const PLAN_STEP_KINDS: readonly StepKind[] = ['consent', 'closing', 'reopening'];

/** The steps of every case in scope, grouped by case, in timeline order: one query. */
function stepsByCase(db: Db, scope: Scope): Map<number, CaseStep[]> {
  const rows = db
    .prepare(
      `SELECT s.case_id, s.id, s.kind, s.data, s.recorded_by, s.recorded_at
       FROM plans p JOIN case_steps s ON s.case_id = p.case_id
       WHERE ${scope.where} AND s.kind IN (${PLAN_STEP_KINDS.map((k) => `'${k}'`).join(', ')})
       ORDER BY s.case_id, s.date, s.id`,
    )
    .all(scope.params) as {
    case_id: number;
    id: number;
    kind: StepKind;
    data: string;
    recorded_by: string;
    recorded_at: string;
  }[];
  const byCase = new Map<number, CaseStep[]>();
  for (const r of rows) {
    const step = {
      ...(JSON.parse(r.data) as object),
      id: r.id,
      kind: r.kind,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
    } as CaseStep;
    const list = byCase.get(r.case_id);
    if (list) list.push(step);
    else byCase.set(r.case_id, [step]);
  }
  return byCase;
}

/** Members of each plan's responsibility group. */
function memberCounts(db: Db, scope: Scope): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT m.plan_id, count(*) AS n FROM plans p JOIN plan_members m ON m.plan_id = p.id
       WHERE ${scope.where} GROUP BY m.plan_id`,
    )
    .all(scope.params) as { plan_id: number; n: number }[];
  return new Map(rows.map((r) => [r.plan_id, r.n]));
}

/** The coordinator of each case with a plan: running today or appointed to start later. */
function coordinatorsByCase(db: Db, today: string, scope: Scope): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT a.case_id, k.name, a.start_date FROM plans p
       JOIN appointments a ON a.case_id = p.case_id JOIN coordinators k ON k.id = a.coordinator_id
       WHERE ${scope.where} AND (a.end_date IS NULL OR a.end_date > @today)
       ORDER BY a.case_id, a.start_date, a.id`,
    )
    .all({ today, ...scope.params }) as { case_id: number; name: string; start_date: string }[];
  const byCase = new Map<number, string>();
  // The one started latest by today wins; only planned ones: the first of them.
  for (const r of rows) if (!byCase.has(r.case_id) || r.start_date <= today) byCase.set(r.case_id, r.name);
  return byCase;
}

/**
 * Goals with their measures, as far as status and progress need them (statuses and due dates;
 * no texts, no service unit names).
 */
function goalsByPlan(db: Db, scope: Scope): Map<number, Goal[]> {
  const goals = db
    .prepare(
      `SELECT g.id, g.plan_id, g.status FROM plans p JOIN plan_goals g ON g.plan_id = p.id
       WHERE ${scope.where} ORDER BY g.plan_id, g.position`,
    )
    .all(scope.params) as { id: number; plan_id: number; status: Goal['status'] }[];
  const measures = db
    .prepare(
      `SELECT m.id, m.goal_id, m.status, m.due_date FROM plans p JOIN plan_goals g ON g.plan_id = p.id
       JOIN plan_measures m ON m.goal_id = g.id WHERE ${scope.where} ORDER BY m.goal_id, m.position`,
    )
    .all(scope.params) as {
    id: number;
    goal_id: number;
    status: Goal['measures'][number]['status'];
    due_date: string | null;
  }[];
  const byGoal = new Map<number, Goal['measures']>();
  for (const m of measures) {
    const measure = {
      id: m.id,
      goalId: m.goal_id,
      position: 0,
      text: '',
      serviceUnitId: null,
      serviceUnitName: null,
      dueDate: m.due_date,
      status: m.status,
    };
    const list = byGoal.get(m.goal_id);
    if (list) list.push(measure);
    else byGoal.set(m.goal_id, [measure]);
  }
  const byPlan = new Map<number, Goal[]>();
  for (const g of goals) {
    const goal: Goal = {
      id: g.id,
      position: 0,
      text: '',
      area: 'other',
      status: g.status,
      targetDate: null,
      achievedDate: null,
      measures: byGoal.get(g.id) ?? [],
    };
    const list = byPlan.get(g.plan_id);
    if (list) list.push(goal);
    else byPlan.set(g.plan_id, [goal]);
  }
  return byPlan;
}

/** Meetings as the derivation counts them: dates, kinds, the next date; not who came. */
function meetingsByPlan(db: Db, scope: Scope): Map<number, Meeting[]> {
  const rows = db
    .prepare(
      `SELECT m.id, m.plan_id, m.date, m.kind, m.next_meeting_date FROM plans p
       JOIN plan_meetings m ON m.plan_id = p.id WHERE ${scope.where} ORDER BY m.plan_id, m.date DESC, m.id DESC`,
    )
    .all(scope.params) as {
    id: number;
    plan_id: number;
    date: string;
    kind: Meeting['kind'];
    next_meeting_date: string | null;
  }[];
  const byPlan = new Map<number, Meeting[]>();
  for (const r of rows) {
    const meeting: Meeting = {
      id: r.id,
      date: r.date,
      kind: r.kind,
      participantIds: [],
      otherParticipants: '',
      minutesWritten: false,
      minutesReference: '',
      nextMeetingDate: r.next_meeting_date,
    };
    const list = byPlan.get(r.plan_id);
    if (list) list.push(meeting);
    else byPlan.set(r.plan_id, [meeting]);
  }
  return byPlan;
}

const STATUS_ORDER = new Map(planStatuses.map((s, i) => [s, i]));
const RUNNING: ReadonlySet<PlanStatus> = new Set(['notStarted', 'inProgress', 'active', 'forEvaluation']);

type Sortable = PlanListRow & { sortName: string };

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
 * Derives the list rows of the plans in scope (all when null) from a few set-based queries: plans
 * with their case and person, goal and measure statuses, meeting dates, consent and closing
 * steps, coordinators. About 35 µs a plan (docs/benchmarks.md).
 */
function deriveRows(db: Db, caseIds: readonly number[] | null, today: string, rules: PlanRules): Sortable[] {
  const scope = scopeOf(caseIds);
  const stored = db
    .prepare(
      `SELECT p.*, c.case_number, c.person_id, pe.name AS person_name, pe.sort_name
       FROM plans p JOIN cases c ON c.id = p.case_id JOIN persons pe ON pe.id = c.person_id
       WHERE ${scope.where}`,
    )
    .all(scope.params) as StoredRow[];
  const goals = goalsByPlan(db, scope);
  const meetings = meetingsByPlan(db, scope);
  const steps = stepsByCase(db, scope);
  const members = memberCounts(db, scope);
  const coordinators = coordinatorsByCase(db, today, scope);
  return stored.map((r) => {
    const plan = toPlan(r);
    const coordinatorName = coordinators.get(r.case_id) ?? null;
    const overview = planOverview(
      {
        plan,
        goals: goals.get(plan.id) ?? [],
        meetings: meetings.get(plan.id) ?? [],
        // The list shows no points: what is missing is for the plan's page.
        points: [],
        members: members.get(plan.id) ?? 0,
        record: { steps: steps.get(r.case_id) ?? [] },
        hasCoordinator: coordinatorName !== null,
      },
      rules,
      today,
    );
    return {
      caseId: r.case_id,
      caseNumber: r.case_number,
      personId: r.person_id,
      personName: r.person_name,
      sortName: r.sort_name,
      status: overview.status,
      tool: plan.tool,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      nextRevisionDate: plan.nextRevisionDate,
      lastEvaluation: overview.lastEvaluation,
      progress: overview.progress,
      coordinatorName,
      warnings: overview.warnings,
    };
  });
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
