import {
  dashboardGroups,
  periodDashboards,
  type Dashboard,
  type DashboardKey,
  type FigureList,
  type Period,
} from '@shared/api/dashboards';
import { addDays, addMonths } from '@shared/domain/calendar';
import { suppressGrid } from '@shared/domain/suppression';

import { personsShown } from '../audit/auditLog';
import type { ChangeKind } from '../audit/changes';
import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { caseRules, coordinationRules, planRules, reportRules } from '../settings/rulesInForce';
import type { Db } from '../storage/database';
import { changesGroups } from './changesDashboard';
import { keptCaseFigures, keptFigures } from './dashboardCache';
import { DASHBOARD_FEEDS, NEXT_SESSIONS_FEEDS } from './dashboardFeeds';
import { deadlinesGroups } from './deadlinesDashboard';
import { caseRows, coordinatorRows } from './figureRows';
import type { Env, GroupSpec } from './figures';
import { plansGroups } from './plansDashboard';
import { assignmentsGroups, nextSessions, trainingGroups } from './poolDashboards';

/**
 * The Oversikt area (DOMAIN.md section 6). `dashboards.get` counts every figure of a dashboard
 * (no names: a leder sees it too); `dashboards.figure` lists the cases or coordinators behind one
 * figure, from the same definition, and logs the persons it showed.
 */

const DASHBOARDS: Record<DashboardKey, Record<string, GroupSpec>> = {
  deadlines: deadlinesGroups,
  training: trainingGroups,
  assignments: assignmentsGroups,
  changes: changesGroups,
  plans: plansGroups,
};

/** A period dashboard without a period covers the last twelve months up to today. */
export function periodOf(
  dashboard: DashboardKey,
  input: { from?: string; to?: string },
  today: string,
): Period | null {
  if (!periodDashboards.includes(dashboard)) return null;
  if (input.from !== undefined && input.to !== undefined) return { from: input.from, to: input.to };
  return { from: addDays(addMonths(today, -12), 1), to: today };
}

function envOf(ctx: Ctx, db: Db, dashboard: DashboardKey, input: { from?: string; to?: string }): Env {
  const today = ctx.today();
  return {
    db,
    today,
    period: periodOf(dashboard, input, today),
    caseRules: caseRules(db),
    coordinationRules: coordinationRules(db),
    planRules: planRules(db),
    memo: new Map(),
  };
}

function figuresOf(env: Env, spec: GroupSpec, fixed: readonly string[], counts = spec.counts(env)) {
  const shown = spec.figures ? spec.figures(env) : fixed.map((key) => ({ key, label: undefined }));
  return shown.map(({ key, label }) => ({
    key,
    ...(label === undefined ? {} : { label }),
    value: counts.get(key) ?? 0,
    list: spec.list(key),
  }));
}

/**
 * Every group of the dashboard, each kept until a change of a kind it is counted from (or a new
 * day or period: `on`).
 */
function dashboard(env: Env, key: DashboardKey, on: string): Dashboard {
  const fixed = dashboardGroups[key] as Record<string, readonly string[]>;
  const feeds = DASHBOARD_FEEDS[key] as Record<string, readonly ChangeKind[]>;
  return {
    key,
    today: env.today,
    period: env.period,
    groups: Object.entries(DASHBOARDS[key]).map(([group, spec]) => ({
      key: group,
      figures: spec.byCase
        ? keptCaseFigures(
            env.db,
            `${key}/${group}`,
            on,
            feeds[group]!,
            (ids) => spec.byCase!(env, ids),
            () => spec.counts(env),
            (counts) => figuresOf(env, spec, fixed[group]!, counts),
          )
        : keptFigures(env.db, `${key}/${group}`, on, feeds[group]!, () =>
            figuresOf(env, spec, fixed[group]!),
          ),
    })),
    threshold: null,
    nextSessions:
      key === 'training'
        ? keptFigures(env.db, 'training/nextSessions', on, NEXT_SESSIONS_FEEDS, () => nextSessions(env))
        : [],
  };
}

