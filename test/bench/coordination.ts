import { createCore, type DemoLogin } from '@core/index';
import type { Candidate } from '@shared/api/appointments';
import type { CaseDetail } from '@shared/api/cases';
import type { Coordinator, CoordinatorDetail } from '@shared/api/coordinators';

import { printRows, time } from './measure';
import type { BenchRegister } from './register';

/**
 * Coordinators at work through core, on the register `generateBenchRegister` made (one
 * coordinator to 20 cases, the cases with their appointments, training and guidance): the pool list with
 * every caseload and training status, the page of the coordinator holding most cases, the picker
 * on a granted case, and a case with its coordination overview.
 */
export async function benchCoordination(dir: string, login: DemoLogin, register: BenchRegister) {
  const core = createCore({ dataDir: dir });
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
    return r.data as T;
  };
  await ok('session.login', login);
  const pool = await ok<Coordinator[]>('coordinators.list', {});
  const busiest = pool.reduce((a, b) => (b.caseload > a.caseload ? b : a));
  const page = await ok<CoordinatorDetail>('coordinators.get', { id: busiest.id });
  // A case the busiest coordinator holds now, one with a change of coordinator if there is one.
  const held = page.cases.filter((c) => c.running).map((c) => c.caseId);
  let caseId = held[0]!;
  for (const id of held) {
    const detail = await ok<CaseDetail>('cases.get', { id });
    if (detail.coordination.history.length >= 2) {
      caseId = id;
      break;
    }
  }
  const detail = await ok<CaseDetail>('cases.get', { id: caseId });
  const candidates = await ok<Candidate[]>('appointments.candidates', { caseId });
  const appointments = pool.reduce((n, c) => n + c.caseload, 0);

  // At 100 000 cases the pool's calls take a few hundred milliseconds each.
  const runs = register.cases > 50_000 ? 30 : 200;
  const rows = [
    [
      `coordinators.list (${pool.length}, caseload and training status)`,
      await time(runs, () => ok('coordinators.list', {})),
    ],
    [
      `coordinators.get: ${page.cases.length} cases (${busiest.caseload} held), audit row`,
      await time(runs, () => ok('coordinators.get', { id: busiest.id })),
    ],
    [
      `appointments.candidates on a granted case (${candidates.length})`,
      await time(runs, () => ok('appointments.candidates', { caseId })),
    ],
    [
      `cases.get with coordination (${detail.coordination.history.length} appointments)`,
      await time(runs, () => ok('cases.get', { id: caseId })),
    ],
  ] as const;
  core.close();
  printRows(
    `Coordinators at work: ${pool.length} coordinators, ${register.cases} cases, ${appointments} held now, through core (target p95 < 20 ms)`,
    rows,
  );
}
