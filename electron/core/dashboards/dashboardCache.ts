import { changedSince, currentVersion, type ChangeKind } from '../audit/changes';
import type { Db } from '../storage/database';

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
