import { casesChangedSince, changedSince, currentVersion, type ChangeKind } from '../audit/changes';
import type { Db } from '../storage/database';
import type { PerCase } from './figures';

/**
 * Figures kept between calls, per open register, per group of a dashboard. Every change passes
 * the audit log (audit/changes.ts) with its kind of record, so a group counted after the last
 * change of a kind it is counted from is still true for the same day and period: a plan saved
 * recounts the plan figures and leaves the coordinator pool and the deadlines as they were, and
 * switching between dashboards, or coming back to one, counts nothing again.
 */
interface Kept {
  on: string;
  version: number;
  value: unknown;
}

const kept = new WeakMap<Db, Map<string, Kept>>();

export function keptFigures<T>(
  db: Db,
  /** The dashboard and group (or part) kept. */
  name: string,
  /** What else the figures depend on: the day and the period. */
  on: string,
  /** The kinds of record the figures are counted from. */
  feeds: readonly ChangeKind[],
  count: () => T,
): T {
  let byName = kept.get(db);
  if (!byName) kept.set(db, (byName = new Map()));
  const before = byName.get(name);
  if (before && before.on === on && !changedSince(db, before.version, feeds)) return before.value as T;
  // The version is taken before counting: a change made meanwhile is seen by the next call.
  const version = currentVersion(db);
  const value = count();
  byName.set(name, { on, version, value });
  return value;
}

/** More cases changed than this and counting every case again is about as quick. */
const MAX_CASES_READ_AGAIN = 500;

interface KeptByCase {
  on: string;
  version: number;
  /** Each case's part; null until the first change after a plain count (read then, once). */
  perCase: PerCase | null;
  totals: Map<string, number>;
  /** What was shown from the totals: the same until a case's part changes. */
  value: unknown;
}

const keptByCase = new WeakMap<Db, Map<string, KeptByCase>>();

function add(totals: Map<string, number>, figures: Map<string, number> | undefined, sign: 1 | -1) {
  for (const [figure, n] of figures ?? []) totals.set(figure, (totals.get(figure) ?? 0) + sign * n);
}

/**
 * The counts of a group whose rows are keyed by case, kept with each case's part: after changes
 * that each named their case (audit/changes.ts casesChangedSince), only those cases are read again
 * (`byCase` given their ids), their old part taken off the totals and the new one added. A change
 * that touched every case, a new day or period, or many cases changed counts every case again.
 * Counting again is the plain count (`countAll`, GROUP BY figure over the indexes): each case's
 * part is read only at the first change after it, so opening a dashboard costs no more than it did.
 */
export function keptCaseFigures<T>(
  db: Db,
  name: string,
  on: string,
  feeds: readonly ChangeKind[],
  byCase: (ids: readonly number[] | null) => PerCase,
  /** Every figure counted at once, without the parts per case. */
  countAll: () => Map<string, number>,
  /** The figures shown from the totals. */
  show: (totals: Map<string, number>) => T,
): T {
  let byName = keptByCase.get(db);
  if (!byName) keptByCase.set(db, (byName = new Map()));
  const before = byName.get(name);
  // The version is taken before reading: a change made meanwhile is seen by the next call.
  const version = currentVersion(db);
  const changed = before && before.on === on ? casesChangedSince(db, before.version, feeds) : null;
  if (before && changed && changed.length <= MAX_CASES_READ_AGAIN) {
    before.version = version;
    if (changed.length === 0) return before.value as T;
    if (before.perCase === null) {
      // The first change since a plain count: every case's part is read, after the change.
      before.perCase = byCase(null);
      before.totals = new Map();
      for (const figures of before.perCase.values()) add(before.totals, figures, 1);
      before.value = show(before.totals);
      return before.value as T;
    }
    const fresh = byCase(changed);
    for (const id of changed) {
      add(before.totals, before.perCase.get(id), -1);
      const now = fresh.get(id);
      add(before.totals, now, 1);
      if (now) before.perCase.set(id, now);
      else before.perCase.delete(id);
    }
    before.value = show(before.totals);
    return before.value as T;
  }
  const totals = countAll();
  const value = show(totals);
  byName.set(name, { on, version, perCase: null, totals, value });
  return value;
}
