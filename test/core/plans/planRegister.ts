import { expect } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { NewCaseInput } from '@shared/api/cases';
import type { Right } from '@shared/domain/case';

import { withRawDb, addServiceUnit, setUpCore, type TestCore } from '../harness';

export const now = () => new Date('2027-03-01T10:00:00');

const application = (name: string, birthDate: string, rights: Right[]): NewCaseInput => ({
  receivedDate: '2027-01-04',
  channel: 'oral',
  appliedBy: 'guardian',
  rightsRequested: rights,
  person: { name, nationalId: nationalIdFor(birthDate, { synthetic: true }) },
});

export async function grant(core: TestCore, caseId: number, right: Right, decisionDate: string) {
  await core.ok('cases.recordStep', {
    caseId,
    step: { kind: 'decision', right, outcome: 'granted', decisionDate, notifiedDate: decisionDate },
  });
}

/**
 * A register on 1 March 2027 with two service units (PPT, Helsestasjonen) and a coordinator:
 * - Jonas, case A: IP and barnekoordinator granted 20 January, Kari appointed from 1 February; no plan.
 * - Emma, case B: IP asked for, not decided yet.
 * - Nora, case D: IP granted 1 February; a plan from 1 February with a goal (with a measure), a
 *   member and a meeting: ids that belong to another case's plan.
 * - Liv, case C: IP granted 20 January, a plan started with a member, a goal with a measure and a
 *   meeting, then the case closed 20 February.
 */
export async function planRegister(clock: () => Date = now) {
  // A test that moves the clock by months must not find the register locked for idleness.
  const { core } = await setUpCore({ now: clock, allowSyntheticIds: true, idleTimeoutMsOverride: 2 ** 40 });
  const ppt = await addServiceUnit(core, 'PPT');
  const health = await addServiceUnit(core, 'Helsestasjonen');
  const kari = await core.ok('coordinators.create', { name: 'Kari Lie', serviceUnitId: ppt.id });

  const a = (
    await core.ok(
      'cases.create',
      application('Jonas Demoli', '2015-08-30', ['individuellPlan', 'barnekoordinator']),
    )
  ).record;
  await grant(core, a.id, 'individuellPlan', '2027-01-20');
  await grant(core, a.id, 'barnekoordinator', '2027-01-20');
  await core.ok('appointments.appoint', {
    caseId: a.id,
    coordinatorId: kari.id,
    role: 'barnekoordinator',
    startDate: '2027-02-01',
    familyWish: 'followed',
  });

  const b = (await core.ok('cases.create', application('Emma Demoli', '2016-04-12', ['individuellPlan'])))
    .record;

  const d = (await core.ok('cases.create', application('Nora Demoli', '2014-02-02', ['individuellPlan'])))
    .record;
  await grant(core, d.id, 'individuellPlan', '2027-02-01');
  await core.ok('plans.save', { caseId: d.id, plan: { wanted: true, periodStart: '2027-02-01' } });
  const dGoal = await core.ok('plans.saveGoal', {
    caseId: d.id,
    goal: { text: 'Gå på skolen hver dag', area: 'kindergartenSchool', status: 'inProgress' },
  });
  const goalD = dGoal.goals[0]!.id;
  const dMeasure = await core.ok('plans.saveMeasure', {
    caseId: d.id,
    goalId: goalD,
    measure: { text: 'Skyss', serviceUnitId: ppt.id, status: 'planned' },
  });
  const dMember = await core.ok('plans.saveMember', {
    caseId: d.id,
    member: { kind: 'family', name: 'Mor Demoli', role: 'mor' },
  });
  const memberD = dMember.members[0]!.id;
  const dMeeting = await core.ok('plans.saveMeeting', {
    caseId: d.id,
    meeting: { date: '2027-02-10', kind: 'start', participantIds: [memberD] },
  });

  const c = (await core.ok('cases.create', application('Liv Demoli', '2017-11-03', ['individuellPlan'])))
    .record;
  await grant(core, c.id, 'individuellPlan', '2027-01-20');
  await core.ok('plans.save', { caseId: c.id, plan: { wanted: true, periodStart: '2027-01-25' } });
  const cMember = await core.ok('plans.saveMember', {
    caseId: c.id,
    member: { kind: 'service', name: 'Per Lærer', role: 'kontaktlærer', serviceUnitId: ppt.id },
  });
  const cGoal = await core.ok('plans.saveGoal', {
    caseId: c.id,
    goal: { text: 'Trives', area: 'leisure', status: 'notStarted' },
  });
  const cMeasure = await core.ok('plans.saveMeasure', {
    caseId: c.id,
    goalId: cGoal.goals[0]!.id,
    measure: { text: 'Fritidskontakt', serviceUnitId: health.id, status: 'planned' },
  });
  const cMeeting = await core.ok('plans.saveMeeting', {
    caseId: c.id,
    meeting: { date: '2027-02-05', kind: 'start', participantIds: [cMember.members[0]!.id] },
  });
  await core.ok('cases.recordStep', {
    caseId: c.id,
    step: { kind: 'closing', date: '2027-02-20', reason: 'moved' },
  });

  const ids = {
    a: a.id,
    b: b.id,
    c: c.id,
    d: d.id,
    ppt: ppt.id,
    health: health.id,
    kari: kari.id,
    goalD,
    measureD: dMeasure.goals[0]!.measures[0]!.id,
    memberD,
    meetingD: dMeeting.meetings[0]!.id,
    goalC: cGoal.goals[0]!.id,
    memberC: cMember.members[0]!.id,
    measureC: cMeasure.goals[0]!.measures[0]!.id,
    meetingC: cMeeting.meetings[0]!.id,
  };
  return { core, ids };
}

export type Ids = Awaited<ReturnType<typeof planRegister>>['ids'];

const PLAN_TABLES = [
  'plans',
  'plan_points',
  'plan_goals',
  'plan_measures',
  'plan_members',
  'plan_meetings',
  'plan_meeting_participants',
] as const;

/** Every plan table's rows, in full, and the number of audit rows: "nothing written" in one value. */
export async function planFingerprint(core: TestCore): Promise<string> {
  return withRawDb(core.dataDir, (db) =>
    JSON.stringify([
      ...PLAN_TABLES.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()),
      // Core's timer takes the day's backup (logged) whenever it gets a turn: on a loaded machine
      // that can fall inside the call under test, and it writes nothing of the plan's.
      db.prepare("SELECT count(*) AS n FROM audit WHERE action <> 'backup'").get(),
    ]),
  );
}

/** Runs the call and fails if it wrote anything to the plan tables or the log. */
export async function expectNothingWritten(core: TestCore, call: () => Promise<unknown>) {
  const before = await planFingerprint(core);
  await call();
  expect(await planFingerprint(core)).toBe(before);
}
