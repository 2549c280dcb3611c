import type { Figure, FigureDetail, Period } from '@shared/api/dashboards';
import type { CaseRules } from '@shared/domain/case';
import type { CoordinationRules } from '@shared/domain/coordinationRules';
import type { PlanRules } from '@shared/domain/plan';

import type { Db } from '../storage/database';

/**
 * How a figure is defined once and then both counted and listed: every group of a dashboard is a
 * GroupSpec, and `dashboards.get` takes its counts while `dashboards.figure` takes the members of
 * one of its figures. A group built with `membersGroup` counts its members, so the two cannot
 * differ; one built with `sqlGroup` counts and lists with the same WHERE and the same bucket
 * expression, so they cannot differ either.
 */

/** What a dashboard is computed against: the register, today, the period and the rules in force. */
export interface Env {
  db: Db;
  today: string;
  period: Period | null;
  caseRules: CaseRules;
  coordinationRules: CoordinationRules;
  planRules: PlanRules;
  /** Per-call memo, so figures of one call that rest on the same derivation derive it once. */
  memo: Map<string, unknown>;
}

export function memoised<T>(env: Env, key: string, compute: () => T): T {
  if (!env.memo.has(key)) env.memo.set(key, compute());
  return env.memo.get(key) as T;
}

/** One row behind a figure: a case (or a coordinator) and the figure's one extra column. */
export interface Member {
  id: number;
  detail: string | number | null;
}

export interface GroupSpec {
  /** Which list a click on the figure opens. */
  list: (figure: string) => Figure['list'];
  /** The extra column of the list, per figure (a group's figures may show different things). */
  detail: (figure: string) => FigureDetail | null;
  /** The figures shown, in order; for groups whose figures come from the data (service units). */
  figures?: (env: Env) => { key: string; label: string }[];
  /** Whether a figure key names a figure of this group (for groups whose figures come from the data). */
  knows?: (env: Env, figure: string) => boolean;
  counts: (env: Env) => Map<string, number>;
  members: (env: Env, figure: string) => Member[];
  /**
   * For a group whose rows are keyed by case: each case's part of the counts, of the cases in
   * `ids` or (null) of every case, from the same definition as `counts`. The dashboards keep it
   * and, after changes that each named their case, read again only those cases (dashboardCache.ts).
   */
  byCase?: (env: Env, ids: readonly number[] | null) => PerCase;
}

/** Case id -> figure -> how many rows of the case it counts. */
export type PerCase = Map<number, Map<string, number>>;

/** Restricts SQL that ends in a WHERE clause to the cases in `@ids` (a JSON array). */
export const ofCases = (sql: string, caseId: string) =>
  `${sql} AND ${caseId} IN (SELECT value FROM json_each(@ids))`;

function addTo(perCase: PerCase, id: number, figure: string, n: number) {
  let figures = perCase.get(id);
  if (!figures) perCase.set(id, (figures = new Map()));
  figures.set(figure, (figures.get(figure) ?? 0) + n);
}

/** Each member counted for its case, figure by figure. */
function tallied(sets: Map<string, Member[]>): PerCase {
  const perCase: PerCase = new Map();
  for (const [figure, members] of sets) for (const m of members) addTo(perCase, m.id, figure, 1);
  return perCase;
}

const detailOf = (detail: FigureDetail | null | Record<string, FigureDetail | null>) =>
  detail === null || typeof detail === 'string' ? () => detail : (f: string) => detail[f] ?? null;

/**
 * A group whose figures are sets computed in code (from the shared/domain functions or from rows
 * already derived): the count is the size of the set, the list is the set, in the order given.
 */
export function membersGroup(
  list: Figure['list'],
  detail: FigureDetail | null | Record<string, FigureDetail | null>,
  sets: (env: Env) => Map<string, Member[]>,
  extra: Pick<GroupSpec, 'figures' | 'knows'> = {},
): GroupSpec {
  return {
    list: () => list,
    detail: detailOf(detail),
    ...extra,
    counts: (env) => new Map([...sets(env)].map(([k, v]) => [k, v.length])),
    members: (env, figure) => sets(env).get(figure) ?? [],
  };
}

/**
 * A membersGroup whose members are cases and whose sets are built from rows of each case alone:
 * `sets` given case ids reads only those cases' rows, so each case's part can be read again.
 */
export function caseMembersGroup(
  detail: FigureDetail | null | Record<string, FigureDetail | null>,
  sets: (env: Env, ids?: readonly number[]) => Map<string, Member[]>,
): GroupSpec {
  return {
    ...membersGroup('cases', detail, (env) => sets(env)),
    byCase: (env, ids) => tallied(sets(env, ids ?? undefined)),
  };
}

