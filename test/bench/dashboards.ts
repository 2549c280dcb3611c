import { DASHBOARD_SQL } from '@core/dashboards/dashboardSql';
import { createCore, type Core, type DemoLogin } from '@core/index';
import type { Coordinator } from '@shared/api/coordinators';
import { dashboardKeys, type DashboardKey } from '@shared/api/dashboards';
import { addDays, addMonths, addYears, todayIso } from '@shared/domain/calendar';

import { coldSqlOf, printSqlNotes, sqlOf, sqlRows, type SqlFigures } from './compare';
import { dependentChanges } from './dashboardChanges';
import { paramsFor, ratio, type Direct } from './direct';
import { alternating, ms, printRows, stats, time, timeAfter, type Stats } from './measure';
import type { BenchRegister } from './register';
import { judge } from './targets';
import { short, traced, type Executed } from './trace';

/** Runs of each timing; at 100 000 cases fewer, so the default bench stays within the hour. */
const runsAt = (cases: number) =>
  cases > 50_000 ? { RUNS: 50, CHANGED_RUNS: 40 } : { RUNS: 200, CHANGED_RUNS: 100 };

const caller =
  (core: Core) =>
  async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.data as T;
  };

/**
 * Each dashboard's core call (`dashboards.get`), timed three ways, each beside its SQL run straight
 * on the database, encrypted and on an unencrypted copy:
 * - the first call after login, each dashboard the first call of a newly opened core (a few
 *   rounds), beside the reads of the last round's call replayed on newly opened connections (the
 *   first round's may also do the day's once-only work);
 * - after a change to a record of a kind the dashboard is counted from (dashboardChanges.ts): the
 *   targets of issue 17 are read from this one, against DASHBOARD_SQL (dashboards/dashboardSql.ts,
 *   the SQL a dashboard runs), and beside the reads the call itself ran after the change;
 * - with nothing changed since the call before (core answers from what it kept).
 * DASHBOARD_SQL is given the parameters core gave the same text in a traced call, so it follows
 * core's parameters as they change; the rest come from the register as core reads it by default.
 */
export async function benchDashboards(dir: string, login: DemoLogin, register: BenchRegister) {
  const { cases } = register;
  const { RUNS, CHANGED_RUNS } = runsAt(cases);
  const rounds = cases > 50_000 ? 3 : 5;
  const first = new Map<DashboardKey, number[]>(dashboardKeys.map((k) => [k, []]));
  const firstTraced = new Map<DashboardKey, Executed[]>();
  for (let round = 0; round < rounds; round++)
    for (const key of dashboardKeys) {
      const core = createCore({ dataDir: dir });
      try {
        const ok = caller(core);
        await ok('session.login', login);
        const { ms: t, executed } = await traced(() => ok('dashboards.get', { dashboard: key }));
        first.get(key)!.push(t);
        if (round === rounds - 1) firstTraced.set(key, executed);
      } finally {
        core.close();
      }
    }

  const core = createCore({ dataDir: dir });
  const ok = caller(core);
  await ok('session.login', login);
  const changes = await dependentChanges(ok);
  const get = (key: DashboardKey) => () => ok('dashboards.get', { dashboard: key });
  const afterChange = new Map<DashboardKey, Stats>();
  const afterTraced = new Map<DashboardKey, Executed[]>();
  for (const key of dashboardKeys) {
    await get(key)();
    afterChange.set(key, await timeAfter(CHANGED_RUNS, changes[key].make, get(key)));
    await changes[key].make(CHANGED_RUNS);
    afterTraced.set(key, (await traced(get(key))).executed);
  }
  const kept = new Map<DashboardKey, Stats>();
  for (const key of dashboardKeys) kept.set(key, await time(RUNS, get(key)));
  const pool = await ok<Coordinator[]>('coordinators.list', {});
  core.close();

  const direct = await register.direct();
  const traces = [...firstTraced.values(), ...afterTraced.values()].flat();
  const own = new Map<DashboardKey, ReturnType<typeof dashboardSql>>();
  const ran = new Map<DashboardKey, SqlFigures>();
  const cold = new Map<DashboardKey, SqlFigures>();
  for (const key of dashboardKeys) {
    own.set(key, dashboardSql(direct, key, traces, defaultValues(pool), RUNS));
    ran.set(key, sqlOf(direct, afterTraced.get(key)!, CHANGED_RUNS));
    cold.set(key, coldSqlOf(direct, firstTraced.get(key)!, rounds));
  }

  printRows(
    `Dashboards: ${cases} cases, ${register.coordinators} coordinators, ${register.auditRows} audit rows`,
    dashboardKeys.flatMap((key) => {
      const d = own.get(key)!;
      return [
        [`dashboards.get ${key}, after a change to ${changes[key].what}`, afterChange.get(key)!],
        [`  its SQL direct, encrypted (DASHBOARD_SQL: ${d.count} statements, ${d.rows} rows)`, d.encrypted],
        ['  its SQL direct, unencrypted copy', d.plain],
        ...sqlRows(ran.get(key)!).map(
          ([label, s]) => [label.replace('its SQL', 'what the call ran'), s] as const,
        ),
        ['  the same, nothing changed since (kept by core)', kept.get(key)!],
        [`  first call after login (${rounds} logins)`, stats(first.get(key)!)],
        ...sqlRows(cold.get(key)!, true),
      ] as const;
    }),
  );
  for (const key of dashboardKeys) {
    const c = afterChange.get(key)!;
    const d = own.get(key)!;
    console.log(
      `\n  ${key}: after a change ${judge(cases, 'afterChange', key, c.p95)};` +
        ` core / its SQL ${judge(cases, 'overSql', key, c.median / d.encrypted.median)};` +
        ` encrypted / unencrypted ${judge(cases, 'encryption', `${key} (its SQL)`, d.encrypted.median / d.plain.median)}`,
    );
    console.log(
      `  ${key}: first call after login ${judge(cases, 'firstAfterLogin', key, stats(first.get(key)!).median)}` +
        ` (median of ${rounds}; its SQL on new connections ${ms(cold.get(key)!.encrypted.median)}, core / SQL ${ratio(stats(first.get(key)!).median, cold.get(key)!.encrypted.median)})`,
    );
    for (const note of d.notes) console.log(`    ${key}: ${note}`);
    printSqlNotes(`${key} after a change`, ran.get(key)!);
    printSqlNotes(`${key} first call`, cold.get(key)!);
  }
}

