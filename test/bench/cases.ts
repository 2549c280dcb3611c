import { createCore, type DemoLogin } from '@core/index';
import type { AgendaRow, CaseList } from '@shared/api/cases';

import { printSqlNotes, sqlOf, sqlRows, type SqlFigures } from './compare';
import { printRows, time, type Stats } from './measure';
import type { BenchRegister } from './register';
import { judge } from './targets';
import { traced } from './trace';

/** The size the parts that run at one size only (the Chromium ones, report, safekeeping) name. */
export const CASES = 20_000;
export const COORDINATORS = 1_000;
export const AUDIT_ROWS = 200_000;

/**
 * The case list's calls through core on the generated register: the first page, filters and sorts,
 * one case, a year's protocol, and what issue 17 sets targets for: the searches (name words, one-
 * and two-letter words, digits, a case number) and the agenda, each beside its own SQL run
 * directly (the reads core ran for it, traced and replayed; test/bench/trace.ts).
 */
export async function benchCases(dir: string, login: DemoLogin, register: BenchRegister) {
  const core = createCore({ dataDir: dir });
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
    return r.data as T;
  };
  await ok('session.login', login);
  const today = new Date().toISOString().slice(0, 10);
  const { cases } = register;
  const runs = cases > 50_000 ? 50 : 200;
  const first = await ok<CaseList>('cases.list', {});
  // A case number and its digits from the middle of the register, so each size has a hit.
  const middleRow = (
    await ok<CaseList>('cases.list', { sort: 'caseNumber', offset: Math.floor(cases / 2), limit: 1 })
  ).rows[0]!;
  const middle = middleRow.caseNumber;
  const searches = [
    ['a name word', 'demoli'],
    ['two words', 'kari øving'],
    ['name substring', 'rømme'],
    ['two-letter word', 'pr'],
    ['one-letter word', 'o'],
    ['fødselsnummer prefix', '0190'],
    ['case-number digits', middle.replace('-', '').slice(-5)],
    ['a whole case number', middle],
  ] as const;

  const direct = await register.direct();
  const compared: [string, Stats, SqlFigures][] = [];
  for (const [what, q] of searches) {
    const call = () => ok<CaseList>('cases.list', { q });
    const throughCore = await time(runs, call);
    const { result, executed } = await traced(call);
    compared.push([
      `cases.list: ${what} ("${q}", ${result.total} found)`,
      throughCore,
      sqlOf(direct, executed, runs),
    ]);
  }
  const agendaRuns = cases > 50_000 ? 7 : 30;
  const agendaCall = () => ok<AgendaRow[]>('cases.agenda', {});
  const agenda = await time(agendaRuns, agendaCall);
  const agendaTraced = await traced(agendaCall);
  compared.push([
    `cases.agenda (${agendaTraced.result.length} undecided cases)`,
    agenda,
    sqlOf(direct, agendaTraced.executed, agendaRuns),
  ]);

  const rows = [
    [
      `cases.list: first page (100 of ${first.all}), newest first`,
      await time(runs, () => ok('cases.list', {})),
    ],
    [
      'cases.list: open + barnekoordinator, sorted by name',
      await time(runs, () =>
        ok('cases.list', { status: 'open', right: 'barnekoordinator', sort: 'personName', desc: false }),
      ),
    ],
    [
      'cases.list: deadline overdue, sorted by deadline',
      await time(runs, () => ok('cases.list', { deadline: 'overdue', sort: 'officeDeadline', desc: false })),
    ],
    [
      'cases.list: a page three quarters in, sorted by status',
      await time(runs, () =>
        ok('cases.list', { sort: 'status', offset: Math.floor((cases * 0.75) / 100) * 100 }),
      ),
    ],
    [
      'cases.list: refused koordinator decisions in force',
      await time(runs, () => ok('cases.list', { outcome: 'refused', outcomeRight: 'koordinator' })),
    ],
    [
      'cases.list: open + granted (any right)',
      await time(runs, () => ok('cases.list', { status: 'open', outcome: 'granted' })),
    ],
    [
      'cases.list: appeal at Statsforvalteren, sorted by name',
      await time(runs, () => ok('cases.list', { appeal: 'atGovernor', sort: 'personName', desc: false })),
    ],
    [
      'cases.list: received this year',
      await time(runs, () =>
        ok('cases.list', { receivedFrom: `${today.slice(0, 4)}-01-01`, receivedTo: today }),
      ),
    ],
    [
      'cases.get (derived overview, audit row)',
      await time(runs, () => ok('cases.get', { id: middleRow.id })),
    ],
    [
      'cases.protocol: one year',
      await time(cases > 50_000 ? 5 : 30, () =>
        ok('cases.protocol', { from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, to: today }),
      ),
    ],
  ] as const;
  core.close();

  printRows(
    `Cases: ${cases} cases, searches and the agenda through core, each beside its SQL direct`,
    compared.flatMap(([what, c, sql]) => [[what, c] as const, ...sqlRows(sql)]),
  );
  for (const [what, c, sql] of compared) {
    const isAgenda = what.startsWith('cases.agenda');
    const figure = isAgenda ? 'cases.agenda' : what.slice('cases.list: '.length).replace(/ \(.*/, '');
    console.log(
      `  ${figure}: ${isAgenda ? judge(cases, 'agenda', figure, c.median) : judge(cases, 'search', figure, c.p95)};` +
        ` core / SQL ${(c.median / sql.encrypted.median).toFixed(2)}x;` +
        ` encrypted / unencrypted ${judge(cases, 'encryption', figure, sql.encrypted.median / sql.plain.median)}`,
    );
    printSqlNotes(figure, sql);
  }
  printRows(`Cases: ${cases} cases, the other calls through core (target p95 < 20 ms)`, rows);
}
