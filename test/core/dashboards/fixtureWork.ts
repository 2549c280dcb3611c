import type { Input } from '@shared/api/index';

import type { TestCore } from '../harness';
import type { Builders } from './fixtureBuilders';

/** The coordinated cases, the changes of coordinator and the individual plans of fixtureRegister. */

type Pool = Record<'anne' | 'bjorn' | 'cecilie' | 'dag' | 'eva' | 'frode' | 'gro' | 'hans' | 'ida', number>;

/**
 * Running cases: Anne 3 (capacity 2), Bjørn 1 (3), Cecilie 2 (none set), Dag 1 + 1 planned (2),
 * Eva 4 (4), Gro 7 (10, one planned), Hans 11 + G4 planned behind Gro (10), Ida 0 (5). Changes (period 16.06.2026 to
 * 15.06.2027): X1 workload, X2 coordinatorLeft, X3 familyRequest and betterMatch, X4
 * coordinatorRequest (nobody after), X6 roleChanged, X8 other (the next starts 01.07), X9 workload;
 * X5 before the period, X7 ended by the case closing.
 */
export async function coordinationCases(b: Builders, k: Pool) {
  const c: Record<string, number> = {};
  const hold = async (coordinator: number, names: Record<string, string>) => {
    for (const [i, [key, name]] of Object.entries(names).entries())
      c[key] = await b.coordinated(name, `${2016 + i}-0${1 + i}-1${i}`, coordinator);
  };
  await hold(k.anne, { c1: 'Cato Aas', c2: 'Cora Aas', c3: 'Carl Aas' });
  await hold(k.bjorn, { c4: 'Cim Berg' });
  await hold(k.cecilie, { c5: 'Cyril Dahl', c6: 'Celine Dahl' });
  await hold(k.dag, { c7: 'Conrad Eik' });
  await hold(k.eva, { c9: 'Colin Fjell', c10: 'Cai Fjell', c11: 'Cia Fjell', c12: 'Cas Fjell' });
  await hold(k.gro, { g1: 'Gina Hagen', g2: 'Gaute Hagen', g3: 'Guro Hagen', g4: 'Glenn Hagen' });
  await hold(k.hans, { h6: 'Hedda Isaksen', h7: 'Henrik Isaksen' });
  // Gro hands G4 over to Hans on 01.07: she holds it until then, he has it in his caseload already.
  await b.change(c.g4!, '2027-07-01', 'workload', {
    coordinatorId: k.hans,
    startDate: '2027-07-01',
    family: null,
    partners: null,
  });
  // Granted 01.05 (told then), Dag appointed from 01.07: planned, he holds it in his caseload.
  c.c8 = await b.granted('Cornelia Eik', '2018-12-12', '2027-04-01', '2027-05-01');
  await b.appoint(c.c8, k.dag, '2027-07-01');

  const changed = (name: string, born: string) => b.granted(name, born, '2025-12-01', '2026-01-10');
  c.x1 = await changed('Xander En', '2016-01-01');
  await b.appoint(c.x1, k.anne, '2026-03-01');
  await b.change(c.x1, '2026-09-01', 'workload', {
    coordinatorId: k.hans,
    startDate: '2026-09-01',
    family: '2026-09-05',
    partners: null,
  });
  c.x2 = await changed('Xenia To', '2017-01-01');
  await b.appoint(c.x2, k.bjorn, '2026-02-01');
  await b.change(c.x2, '2026-10-01', 'coordinatorLeft', {
    coordinatorId: k.gro,
    startDate: '2026-10-05',
    family: null,
    partners: '2026-10-06',
  });
  c.x3 = await changed('Xavier Tre', '2018-01-01');
  await b.appoint(c.x3, k.anne, '2026-01-15');
  await b.change(c.x3, '2026-08-01', 'familyRequest', {
    coordinatorId: k.cecilie,
    startDate: '2026-08-10',
    family: '2026-08-10',
    partners: '2026-08-10',
  });
  await b.change(c.x3, '2027-02-01', 'betterMatch', {
    coordinatorId: k.hans,
    startDate: '2027-02-01',
    family: '2027-02-01',
    partners: '2027-02-01',
  });
  c.x4 = await changed('Xena Fire', '2019-01-01');
  await b.appoint(c.x4, k.bjorn, '2026-05-01');
  await b.end(c.x4, '2027-05-01', 'coordinatorRequest');
  c.x5 = await b.granted('Xerxes Fem', '1980-05-05', '2025-05-01', '2025-05-20');
  await b.appoint(c.x5, k.anne, '2025-06-01');
  await b.change(c.x5, '2026-05-01', 'other', {
    coordinatorId: k.gro,
    startDate: '2026-05-01',
    family: '2026-05-01',
    partners: '2026-05-01',
  });
  c.x6 = await changed('Xiomara Seks', '2016-06-06');
  await b.appoint(c.x6, k.bjorn, '2026-02-01');
  await b.change(c.x6, '2027-03-01', 'roleChanged', {
    coordinatorId: k.hans,
    startDate: '2027-03-20',
    family: '2027-03-20',
    partners: '2027-03-25',
  });
  c.x7 = await changed('Xylia Sju', '2017-07-07');
  await b.appoint(c.x7, k.anne, '2026-02-01');
  await b.step(c.x7, { kind: 'closing', date: '2027-04-01', reason: 'moved' });
  c.x8 = await changed('Xaver Åtte', '2018-08-08');
  await b.appoint(c.x8, k.bjorn, '2026-03-01');
  await b.change(c.x8, '2027-06-01', 'other', {
    coordinatorId: k.gro,
    startDate: '2027-07-01',
    family: null,
    partners: null,
  });
  c.x9 = await changed('Xia Ni', '2019-09-09');
  await b.appoint(c.x9, k.bjorn, '2026-04-01');
  await b.change(c.x9, '2027-01-10', 'workload', {
    coordinatorId: k.hans,
    startDate: '2027-01-10',
    family: '2027-01-10',
    partners: '2027-01-12',
  });
  return c;
}

