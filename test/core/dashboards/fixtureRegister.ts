import { addServiceUnit, setUpCore, type TestCore } from '../harness';
import { builders, type Builders } from './fixtureBuilders';
import { coordinationCases, planCases } from './fixtureWork';

/**
 * A hand-checked register for the dashboards, on Tuesday 15 June 2027 with the default rules
 * (interim reply after 1 month, due soon within 7 days, age-18 warning 6 months ahead,
 * participation from 15, training notice 60 days, a granted right may wait 14 days, 2 meetings a
 * year, evaluation every 12 months, 30 days' notice). 57 cases, 9 coordinators (8 active), every
 * figure of every dashboard non-zero and every warning kind present. The expected figures, with
 * the cases behind each, are in dashboards.test.ts; helpers 2 (e2e) and 3 (reports) reuse this.
 */
export const TODAY = '2027-06-15';
export const now = () => new Date(`${TODAY}T10:00:00`);

/** The pool: who is trained, how much they may hold, where they work. */
async function pool(core: TestCore) {
  const ppt = await addServiceUnit(core, 'PPT');
  const health = await addServiceUnit(core, 'Helsestasjonen');
  const welfare = await addServiceUnit(core, 'Barnevern');
  const school = await addServiceUnit(core, 'Skolehelsetjenesten');
  const make = (name: string, serviceUnitId: number, capacity: number | null, active = true) =>
    core.ok('coordinators.create', { name, serviceUnitId, capacity, active }).then((c) => c.id);
  const k = {
    anne: await make('Anne Aas', ppt.id, 2),
    bjorn: await make('Bjørn Berg', health.id, 3),
    cecilie: await make('Cecilie Dahl', ppt.id, null),
    dag: await make('Dag Eik', health.id, 2),
    eva: await make('Eva Fjell', health.id, 4),
    frode: await make('Frode Gran', school.id, null, false),
    gro: await make('Gro Hagen', welfare.id, 10),
    hans: await make('Hans Isaksen', welfare.id, 10),
    ida: await make('Ida Juve', school.id, 5),
  };
  const { courses } = await core.ok('training.overview', {});
  const basic = courses.find((c) => c.name === 'Grunnopplæring for koordinatorer')!.id;
  const refresher = courses.find((c) => c.name === 'Oppfriskning for koordinatorer')!.id;
  const complete = (coordinatorId: number, date: string) =>
    core.ok('training.recordCompletion', { coordinatorId, courseId: basic, date });
  await complete(k.anne, '2026-01-10'); // valid to 10.01.2029: trained
  await complete(k.bjorn, '2024-07-01'); // runs out 01.07.2027, 16 days: expires soon
  await complete(k.cecilie, '2024-01-10'); // ran out 10.01.2027: expired
  await complete(k.eva, '2025-09-01');
  await complete(k.hans, '2026-02-01');
  await complete(k.ida, '2026-03-01');
  // Dag has none (never); Gro was at the autumn session.
  await core.ok('training.saveSession', { courseId: basic, date: '2026-11-01', attendeeIds: [k.gro] });
  // Six planned sessions from today on: the dashboard shows the first five.
  for (const date of ['2027-11-01', '2027-06-15', '2027-08-01', '2027-07-01', '2027-10-01', '2027-09-01'])
    await core.ok('training.saveSession', { courseId: refresher, date });
  return { units: { ppt: ppt.id, health: health.id, welfare: welfare.id, school: school.id }, k };
}

