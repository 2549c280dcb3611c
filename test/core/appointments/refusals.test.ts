import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { ChannelName } from '@shared/api';
import type { AppointInput, ChangeInput, CorrectInput } from '@shared/api/appointments';
import type { NewCaseInput } from '@shared/api/cases';
import type { Right } from '@shared/domain/case';

import { ADMIN, addServiceUnit, setUpCore, type TestCore } from '../harness';

const now = () => new Date('2027-03-01T10:00:00');

const applicationFor = (
  name: string,
  birthDate: string,
  right: Right = 'barnekoordinator',
): NewCaseInput => ({
  receivedDate: '2027-01-04',
  channel: 'oral',
  appliedBy: 'guardian',
  rightsRequested: [right],
  person: { name, nationalId: nationalIdFor(birthDate, { synthetic: true }) },
});

async function decide(core: TestCore, caseId: number, right: Right, decisionDate: string) {
  await core.ok('cases.recordStep', {
    caseId,
    step: { kind: 'decision', right, outcome: 'granted', decisionDate, notifiedDate: decisionDate },
  });
}

/**
 * A register on 1 March 2027:
 * - Jonas, case A: barnekoordinator granted 20 January, Kari appointed from 1 February (running);
 *   Jonas's second case B: koordinator granted 10 February, nobody appointed.
 * - Emma, case C: barnekoordinator granted 15 February, Ola appointed 15 February, ended 20 February.
 * - Liv, case D: barnekoordinator granted 20 January, Siri appointed 25 January; closed 20 February.
 * - Per: a coordinator no longer active.
 */
async function register() {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  const unit = await addServiceUnit(core, 'PPT');
  const coordinator = (name: string) => core.ok('coordinators.create', { name, serviceUnitId: unit.id });
  const kari = await coordinator('Kari Lie');
  const ola = await coordinator('Ola Dahl');
  const siri = await coordinator('Siri Berg');
  const per = await coordinator('Per Holm');
  await core.ok('coordinators.update', { ...per, active: false });

  const a = (await core.ok('cases.create', applicationFor('Jonas Demoli', '2015-08-30'))).record;
  await decide(core, a.id, 'barnekoordinator', '2027-01-20');
  const onA = await core.ok('appointments.appoint', {
    caseId: a.id,
    coordinatorId: kari.id,
    role: 'barnekoordinator',
    startDate: '2027-02-01',
    familyWish: 'followed',
    familyNotifiedDate: '2027-02-01',
  });
  const b = (
    await core.ok('cases.create', {
      receivedDate: '2027-02-01',
      channel: 'serviceReport',
      appliedBy: 'service',
      rightsRequested: ['koordinator'],
      personId: a.personId,
    })
  ).record;
  await decide(core, b.id, 'koordinator', '2027-02-10');

  const c = (await core.ok('cases.create', applicationFor('Emma Demoli', '2016-04-12'))).record;
  await decide(core, c.id, 'barnekoordinator', '2027-02-15');
  const onC = await core.ok('appointments.appoint', {
    caseId: c.id,
    coordinatorId: ola.id,
    role: 'barnekoordinator',
    startDate: '2027-02-15',
    familyWish: 'noWish',
  });
  await core.ok('appointments.end', {
    caseId: c.id,
    appointmentId: onC.coordination.current!.id,
    endDate: '2027-02-20',
    endReason: 'workload',
  });

  const d = (await core.ok('cases.create', applicationFor('Liv Demoli', '2017-11-03'))).record;
  await decide(core, d.id, 'barnekoordinator', '2027-01-20');
  const onD = await core.ok('appointments.appoint', {
    caseId: d.id,
    coordinatorId: siri.id,
    role: 'barnekoordinator',
    startDate: '2027-01-25',
    familyWish: 'followed',
  });
  await core.ok('cases.recordStep', {
    caseId: d.id,
    step: { kind: 'closing', date: '2027-02-20', reason: 'moved' },
  });

  const ids = {
    a: a.id,
    b: b.id,
    c: c.id,
    d: d.id,
    kari: kari.id,
    ola: ola.id,
    siri: siri.id,
    per: per.id,
    onA: onA.coordination.current!.id,
    onC: onC.coordination.current!.id,
    onD: onD.coordination.current!.id,
  };
  return { core, ids };
}

