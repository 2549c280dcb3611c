import { dashboardKeys, type DashboardKey } from '../../shared/api/dashboards';
import type { Coordinator } from '../../shared/api/coordinators';
import type { PlanDetail, PlanList } from '../../shared/api/plans';
import { addDays, addMonths, addYears, todayIso } from '../../shared/domain/calendar';
import { createCore, type DemoLogin } from '../../electron/core';
import { DASHBOARD_SQL } from '../../electron/core/dashboards/dashboardSql';
import { AUDIT_ROWS, CASES, COORDINATORS } from './cases';
import { openDirect, paramsFor, ratio } from './direct';
import { ms, printRows, stats, time, timeAfter, type Stats } from './measure';

const RUNS = 200;
const CHANGED_RUNS = 100;

/**
 * Each dashboard's core call (`dashboards.get`, every figure of the dashboard counted), and the
 * SQL it runs (dashboards/dashboardSql.ts DASHBOARD_SQL) straight on the database, encrypted and
 * on an unencrypted copy. Core keeps a dashboard until anything changes, so the call is timed
 * three ways: the first after login (it fills what core keeps: the plans list's derived rows,
 * values per case), after a change to one case (the figures counted anew: the targets are read
 * from this one), and with nothing changed since the call before. Targets: p95 under 10 ms,
 * within 3x of the direct SQL, encrypted at most 1.5x unencrypted (medians).
 *
 * What the ratio against the direct SQL holds besides our layers: training and assignments also
 * derive the whole pool's caseloads and training (coordinatorFacts.ts, as coordinators.list does),
 * plans reads the plans list's rows, and deadlines derives the few cases SQL leaves open to it.
 */
export async function benchDashboards(dir: string, login: DemoLogin) {
  const core = createCore({ dataDir: dir });
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.data as T;
  };
  await ok('session.login', login);
  const first: (readonly [string, number])[] = [];
  for (const key of dashboardKeys) {
    const start = performance.now();
    await ok('dashboards.get', { dashboard: key });
    first.push([key, performance.now() - start]);
  }
  // Unchanged since the call before: core answers from the dashboard it kept.
  const kept = new Map<DashboardKey, Stats>();
  for (const key of dashboardKeys)
    kept.set(key, await time(RUNS, () => ok('dashboards.get', { dashboard: key })));
  // After a change to one case (a plan's tool reference, as a user saving a plan): every figure
  // of the dashboard is counted anew, with what core keeps per case derived again for that case.
  const planList = await ok<PlanList>('plans.list', {});
  const caseId = planList.rows[0]!.caseId;
  const plan = (await ok<PlanDetail>('plans.get', { caseId })).plan!;
  const change = (i: number) => ok('plans.save', { caseId, plan: { ...plan, toolReference: `bench ${i}` } });
  const throughCore = new Map<DashboardKey, Stats>();
  for (const key of dashboardKeys)
    throughCore.set(
      key,
      await timeAfter(CHANGED_RUNS, change, () => ok('dashboards.get', { dashboard: key })),
    );
  const pool = await ok<Coordinator[]>('coordinators.list', {});
  core.close();

  const today = todayIso(new Date());
  // As core reads them with the default rules: open cases of children from 15 (participation age)
  // to 18, which holds those turning 18 within six months; a few days' margin either side.
  const values = {
    today,
    from: addDays(addMonths(today, -12), 1),
    to: today,
    bornFrom: addDays(addYears(today, -18), -3),
    bornTo: addDays(addYears(today, -15), 3),
    untrained: JSON.stringify(
      pool
        .filter((c) => c.active && c.training.state !== 'trained' && c.training.state !== 'expiresSoon')
        .map((c) => c.id),
    ),
  };
  const { encrypted, plain } = await openDirect(dir, login);
  const direct = new Map<DashboardKey, { encrypted: Stats; plain: Stats; rows: number }>();
  const slow: [DashboardKey, string, number][] = [];
  try {
    for (const key of dashboardKeys) {
      const run = (db: typeof encrypted) => {
        // Compiled once, as core's statement cache does.
        const statements = DASHBOARD_SQL[key].map((sql) => ({
          statement: db.prepare(sql),
          params: paramsFor(sql, values),
        }));
        return () => statements.reduce((n, s) => n + s.statement.all(s.params).length, 0);
      };
      const onEncrypted = run(encrypted);
      const onPlain = run(plain);
      const [onEncryptedStats, onPlainStats] = alternating(RUNS, onEncrypted, onPlain);
      direct.set(key, { encrypted: onEncryptedStats, plain: onPlainStats, rows: onEncrypted() });
      // Where the SQL's time goes: each statement on its own (encrypted), the slow ones named.
      for (const sql of DASHBOARD_SQL[key]) {
        const statement = encrypted.prepare(sql);
        const params = paramsFor(sql, values);
        const t = await time(50, () => statement.all(params));
        if (t.median >= 0.5) slow.push([key, sql.replace(/\s+/g, ' ').trim().slice(0, 90), t.median]);
      }
    }
  } finally {
    encrypted.close();
    plain.close();
  }

  printRows(
    `Dashboards: ${CASES} cases, ${COORDINATORS} coordinators, ${AUDIT_ROWS} audit rows (target p95 < 10 ms)`,
    dashboardKeys.flatMap((key) => {
      const d = direct.get(key)!;
      return [
        [`dashboards.get ${key}, through core, after a change to a case`, throughCore.get(key)!],
        ['  the same, nothing changed since (kept by core)', kept.get(key)!],
        [
          `  its SQL direct, encrypted (${DASHBOARD_SQL[key].length} statements, ${d.rows} rows)`,
          d.encrypted,
        ],
        ['  its SQL direct, unencrypted copy', d.plain],
      ] as const;
    }),
  );
  if (slow.length) {
    console.log('\n  statements of 0.5 ms or more (median, encrypted, direct):');
    for (const [key, sql, t] of slow) console.log(`    ${key.padEnd(12)} ${ms(t).padStart(10)}  ${sql}`);
  }
  console.log('\n  first call after login (fills what core keeps between calls):');
  for (const [key, t] of first) console.log(`    ${key.padEnd(12)} ${ms(t).padStart(10)}`);
  console.log(
    '\n  after a change  p95 < 10 ms   core / direct SQL (<= 3x)   encrypted / unencrypted (<= 1.5x)',
  );
  for (const key of dashboardKeys) {
    const c = throughCore.get(key)!;
    const d = direct.get(key)!;
    const mark = (met: boolean) => (met ? 'met' : 'MISSED');
    console.log(
      `  ${key.padEnd(14)}  ${mark(c.p95 < 10).padEnd(12)}  ${`${ratio(c.median, d.encrypted.median)} ${mark(c.median <= 3 * d.encrypted.median)}`.padEnd(26)}  ${ratio(d.encrypted.median, d.plain.median)} ${mark(d.encrypted.median <= 1.5 * d.plain.median)}`,
    );
  }
}

/**
 * Two pieces of work timed in turns, run for run, after a warm-up of each: on a machine others
 * share, a change of load then weighs on both alike, and the ratio of their medians stays fair.
 */
function alternating(runs: number, a: () => unknown, b: () => unknown): [Stats, Stats] {
  for (let i = 0; i < 20; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [work, samples] of i % 2
      ? ([
          [b, tb],
          [a, ta],
        ] as const)
      : ([
          [a, ta],
          [b, tb],
        ] as const)) {
      const start = performance.now();
      work();
      samples.push(performance.now() - start);
    }
  }
  return [stats(ta), stats(tb)];
}
