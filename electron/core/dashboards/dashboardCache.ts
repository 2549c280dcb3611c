import type { Dashboard, DashboardKey } from '../../../shared/api/dashboards';
import { changesSince } from '../audit/changes';
import type { Db } from '../storage/database';

/**
 * Dashboards kept between calls, per open register, until anything changes. Every change passes
 * the audit log (audit/changes.ts), so a dashboard counted after the last change is still true
 * for the same day and period: switching between dashboards, or coming back to one, counts
 * nothing again. A change of any kind (a case, a coordinator, a setting) counts them all anew.
 */
interface Kept {
  key: string;
  version: number;
  dashboard: Dashboard;
}

const kept = new WeakMap<Db, Map<DashboardKey, Kept>>();

export function keptDashboard(
  db: Db,
  key: DashboardKey,
  /** What else the figures depend on: the day and the period. */
  on: string,
  count: () => Dashboard,
): Dashboard {
  let byKey = kept.get(db);
  if (!byKey) kept.set(db, (byKey = new Map()));
  const before = byKey.get(key);
  if (before && before.key === on) {
    const changes = changesSince(db, before.version);
    if (!changes.everything && changes.cases.length === 0) return before.dashboard;
  }
  // The version is taken before counting: a change made meanwhile is seen by the next call.
  const { version } = changesSince(db, 0);
  const dashboard = count();
  byKey.set(key, { key: on, version, dashboard });
  return dashboard;
}

/**
 * What one figure derives per case (the days a case has gone without a coordinator, its appeal
 * warnings), kept per open register for one day: after a change only the cases it touched are
 * derived again, as the plans list does with its rows.
 */
interface PerCase {
  on: string;
  version: number;
  byCase: Map<number, unknown>;
}

const perCase = new WeakMap<Db, Map<string, PerCase>>();

export function derivedPerCase<T>(
  db: Db,
  name: string,
  /** The day (and anything else the derivation depends on that is not audited). */
  on: string,
  ids: readonly number[],
  derive: (ids: readonly number[]) => Map<number, T>,
): Map<number, T | null> {
  let byName = perCase.get(db);
  if (!byName) perCase.set(db, (byName = new Map()));
  let kept = byName.get(name);
  if (!kept || kept.on !== on) {
    kept = { on, version: 0, byCase: new Map() };
    byName.set(name, kept);
  }
  const changes = changesSince(db, kept.version);
  kept.version = changes.version;
  if (changes.everything) kept.byCase.clear();
  for (const id of changes.cases) kept.byCase.delete(id);
  const missing = ids.filter((id) => !kept.byCase.has(id));
  if (missing.length) {
    const derived = derive(missing);
    // A case the derivation leaves out holds nothing for the figure: kept as null.
    for (const id of missing) kept.byCase.set(id, derived.get(id) ?? null);
  }
  return new Map(ids.map((id) => [id, kept.byCase.get(id) as T | null]));
}