type Ids = Awaited<ReturnType<typeof register>>['ids'];

/** What the register holds about the cases (with their coordination) and the pool, and the log's length. */
async function fingerprint(core: TestCore, ids: Ids) {
  const audit = await core.ok('audit.list', { limit: 1 });
  const cases = [];
  for (const id of [ids.a, ids.b, ids.c, ids.d]) cases.push(await core.ok('cases.get', { id }));
  const data = JSON.stringify([cases, await core.ok('coordinators.list', {})]);
  return { data, auditRows: audit.total };
}

/** Fails if the call writes anything: data or log (the fingerprint's own reads are logged too). */
async function expectNothingWritten(core: TestCore, ids: Ids, call: () => Promise<unknown>) {
  const first = await fingerprint(core, ids);
  const second = await fingerprint(core, ids);
  const ownRows = second.auditRows - first.auditRows;
  expect(ownRows).toBeGreaterThan(0);
  await call();
  const after = await fingerprint(core, ids);
  expect(after.data).toBe(second.data);
  expect(after.auditRows - second.auditRows).toBe(ownRows);
}

const appointInput = (
  caseId: number,
  coordinatorId: number,
  more: Partial<AppointInput> = {},
): AppointInput => ({
  caseId,
  coordinatorId,
  role: 'barnekoordinator',
  startDate: '2027-02-22',
  familyWish: 'noWish',
  ...more,
});

const changeInput = (
  ids: Ids,
  more: Partial<ChangeInput> = {},
  next: Partial<ChangeInput['next']> = {},
): ChangeInput => ({
  caseId: ids.a,
  appointmentId: ids.onA,
  endDate: '2027-02-20',
  endReason: 'coordinatorLeft',
  next: {
    coordinatorId: ids.ola,
    role: 'barnekoordinator',
    startDate: '2027-02-20',
    familyWish: 'noWish',
    ...next,
  },
  ...more,
});

const correctInput = (ids: Ids, more: Partial<CorrectInput> = {}): CorrectInput => ({
  caseId: ids.a,
  appointmentId: ids.onA,
  role: 'barnekoordinator',
  startDate: '2027-02-01',
  familyWish: 'followed',
  familyNotifiedDate: '2027-02-01',
  ...more,
});

type Refusal = [ChannelName, string, (ids: Ids) => unknown, string, Record<string, string>?];

const personHasCoordinator = { startDate: 'validation.personHasCoordinator' };