/** The parameters core gives the dashboards' SQL by default, for a text no traced call ran. */
function defaultValues(pool: Coordinator[]): Record<string, unknown> {
  const today = todayIso(new Date());
  // As core reads them with the default rules: open cases of children from 15 (participation age)
  // to 18, which holds those turning 18 within six months; a few days' margin either side.
  return {
    today,
    from: addDays(addMonths(today, -12), 1),
    to: today,
    windowStart: addMonths(today, -12),
    bornFrom: addDays(addYears(today, -18), -3),
    bornTo: addDays(addYears(today, -15), 3),
    untrained: JSON.stringify(
      pool
        .filter((c) => c.active && c.training.state !== 'trained' && c.training.state !== 'expiresSoon')
        .map((c) => c.id),
    ),
  };
}

/**
 * DASHBOARD_SQL of one dashboard run directly, encrypted and unencrypted in turns, each text with
 * the arguments core gave it in a traced call, else the default values. What cannot run is noted,
 * and each statement of 0.5 ms or more on its own is named.
 */
function dashboardSql(
  direct: Direct,
  key: DashboardKey,
  traces: readonly Executed[],
  values: Record<string, unknown>,
  runs: number,
) {
  const notes: string[] = [];
  const argsOf = (sql: string): unknown[] | null => {
    const seen = traces.find((e) => e.sql === sql);
    if (seen) return seen.args;
    try {
      return [paramsFor(sql, values)];
    } catch (error) {
      notes.push(`DASHBOARD_SQL not run: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };
  const texts = DASHBOARD_SQL[key].flatMap((sql) => {
    const args = argsOf(sql);
    return args ? [{ sql, args }] : [];
  });
  const run = (db: Direct['encrypted']) => {
    // Compiled once, as core's statement cache does.
    const statements = texts.map(({ sql, args }) => ({ statement: db.prepare(sql), args }));
    return () => statements.reduce((n, s) => n + s.statement.all(...s.args).length, 0);
  };
  const onEncrypted = run(direct.encrypted);
  const [encrypted, plain] = alternating(runs, onEncrypted, run(direct.plain));
  for (const { sql, args } of texts) {
    const statement = direct.encrypted.prepare(sql);
    const samples: number[] = [];
    for (let i = 0; i < Math.min(50, runs); i++) {
      const start = performance.now();
      statement.all(...args);
      samples.push(performance.now() - start);
    }
    const t = stats(samples).median;
    if (t >= 0.5) notes.push(`DASHBOARD_SQL ${ms(t).padStart(10)}  ${short(sql)}`);
  }
  return { count: texts.length, rows: onEncrypted(), encrypted, plain, notes };
}