/** Interim replies, decisions waiting, appeals and the young (Frister). */
async function deadlineCases(b: Builders) {
  const c: Record<string, number> = {};
  // Waiting, no interim reply: due 03.06 and 20.05 (overdue), 18.06 (due soon), 01.07 (later).
  c.i1 = await b.open('Ingrid Frist', '2018-04-04', ['individuellPlan'], '2027-05-03');
  c.i2 = await b.open('Iver Frist', '2017-02-02', ['individuellPlan'], '2027-04-20');
  await b.step(c.i2, { kind: 'mapping', date: '2027-05-01', form: 'office' });
  c.i3 = await b.open('Ine Frist', '2019-03-03', ['individuellPlan'], '2027-05-18');
  c.i4 = await b.open('Isak Frist', '2016-05-05', ['individuellPlan'], '2027-06-01');
  // Waiting with the interim reply sent in time: pending, but no reply owed.
  c.i5 = await b.open('Ida Svar', '2018-08-08', ['individuellPlan'], '2027-05-05');
  const reply = (date: string) => ({
    kind: 'interimReply' as const,
    sentDate: date,
    reason: 'Kartlegging pågår',
    expectedDate: '2027-08-01',
  });
  await b.step(c.i5, reply('2027-05-20'));
  c.p1 = await b.open('Petter Venter', '2016-09-09', ['individuellPlan'], '2027-03-20');
  await b.step(c.p1, reply('2027-04-10'));
  c.p2 = await b.open('Pia Venter', '2015-10-10', ['individuellPlan'], '2027-01-10');
  await b.step(c.p2, reply('2027-02-01'));

  // Turns 18 on 01.07.2027; barnekoordinator granted 11.06 (appeal deadline 09.07), IP not yet
  // decided: the interim reply (due 09.07) hides behind the earlier age-18 deadline.
  c.y1 = await b.open('Yngve Atten', '2009-07-01', ['individuellPlan', 'barnekoordinator'], '2027-06-10');
  await b.decide(c.y1, 'barnekoordinator', 'granted', '2027-06-11');
  c.y2 = await b.refused('Ylva Atten', '2009-06-15', '2027-01-05', '2027-01-20'); // 18 today
  c.y3 = await b.refused('Yrja Sytten', '2009-12-16', '2027-01-05', '2027-01-20'); // 18 a day past the window
  // Turned 18 yesterday with a barnekoordinator granted and no transition: age18Passed, no coordinator.
  c.y4 = await b.granted('Yusuf Voksen', '2009-06-14', '2027-01-05', '2027-01-20', ['barnekoordinator']);
  c.y5 = await b.refused('Yasmin Lukket', '2009-10-01', '2027-01-05', '2027-01-20');
  await b.step(c.y5, { kind: 'closing', date: '2027-02-01', reason: 'needEnded' });
  c.y6 = await b.open('Yngvild Hørt', '2012-03-01', ['individuellPlan'], '2027-01-05');
  await b.step(c.y6, { kind: 'mapping', date: '2027-01-10', form: 'homeVisit', childParticipated: true });
  await b.decide(c.y6, 'individuellPlan', 'refused', '2027-01-20');
  c.y7 = await b.refused('Ylvis Femten', '2012-06-15', '2027-01-05', '2027-01-20'); // 15 today
  c.y8 = await b.refused('Yme Fjorten', '2012-06-16', '2027-01-05', '2027-01-20'); // 15 tomorrow
  c.y9 = await b.open('Yann Seksten', '2011-01-01', ['individuellPlan'], '2027-01-05');
  await b.step(c.y9, { kind: 'mapping', date: '2027-01-10', form: 'phone', childParticipated: false });
  await b.decide(c.y9, 'individuellPlan', 'refused', '2027-01-20');

  // Appeals: a deadline running (to 29.06), one awaiting re-assessment, one not forwarded, one
  // awaiting re-assessment on a case closed since, one late and at Statsforvalteren.
  c.a1 = await b.refused('Arne Klage', '1985-01-01', '2027-05-03', '2027-06-01');
  c.a2 = await b.open('Aud Klage', '1984-02-02', ['individuellPlan'], '2027-04-01');
  const d2 = await b.decide(c.a2, 'individuellPlan', 'refused', '2027-05-10');
  await b.step(c.a2, { kind: 'appeal', decisionId: d2, receivedDate: '2027-05-25' });
  c.a3 = await b.open('Asle Klage', '1983-03-03', ['individuellPlan'], '2027-03-01');
  const d3 = await b.decide(c.a3, 'individuellPlan', 'refused', '2027-03-20');
  await b.step(c.a3, {
    kind: 'appeal',
    decisionId: d3,
    receivedDate: '2027-04-05',
    reassessment: 'notUpheld',
    reassessmentDate: '2027-05-10',
  });
  c.a4 = await b.open('Astrid Lukket', '1982-04-04', ['individuellPlan'], '2027-02-01');
  const d4 = await b.decide(c.a4, 'individuellPlan', 'refused', '2027-02-20');
  await b.step(c.a4, { kind: 'appeal', decisionId: d4, receivedDate: '2027-03-10' });
  await b.step(c.a4, { kind: 'closing', date: '2027-04-01', reason: 'moved' });
  c.a5 = await b.open('Anders Statsforvalter', '1981-05-05', ['individuellPlan'], '2027-01-10');
  const d5 = await b.decide(c.a5, 'individuellPlan', 'refused', '2027-02-01');
  await b.step(c.a5, {
    kind: 'appeal',
    decisionId: d5,
    receivedDate: '2027-03-05',
    reassessment: 'notUpheld',
    reassessmentDate: '2027-03-10',
    forwardedDate: '2027-03-12',
  });

  // Unborn, due 01.06.2027 and not registered as born; refused and the family not yet told.
  c.u1 = await b.open('Ufødt Demoli', { due: '2027-06-01' }, ['individuellPlan'], '2027-02-01');
  await b.decide(c.u1, 'individuellPlan', 'refused', '2027-02-20', null);
  // Koordinator granted 25.05 (not yet told), nobody appointed: 21 days without.
  c.u2 = await b.open('Ulf Venter', '1990-01-01', ['koordinator'], '2027-05-01');
  await b.decide(c.u2, 'koordinator', 'granted', '2027-05-25', null);
  return c;
}

export async function fixtureRegister(clock: () => Date = now) {
  const { core } = await setUpCore({ now: clock, allowSyntheticIds: true, idleTimeoutMsOverride: 2 ** 40 });
  const b = builders(core);
  const { units, k } = await pool(core);
  const cases = {
    ...(await deadlineCases(b)),
    ...(await coordinationCases(b, k)),
    ...(await planCases(core, b, k)),
  };
  return { core, units, k, cases };
}

export type Fixture = Awaited<ReturnType<typeof fixtureRegister>>;