const refusals: Refusal[] = [
  // ---- One coordinator per person at a time ----
  [
    'appointments.appoint',
    'a second coordinator for the same person on the same case',
    (ids) => appointInput(ids.a, ids.ola),
    'VALIDATION',
    personHasCoordinator,
  ],
  [
    'appointments.appoint',
    'a coordinator on another case of a person who has one on their first case',
    (ids) => appointInput(ids.b, ids.ola, { role: 'koordinator' }),
    'VALIDATION',
    personHasCoordinator,
  ],
  [
    'appointments.appoint',
    'the same coordinator twice for the same person',
    (ids) => appointInput(ids.b, ids.kari, { role: 'koordinator' }),
    'VALIDATION',
    personHasCoordinator,
  ],
  [
    'appointments.appoint',
    'a coordinator on another case planned to start later, overlapping the running one',
    (ids) => appointInput(ids.b, ids.ola, { role: 'koordinator', startDate: '2027-06-01' }),
    'VALIDATION',
    personHasCoordinator,
  ],

  // ---- Dates in order ----
  [
    'appointments.appoint',
    'a start the day before the decision',
    (ids) => appointInput(ids.c, ids.ola, { startDate: '2027-02-14' }),
    'VALIDATION',
    { startDate: 'validation.appointmentBeforeDecision' },
  ],
  [
    'appointments.end',
    'an end before the start',
    (ids) => ({ caseId: ids.a, appointmentId: ids.onA, endDate: '2027-01-31', endReason: 'other' }),
    'VALIDATION',
    { endDate: 'validation.endBeforeStart' },
  ],
  [
    'appointments.change',
    'an end before the start',
    (ids) => changeInput(ids, { endDate: '2027-01-31' }),
    'VALIDATION',
    { endDate: 'validation.endBeforeStart' },
  ],
  [
    'appointments.correct',
    'an end before the start',
    (ids) => correctInput(ids, { endDate: '2027-01-31', endReason: 'other' }),
    'VALIDATION',
    { endDate: 'validation.endBeforeStart' },
  ],
  [
    'appointments.correct',
    'a start moved before the decision',
    (ids) => correctInput(ids, { startDate: '2027-01-19' }),
    'VALIDATION',
    { startDate: 'validation.appointmentBeforeDecision' },
  ],
  [
    'appointments.change',
    'a next start before the end',
    (ids) => changeInput(ids, {}, { startDate: '2027-02-19' }),
    'VALIDATION',
    { 'next.startDate': 'validation.startBeforeEnd' },
  ],

  // ---- The coordinator chosen ----
  [
    'appointments.appoint',
    'a coordinator who is no longer active',
    (ids) => appointInput(ids.c, ids.per),
    'VALIDATION',
    { coordinatorId: 'validation.coordinatorInactive' },
  ],
  [
    'appointments.change',
    'a coordinator who is no longer active as the next',
    (ids) => changeInput(ids, {}, { coordinatorId: ids.per }),
    'VALIDATION',
    { 'next.coordinatorId': 'validation.coordinatorInactive' },
  ],
  [
    'appointments.appoint',
    'a coordinator not in the pool',
    (ids) => appointInput(ids.c, 999),
    'VALIDATION',
    { coordinatorId: 'validation.coordinatorUnknown' },
  ],
  [
    'appointments.change',
    'a coordinator not in the pool as the next',
    (ids) => changeInput(ids, {}, { coordinatorId: 999 }),
    'VALIDATION',
    { 'next.coordinatorId': 'validation.coordinatorUnknown' },
  ],
  [
    'appointments.appoint',
    'no coordinator at all',
    (ids) => appointInput(ids.c, 0),
    'VALIDATION',
    { coordinatorId: 'validation.coordinatorRequired' },
  ],

  // ---- The role ----
  [
    'appointments.appoint',
    'a koordinator on a barnekoordinator case',
    (ids) => appointInput(ids.c, ids.ola, { role: 'koordinator' }),
    'VALIDATION',
    { role: 'validation.roleNotGranted' },
  ],
  [
    'appointments.change',
    'a next koordinator on a barnekoordinator case',
    (ids) => changeInput(ids, {}, { role: 'koordinator' }),
    'VALIDATION',
    { 'next.role': 'validation.roleNotGranted' },
  ],
  [
    'appointments.correct',
    'a role corrected to one not granted',
    (ids) => correctInput(ids, { role: 'koordinator' }),
    'VALIDATION',
    { role: 'validation.roleNotGranted' },
  ],

  // ---- Notifications have happened ----
  [
    'appointments.appoint',
    'the family told tomorrow',
    (ids) => appointInput(ids.c, ids.ola, { familyNotifiedDate: '2027-03-02' }),
    'VALIDATION',
    { familyNotifiedDate: 'validation.dateInFuture' },
  ],
  [
    'appointments.appoint',
    'the partners told tomorrow',
    (ids) => appointInput(ids.c, ids.ola, { partnersNotifiedDate: '2027-03-02' }),
    'VALIDATION',
    { partnersNotifiedDate: 'validation.dateInFuture' },
  ],
  [
    'appointments.change',
    'the family told of the change tomorrow',
    (ids) => changeInput(ids, {}, { familyNotifiedDate: '2027-03-02' }),
    'VALIDATION',
    { 'next.familyNotifiedDate': 'validation.dateInFuture' },
  ],
  [
    'appointments.correct',
    'the partners told tomorrow',
    (ids) => correctInput(ids, { partnersNotifiedDate: '2027-03-02' }),
    'VALIDATION',
    { partnersNotifiedDate: 'validation.dateInFuture' },
  ],

  // ---- The appointment named ----
  [
    'appointments.end',
    'an appointment that has already ended',
    (ids) => ({ caseId: ids.c, appointmentId: ids.onC, endDate: '2027-02-25', endReason: 'other' }),
    'VALIDATION',
    { appointmentId: 'validation.appointmentEnded' },
  ],
  [
    'appointments.change',
    'an appointment that has already ended',
    (ids) => changeInput(ids, { caseId: ids.c, appointmentId: ids.onC }),
    'VALIDATION',
    { appointmentId: 'validation.appointmentEnded' },
  ],
  [
    'appointments.end',
    'an appointment of another case',
    (ids) => ({ caseId: ids.c, appointmentId: ids.onA, endDate: '2027-02-25', endReason: 'other' }),
    'VALIDATION',
    { appointmentId: 'validation.appointmentUnknown' },
  ],
  [
    'appointments.remove',
    'an appointment of another case',
    (ids) => ({ caseId: ids.b, appointmentId: ids.onA }),
    'VALIDATION',
    { appointmentId: 'validation.appointmentUnknown' },
  ],
  [
    'appointments.correct',
    'an appointment that does not exist',
    (ids) => correctInput(ids, { appointmentId: 999 }),
    'VALIDATION',
    { appointmentId: 'validation.appointmentUnknown' },
  ],
  [
    'appointments.correct',
    'an end without a reason',
    (ids) => correctInput(ids, { endDate: '2027-02-20' }),
    'VALIDATION',
    { endReason: 'validation.required' },
  ],
  ['appointments.appoint', 'an unknown case', (ids) => appointInput(999, ids.ola), 'NOT_FOUND'],

  // ---- A closed case takes no appointment and no change ----
  [
    'appointments.appoint',
    'an appointment on a closed case',
    (ids) => appointInput(ids.d, ids.ola),
    'CASE_CLOSED',
  ],
  [
    'appointments.end',
    'ending an appointment on a closed case',
    (ids) => ({ caseId: ids.d, appointmentId: ids.onD, endDate: '2027-02-20', endReason: 'caseClosed' }),
    'CASE_CLOSED',
  ],
  [
    'appointments.change',
    'a change on a closed case',
    (ids) => changeInput(ids, { caseId: ids.d, appointmentId: ids.onD }),
    'CASE_CLOSED',
  ],
  [
    'appointments.correct',
    'a correction on a closed case',
    (ids) => correctInput(ids, { caseId: ids.d, appointmentId: ids.onD, startDate: '2027-01-26' }),
    'CASE_CLOSED',
  ],
  [
    'appointments.remove',
    'removing an appointment of a closed case',
    (ids) => ({ caseId: ids.d, appointmentId: ids.onD }),
    'CASE_CLOSED',
  ],
];