/**
 * A group of cases counted in SQL on stored columns: `bucket` is an SQL expression giving each
 * row's figure key (NULL: in no figure), `detail` the list's extra column, `order` the list's
 * order. Counting groups by the bucket; listing filters on it: one definition for both.
 */
export interface SqlGroupDef {
  /** FROM clause; the case's id must be `c.id`. */
  from: string;
  /**
   * FROM clause of the count when it needs less than the list (the same rows, none of the
   * list's joined columns: a count can then run on an index alone).
   */
  countFrom?: string;
  where: string;
  bucket: string;
  detail: string;
  order: string;
  params: (env: Env) => Record<string, string | number>;
}

export const countSql = (d: Pick<SqlGroupDef, 'from' | 'countFrom' | 'where' | 'bucket'>) =>
  `SELECT ${d.bucket} AS figure, count(*) AS n FROM ${d.countFrom ?? d.from} WHERE ${d.where} GROUP BY 1`;
/** Each case's rows per figure (of the cases in `@ids` when `restricted`): what countSql sums. */
export const countByCaseSql = (d: Pick<SqlGroupDef, 'from' | 'where' | 'bucket'>, restricted: boolean) => {
  const rows = `SELECT c.id AS id, ${d.bucket} AS figure, count(*) AS n FROM ${d.from} WHERE ${d.where}`;
  return `${restricted ? ofCases(rows, 'c.id') : rows} GROUP BY 1, 2`;
};
export const listSql = (d: SqlGroupDef) =>
  `SELECT c.id AS id, ${d.detail} AS detail FROM ${d.from} WHERE ${d.where} AND ${d.bucket} = @figure ORDER BY ${d.order}`;

export function sqlGroup(detail: FigureDetail, def: SqlGroupDef): GroupSpec {
  return {
    list: () => 'cases',
    detail: () => detail,
    counts: (env) => {
      const rows = env.db.prepare(countSql(def)).all(def.params(env)) as {
        figure: string | null;
        n: number;
      }[];
      return new Map(rows.filter((r) => r.figure !== null).map((r) => [r.figure!, r.n]));
    },
    members: (env, figure) => env.db.prepare(listSql(def)).all({ ...def.params(env), figure }) as Member[],
    byCase: (env, ids) => {
      const params = ids === null ? def.params(env) : { ...def.params(env), ids: JSON.stringify(ids) };
      const rows = env.db.prepare(countByCaseSql(def, ids !== null)).all(params) as {
        id: number;
        figure: string | null;
        n: number;
      }[];
      const perCase: PerCase = new Map();
      for (const r of rows) if (r.figure !== null) addTo(perCase, r.id, r.figure, r.n);
      return perCase;
    },
  };
}

/** Sets keyed by figure, each figure present (empty when nothing falls in it). */
export function emptySets(keys: readonly string[]): Map<string, Member[]> {
  return new Map(keys.map((k) => [k, []]));
}

/** Puts a member in the figure its value falls in (by the first bucket whose test holds). */
export function bucketed<T>(
  keys: readonly string[],
  items: readonly T[],
  figureOf: (item: T) => string | null,
  member: (item: T) => Member,
): Map<string, Member[]> {
  const sets = emptySets(keys);
  for (const item of items) {
    const figure = figureOf(item);
    if (figure !== null) sets.get(figure)!.push(member(item));
  }
  return sets;
}

/**
 * A group whose figures come from different definitions (an SQL count beside sets derived in
 * code): each part names the figure keys it defines.
 */
export function combined(parts: { keys: readonly string[]; spec: GroupSpec }[]): GroupSpec {
  const partOf = (figure: string) => parts.find((p) => p.keys.includes(figure));
  return {
    list: (figure) => partOf(figure)?.spec.list(figure) ?? 'cases',
    detail: (figure) => partOf(figure)?.spec.detail(figure) ?? null,
    counts: (env) => {
      const all = new Map<string, number>();
      for (const p of parts) {
        const counts = p.spec.counts(env);
        for (const k of p.keys) all.set(k, counts.get(k) ?? 0);
      }
      return all;
    },
    members: (env, figure) => partOf(figure)?.spec.members(env, figure) ?? [],
    ...(parts.every((p) => p.spec.byCase) && {
      byCase: (env, ids) => {
        const perCase: PerCase = new Map();
        for (const p of parts)
          for (const [id, figures] of p.spec.byCase!(env, ids))
            for (const [figure, n] of figures) if (p.keys.includes(figure)) addTo(perCase, id, figure, n);
        return perCase;
      },
    }),
  };
}