/** Every group's figures counted from nothing kept: what the kept and adjusted figures must equal. */
export function countedAfresh(env: Env, key: DashboardKey): Dashboard['groups'] {
  const fixed = dashboardGroups[key] as Record<string, readonly string[]>;
  return Object.entries(DASHBOARDS[key]).map(([group, spec]) => ({
    key: group,
    figures: figuresOf(env, spec, fixed[group]!),
  }));
}

/** The group and figure asked for, or NOT_FOUND: a key from outside the contract names nothing. */
function specOf(env: Env, key: DashboardKey, group: string, figure: string): GroupSpec {
  const groups = DASHBOARDS[key];
  const spec = Object.prototype.hasOwnProperty.call(groups, group) ? groups[group]! : undefined;
  if (!spec) throw new CoreError('NOT_FOUND');
  const fixed = (dashboardGroups[key] as Record<string, readonly string[]>)[group]!;
  const known = spec.knows ? spec.knows(env, figure) : fixed.includes(figure);
  if (!known) throw new CoreError('NOT_FOUND');
  return spec;
}

function figureList(ctx: Ctx, env: Env, input: { dashboard: DashboardKey; group: string; figure: string }) {
  const spec = specOf(env, input.dashboard, input.group, input.figure);
  const members = spec.members(env, input.figure);
  const label = spec.figures?.(env).find((f) => f.key === input.figure)?.label;
  const base = {
    dashboard: input.dashboard,
    group: input.group,
    figure: input.figure,
    ...(label === undefined ? {} : { label }),
    period: env.period,
  };
  const named = ['dashboards', input.dashboard, input.group, input.figure];
  if (spec.list(input.figure) === 'coordinators') {
    // Staff, not persons (as the Koordinatorer list); logged all the same: it is a figure's list.
    audit(ctx, { action: 'list', entity: 'coordinator', fields: named });
    return { ...base, kind: 'coordinators', rows: coordinatorRows(env, members) } satisfies FigureList;
  }
  const { rows, personIds } = caseRows(env, members);
  audit(ctx, {
    action: 'list',
    entity: 'case',
    fields: [...named, ...personsShown(personIds)],
  });
  return { ...base, kind: 'cases', detail: spec.detail(input.figure), rows } satisfies FigureList;
}

/**
 * A leder reads the dashboards as the leadership report's reader does (DOMAIN.md section 7): with
 * any period they choose, exact small counts would undo the report's suppression. Each group is
 * suppressed as one line whose total is known (its figures often split a known whole, such as the
 * active coordinators), so no hidden count follows from the others. Case workers see exact counts:
 * they may open the lists behind them anyway.
 */
export function forLeder(d: Dashboard, threshold: number): Dashboard {
  return {
    ...d,
    threshold,
    groups: d.groups.map((g) => {
      const [cells] = suppressGrid([g.figures.map((f) => f.value ?? 0)], 'rows', threshold).cells;
      return {
        ...g,
        figures: g.figures.map((f, i) => {
          const v = cells![i]!;
          return v.suppressed
            ? { ...f, value: null, hidden: v.reason === 'small' ? ('small' as const) : ('hidden' as const) }
            : f;
        }),
      };
    }),
  };
}

export const dashboardsHandlers: FeatureHandlers<'dashboards'> = {
  // Counts only, for every role: nothing here names a person, so nothing is logged.
  // One transaction: every figure of the dashboard is counted on the same state of the register.
  'dashboards.get': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const env = envOf(ctx, db, input.dashboard, input);
      const on = `${env.today}|${env.period?.from ?? ''}|${env.period?.to ?? ''}`;
      const counted = dashboard(env, input.dashboard, on);
      return session(ctx).user.role === 'leder'
        ? forLeder(counted, reportRules(db).suppressionThreshold)
        : counted;
    }),

  // The list names persons: the log records which figure was opened and whom it showed.
  'dashboards.figure': (ctx, input) =>
    inTransaction(ctx, (db) => figureList(ctx, envOf(ctx, db, input.dashboard, input), input)),
};