describe('appointments refuse what breaks the rules, with a typed error, and write nothing', () => {
  it.each(refusals)('%s refuses %s', async (channel, _what, input, code, fields) => {
    const { core, ids } = await register();
    await expectNothingWritten(core, ids, async () => {
      const error = await core.fails(channel, input(ids));
      expect(error.code).toBe(code);
      if (fields) expect(error.fields).toEqual(fields);
      else expect(error.fields).toBeUndefined();
      expect(error.message).not.toMatch(/at \w+ \(|Error:/);
    });
  });

  it('refuses a leder appointing a coordinator, before looking at the input', async () => {
    const { core, ids } = await register();
    await core.ok('users.create', {
      username: 'lise',
      displayName: 'Lise Leder',
      role: 'leder',
      password: 'lederpassord 2026',
    });
    const before = await fingerprint(core, ids);
    const lastBefore = (await core.ok('audit.list', { limit: 1 })).rows[0]!.id;
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise', password: 'lederpassord 2026' });
    const valid = await core.dispatch('appointments.appoint', appointInput(ids.c, ids.ola));
    const invalid = await core.dispatch('appointments.appoint', { caseId: 'x' });
    expect([valid, invalid].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    const after = await fingerprint(core, ids);
    expect(after.data).toBe(before.data);
    // Since then: two logouts, two logins and the reads of the log and the cases (and the backup the first logout took), nothing else.
    const { rows } = await core.ok('audit.list', { limit: 100 });
    const since = rows.filter(
      (r) => r.id > lastBefore && r.action !== 'read' && r.entity !== 'audit' && r.entity !== 'backup',
    );
    expect(since.map((r) => r.action)).toEqual(['login', 'logout', 'login', 'logout']);
  });
});

describe('correcting, removing and the log of every change', () => {
  it('records later that the family was told of a change, and the warning goes away', async () => {
    const { core, ids } = await register();
    const changed = await core.ok('appointments.change', changeInput(ids));
    const next = changed.coordination.current!;
    expect(next.coordinatorName).toBe('Ola Dahl');
    expect(changed.coordination.warnings).toContainEqual({
      kind: 'familyNotInformed',
      params: { name: 'Ola Dahl', date: '2027-02-20' },
    });

    const corrected = await core.ok('appointments.correct', {
      caseId: ids.a,
      appointmentId: next.id,
      role: 'barnekoordinator',
      startDate: '2027-02-20',
      familyWish: 'noWish',
      familyNotifiedDate: '2027-02-24',
    });
    expect(corrected.coordination.warnings.map((w) => w.kind)).not.toContain('familyNotInformed');
    expect(corrected.coordination.current).toMatchObject({
      id: next.id,
      coordinatorName: 'Ola Dahl',
      familyNotifiedDate: '2027-02-24',
    });
    const [row] = (await core.ok('audit.list', { action: 'appointment_update', limit: 5 })).rows;
    expect(row).toMatchObject({ entity: 'case', entityId: String(ids.a) });
    expect(row!.fields).toEqual([`appointment:${next.id}`, 'familyNotifiedDate']);
  });

  it('removes an appointment recorded by mistake and logs that it was there', async () => {
    const { core, ids } = await register();
    const removed = await core.ok('appointments.remove', { caseId: ids.a, appointmentId: ids.onA });
    expect(removed.coordination.history).toEqual([]);
    expect(removed.coordination.current).toBeNull();
    // The person has no coordinator now: Ola may be appointed on Jonas's other case.
    await core.ok('appointments.appoint', appointInput(ids.b, ids.ola, { role: 'koordinator' }));
    const { rows } = await core.ok('audit.list', { action: 'appointment_remove', limit: 5 });
    expect(rows.map((r) => [r.entity, r.entityId, r.fields])).toEqual([
      ['case', String(ids.a), [`appointment:${ids.onA}`]],
    ]);
    const list = await core.ok('coordinators.list', {});
    expect(list.find((c) => c.id === ids.kari)?.caseload).toBe(0);
  });

  it('refuses a correction that makes an ended appointment overlap the next, and writes nothing', async () => {
    const { core, ids } = await register();
    await core.ok('appointments.change', changeInput(ids));
    await expectNothingWritten(core, ids, async () => {
      const error = await core.fails(
        'appointments.correct',
        correctInput(ids, { endDate: '2027-02-25', endReason: 'coordinatorLeft' }),
      );
      expect(error).toMatchObject({ code: 'VALIDATION', fields: personHasCoordinator });
    });
  });

  it('ends the running appointment when a case is closed, so the person can get a coordinator on a new case', async () => {
    const { core, ids } = await register();
    // Liv's case D was closed on 20 February while Siri was appointed: the closing ended it.
    const closed = await core.ok('cases.get', { id: ids.d });
    expect(closed.coordination.history.map((a) => [a.endDate, a.endReason])).toEqual([
      ['2027-02-20', 'caseClosed'],
    ]);
    expect(closed.coordination.current).toBeNull();
    const liv = closed.person;
    const e = await core.ok('cases.create', {
      receivedDate: '2027-02-01',
      channel: 'oral',
      appliedBy: 'guardian',
      rightsRequested: ['barnekoordinator'],
      personId: liv.id,
    });
    await decide(core, e.record.id, 'barnekoordinator', '2027-02-05');
    // Still one coordinator at a time: not while the closed case had Siri (until 20 February).
    expect(
      await core.fails(
        'appointments.appoint',
        appointInput(e.record.id, ids.ola, { startDate: '2027-02-19' }),
      ),
    ).toMatchObject({ code: 'VALIDATION', fields: personHasCoordinator });
    const appointed = await core.ok(
      'appointments.appoint',
      appointInput(e.record.id, ids.ola, { startDate: '2027-02-20' }),
    );
    expect(appointed.coordination.current?.coordinatorName).toBe('Ola Dahl');
  });

  it('writes an audit row naming the appointment for every change', async () => {
    const { core, ids } = await setUpAndCount();
    async function appointmentRows() {
      const { rows } = await core.ok('audit.list', { entity: 'case', limit: 1000 });
      return rows.filter((r) => r.action.startsWith('appointment_')).reverse();
    }
    const before = (await appointmentRows()).length;

    const changed = await core.ok('appointments.change', changeInput(ids));
    const olaOnA = changed.coordination.current!.id;
    await core.ok('appointments.end', {
      caseId: ids.a,
      appointmentId: olaOnA,
      endDate: '2027-02-28',
      endReason: 'familyRequest',
    });
    const appointed = await core.ok(
      'appointments.appoint',
      appointInput(ids.c, ids.siri, { startDate: '2027-02-25' }),
    );
    const siriOnC = appointed.coordination.current!.id;
    await core.ok('appointments.correct', {
      caseId: ids.c,
      appointmentId: siriOnC,
      role: 'barnekoordinator',
      startDate: '2027-02-26',
      familyWish: 'followed',
      partnersNotifiedDate: '2027-02-27',
    });
    await core.ok('appointments.remove', { caseId: ids.c, appointmentId: siriOnC });

    const rows = (await appointmentRows()).slice(before);
    expect(rows.map((r) => [r.action, r.entityId, r.fields[0]])).toEqual([
      ['appointment_end', String(ids.a), `appointment:${ids.onA}`],
      ['appointment_create', String(ids.a), `appointment:${olaOnA}`],
      ['appointment_end', String(ids.a), `appointment:${olaOnA}`],
      ['appointment_create', String(ids.c), `appointment:${siriOnC}`],
      ['appointment_update', String(ids.c), `appointment:${siriOnC}`],
      ['appointment_remove', String(ids.c), `appointment:${siriOnC}`],
    ]);
    // The fields named are what changed (never the values).
    expect(rows[4]!.fields).toEqual([
      `appointment:${siriOnC}`,
      'startDate',
      'familyWish',
      'partnersNotifiedDate',
    ]);
    expect(rows.every((r) => r.username === ADMIN.username)).toBe(true);
  });
});

/** The register, with the appointments its set-up made already in the log. */
async function setUpAndCount() {
  const set = await register();
  const { rows } = await set.core.ok('audit.list', { entity: 'case', limit: 1000 });
  // Newest first: D's appointment ended by the closing, appoint on D, end and appoint on C, appoint on A.
  expect(rows.filter((r) => r.action.startsWith('appointment_')).map((r) => r.action)).toEqual([
    'appointment_end',
    'appointment_create',
    'appointment_end',
    'appointment_create',
    'appointment_create',
  ]);
  return set;
}