type Goal = Input<'plans.saveGoal'>['goal'];

/**
 * Plans: H1 active (an overdue measure, information-sharing consent expired), H2 due for
 * evaluation (evaluation overdue, one meeting of two, plan consent withdrawn), H3 due for
 * evaluation (revision overdue, no consents), H4 closed, H5 not wanted; Q1 not started and Q2 in
 * progress, both on cases with only the IP right (no coordinator). Goals achieved 01.03.2027
 * (H1), 01.07.2026 (H2), 01.02.2027 (H4), and 10.06.2026 (H3, before the period).
 */
export async function planCases(core: TestCore, b: Builders, k: Pool) {
  const c: Record<string, number> = {};
  const withPlan = async (name: string, born: string) => {
    const id = await b.granted(name, born, '2025-11-01', '2025-12-01', ['individuellPlan', 'koordinator']);
    await b.appoint(id, k.hans, '2025-12-15');
    return id;
  };
  const save = (caseId: number, plan: Input<'plans.save'>['plan']) => core.ok('plans.save', { caseId, plan });
  const goal = (caseId: number, g: Goal) => core.ok('plans.saveGoal', { caseId, goal: g });
  const meeting = (caseId: number, date: string, kind: 'start' | 'responsibilityGroup') =>
    core.ok('plans.saveMeeting', { caseId, meeting: { date, kind } });
  const consent = (caseId: number, type: 'plan' | 'informationSharing', date: string, more = {}) =>
    b.step(caseId, { kind: 'consent', type, givenBy: 'guardian', date, ...more });

  c.h1 = await withPlan('Hilde Plan', '2016-03-03');
  await save(c.h1, {
    wanted: true,
    tool: 'sampro',
    periodStart: '2026-09-01',
    nextRevisionDate: '2027-12-01',
  });
  await goal(c.h1, {
    text: 'Sykle til skolen',
    area: 'kindergartenSchool',
    status: 'achieved',
    achievedDate: '2027-03-01',
  });
  const h1 = await goal(c.h1, {
    text: 'Delta i fritid',
    area: 'leisure',
    status: 'inProgress',
    targetDate: '2027-09-01',
  });
  await core.ok('plans.saveMeasure', {
    caseId: c.h1,
    goalId: h1.goals.at(-1)!.id,
    measure: { text: 'Støttekontakt', status: 'planned', dueDate: '2027-05-01' },
  });
  await meeting(c.h1, '2026-10-01', 'start');
  await meeting(c.h1, '2027-03-01', 'responsibilityGroup');
  await consent(c.h1, 'plan', '2026-09-01');
  await consent(c.h1, 'informationSharing', '2026-09-01', { validUntil: '2027-01-01' });

  c.h2 = await withPlan('Herman Plan', '2017-04-04');
  await save(c.h2, {
    wanted: true,
    tool: 'paper',
    periodStart: '2026-01-01',
    nextRevisionDate: '2027-07-01',
  });
  await goal(c.h2, {
    text: 'Mestre lekser',
    area: 'kindergartenSchool',
    status: 'achieved',
    achievedDate: '2026-07-01',
  });
  await goal(c.h2, { text: 'Sove bedre', area: 'health', status: 'notStarted', targetDate: '2027-08-01' });
  await goal(c.h2, { text: 'Venner', area: 'leisure', status: 'inProgress' });
  await goal(c.h2, { text: 'Svømme', area: 'leisure', status: 'discontinued' });
  await meeting(c.h2, '2027-01-15', 'responsibilityGroup');
  await consent(c.h2, 'plan', '2026-01-01', { withdrawnDate: '2027-03-01' });
  await consent(c.h2, 'informationSharing', '2026-01-01');

  c.h3 = await withPlan('Hedvig Plan', '2018-05-05');
  await save(c.h3, {
    wanted: true,
    tool: 'samspill',
    periodStart: '2026-10-01',
    nextRevisionDate: '2027-06-01',
  });
  await goal(c.h3, {
    text: 'Gå alene til bussen',
    area: 'dailyLiving',
    status: 'achieved',
    achievedDate: '2026-06-10',
  });
  await meeting(c.h3, '2027-05-01', 'start');

  c.h4 = await withPlan('Halvor Plan', '2019-06-06');
  await save(c.h4, { wanted: true, tool: 'paper', periodStart: '2026-02-01' });
  await goal(c.h4, {
    text: 'Lære å svømme',
    area: 'leisure',
    status: 'achieved',
    achievedDate: '2027-02-01',
  });
  await goal(c.h4, { text: 'Mer tid ute', area: 'health', status: 'inProgress' });
  await save(c.h4, { wanted: true, tool: 'paper', periodStart: '2026-02-01', closedDate: '2027-03-01' });

  c.h5 = await withPlan('Hanne Plan', '2020-07-07');
  await save(c.h5, { wanted: false });

  const ipOnly = (name: string, born: string) =>
    b.granted(name, born, '2025-11-01', '2025-12-01', ['individuellPlan']);
  c.q1 = await ipOnly('Quentin Plan', '2015-08-08');
  await save(c.q1, { wanted: true });
  c.q2 = await ipOnly('Quinn Plan', '2016-09-09');
  await save(c.q2, { wanted: true, tool: 'paper' });
  await goal(c.q2, { text: 'Trives i barnehagen', area: 'kindergartenSchool', status: 'notStarted' });
  return c;
}
