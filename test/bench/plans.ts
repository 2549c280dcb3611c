import type { PlanDetail, PlanList } from '../../shared/api/plans';
import { createCore, type DemoLogin } from '../../electron/core';
import { CASES } from './cases';
import { printRows, time, timeAfter } from './measure';

/**
 * Individual plans through core, on the register `generateBenchRegister` made (20 000 cases; the
 * demo generator gives most cases with a granted IP right a plan, with goals, measures, members
 * and meetings): the list's first page, a filtered and sorted one, a name search (all three with
 * the derived rows kept from the call before), the first page after a change to one plan and
 * after a change that derives every plan again, and the page of the plan with the most meetings.
 */
export async function benchPlans(dir: string, login: DemoLogin) {
  const core = createCore({ dataDir: dir });
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

  const rows = [
    [
      `plans.list: first page (50 of ${first.all}), by next revision`,
      await time(100, () => ok('plans.list', {})),
    ],
    [
      'plans.list: running, with any warning, by progress desc',
      await time(100, () =>
        ok('plans.list', { status: 'running', warning: 'any', sort: 'progress', desc: true }),
      ),
    ],
    [
      'plans.list: search a name word ("demoli"), by name',
      await time(100, () => ok('plans.list', { q: 'demoli', sort: 'personName' })),
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
        20,
        (i) =>
          ok('plans.updateRules', { ...rules, revisionNoticeDays: rules.revisionNoticeDays + 1 + (i % 2) }),
        () => ok('plans.list', {}),
      ),
    ],
    [
      `plans.get (${detail.goals.length} goals, ${detail.meetings.length} meetings), audit row`,
      await time(200, () => ok('plans.get', { caseId })),
    ],
  ] as const;
  core.close();
  printRows(
    `Individual plans: ${first.all} plans (${first.toStart} to start), ${CASES} cases, through core (target p95 < 20 ms)`,
    rows,
  );
}
