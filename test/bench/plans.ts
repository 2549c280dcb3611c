import { createCore, type DemoLogin } from '@core/index';
import type { PlanDetail, PlanList } from '@shared/api/plans';

import { printSqlNotes, sqlOf, sqlRows } from './compare';
import { printRows, time, timeAfter } from './measure';
import type { BenchRegister } from './register';
import { judge } from './targets';
import { traced } from './trace';

const DAY_MS = 86_400_000;

/**
 * Individual plans through core, on the register `generateBenchRegister` made (the demo generator
 * gives most cases with a granted IP right a plan, with goals, measures, members and meetings): the
 * list's first page, a filtered and sorted one, a name search (all three with the derived rows
 * kept from the call before), the first page after a change to one plan, after a change of rules
 * and as the first call of a day, and the page of the plan with the most meetings.
 *
 * The first call of a day moves core's clock (`now`) a day on before each run, as a register left
 * open overnight or opened the next morning sees it; the session's idle lock is set far off so the
 * jump does not lock it. It is compared with the reads it ran, replayed directly.
 */
export async function benchPlans(dir: string, login: DemoLogin, register: BenchRegister) {
  let clock = Date.now();
  const core = createCore({ dataDir: dir, now: () => new Date(clock), idleTimeoutMsOverride: 365 * DAY_MS });
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
    return r.data as T;
  };
  await ok('session.login', login);
  const first = await ok<PlanList>('plans.list', {});
  const all = await ok<PlanList>('plans.list', { limit: 500, sort: 'caseNumber' });
  // The largest of the first 100 plans by case number: most goals, measures and meetings.
  let caseId = all.rows[0]!.caseId;
  let size = -1;
  for (const row of all.rows.slice(0, 100)) {
    const d = await ok<PlanDetail>('plans.get', { caseId: row.caseId });
    const n = d.meetings.length + d.goals.reduce((s, g) => s + 1 + g.measures.length, 0);
    if (n > size) [caseId, size] = [row.caseId, n];
  }
  const detail = await ok<PlanDetail>('plans.get', { caseId });
  const rules = await ok<PlanDetail['rules']>('plans.rules', {});
  const plan = detail.plan!;

  const large = register.cases > 50_000;
  const days = large ? 7 : 20;
  const nextDay = () => {
    clock += DAY_MS;
  };
  const firstOfDay = await timeAfter(days, nextDay, () => ok('plans.list', {}));
  nextDay();
  const firstOfDayTraced = await traced(() => ok('plans.list', {}));

  const rows = [
    [
      `plans.list: first page (50 of ${first.all}), by next revision`,
      await time(large ? 30 : 100, () => ok('plans.list', {})),
    ],
    [
      'plans.list: running, with any warning, by progress desc',
      await time(large ? 30 : 100, () =>
        ok('plans.list', { status: 'running', warning: 'any', sort: 'progress', desc: true }),
      ),
    ],
    [
      'plans.list: search a name word ("demoli"), by name',
      await time(large ? 30 : 100, () => ok('plans.list', { q: 'demoli', sort: 'personName' })),
    ],
    [
      'plans.list: first page, after a change to one plan',
      await timeAfter(
        50,
        (i) => ok('plans.save', { caseId, plan: { ...plan, toolReference: `bench ${i}` } }),
        () => ok('plans.list', {}),
      ),
    ],
    [
      'plans.list: first page, every plan derived (new day or rules)',
      await timeAfter(
        large ? 5 : 20,
        (i) =>
          ok('plans.updateRules', { ...rules, revisionNoticeDays: rules.revisionNoticeDays + 1 + (i % 2) }),
        () => ok('plans.list', {}),
      ),
    ],
    [
      `plans.get (${detail.goals.length} goals, ${detail.meetings.length} meetings), audit row`,
      await time(large ? 50 : 200, () => ok('plans.get', { caseId })),
    ],
  ] as const;
  core.close();
  const sql = sqlOf(await register.direct(), firstOfDayTraced.executed, days);
  printRows(
    `Individual plans: ${first.all} plans (${first.toStart} to start), ${register.cases} cases, through core (target p95 < 20 ms)`,
    [...rows, [`plans.list: first page, first call of a day (${days} days)`, firstOfDay], ...sqlRows(sql)],
  );
  console.log(
    `  plans.list first call of a day: ${judge(register.cases, 'plansFirstOfDay', 'plans.list', firstOfDay.median)};` +
      ` core / SQL ${(firstOfDay.median / sql.encrypted.median).toFixed(2)}x;` +
      ` encrypted / unencrypted ${judge(register.cases, 'encryption', 'plans.list first of a day', sql.encrypted.median / sql.plain.median)}`,
  );
  printSqlNotes('plans.list first of a day', sql);
}
