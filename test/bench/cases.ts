import { createCore, createDemoRegister, type DemoLogin } from '../../electron/core';
import { printRows, time } from './measure';

export const CASES = 20_000;
export const COORDINATORS = 1_000;
export const AUDIT_ROWS = 200_000;

/**
 * The demo register every part but `pool` shares: 1 000 coordinators, 20 000 cases received over
 * two years, and 200 000 rows of audit history (a few years of a busy KE's log) before it.
 */
export async function generateBenchRegister(dir: string): Promise<DemoLogin> {
  const started = performance.now();
  const login = await createDemoRegister(dir, {
    coordinators: COORDINATORS,
    cases: CASES,
    auditRows: AUDIT_ROWS,
  });
  console.log(
    `\n(generated ${COORDINATORS} coordinators, ${CASES} cases and ${AUDIT_ROWS} audit rows in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return login;
}

/**
 * The case list's calls through core on a register of 20 000 generated cases: the first page,
 * a name search, a fødselsnummer prefix, filters and sorts, one case, the agenda and a year's
 * protocol.
 */
export async function benchCases(dir: string, login: DemoLogin) {
  const core = createCore({ dataDir: dir });
  const ok = async (channel: string, input: unknown) => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
    return r.data;
  };
  await ok('session.login', login);
  const today = new Date().toISOString().slice(0, 10);
  const rows = [
    ['cases.list: first page (100), newest first', await time(200, () => ok('cases.list', {}))],
    ['cases.list: search a name word ("demoli")', await time(200, () => ok('cases.list', { q: 'demoli' }))],
    [
      'cases.list: search two words ("kari øving")',
      await time(200, () => ok('cases.list', { q: 'kari øving' })),
    ],
    ['cases.list: fødselsnummer prefix ("0190")', await time(200, () => ok('cases.list', { q: '0190' }))],
    ['cases.list: name substring ("rømme")', await time(200, () => ok('cases.list', { q: 'rømme' }))],
    ['cases.list: two-letter search ("pr")', await time(200, () => ok('cases.list', { q: 'pr' }))],
    [
      'cases.list: case-number digits substring ("60427")',
      await time(200, () => ok('cases.list', { q: '60427' })),
    ],
    [
      'cases.list: open + barnekoordinator, sorted by name',
      await time(200, () =>
        ok('cases.list', { status: 'open', right: 'barnekoordinator', sort: 'personName', desc: false }),
      ),
    ],
    [
      'cases.list: deadline overdue, sorted by deadline',
      await time(200, () => ok('cases.list', { deadline: 'overdue', sort: 'officeDeadline', desc: false })),
    ],
    [
      'cases.list: page 150 of 200, sorted by status',
      await time(200, () => ok('cases.list', { sort: 'status', offset: 14_900 })),
    ],
    [
      'cases.list: refused koordinator decisions in force',
      await time(200, () => ok('cases.list', { outcome: 'refused', outcomeRight: 'koordinator' })),
    ],
    [
      'cases.list: open + granted (any right)',
      await time(200, () => ok('cases.list', { status: 'open', outcome: 'granted' })),
    ],
    [
      'cases.list: appeal at Statsforvalteren, sorted by name',
      await time(200, () => ok('cases.list', { appeal: 'atGovernor', sort: 'personName', desc: false })),
    ],
    [
      'cases.list: received this year',
      await time(200, () =>
        ok('cases.list', { receivedFrom: `${today.slice(0, 4)}-01-01`, receivedTo: today }),
      ),
    ],
    ['cases.get (derived overview, audit row)', await time(200, () => ok('cases.get', { id: 4_321 }))],
    ['cases.agenda (every undecided case derived)', await time(30, () => ok('cases.agenda', {}))],
    [
      'cases.protocol: one year',
      await time(30, () =>
        ok('cases.protocol', { from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, to: today }),
      ),
    ],
  ] as const;
  core.close();
  printRows(`Cases: ${CASES} cases, through core (target p95 < 20 ms)`, rows);
}
