import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { NewCaseInput } from '@shared/api/cases';

import { addServiceUnit, setUpCore, type TestCore } from '../harness';

const now = () => new Date('2027-03-01T10:00:00');

/** A register on 1 March 2027 with three coordinators in the pool. */
async function register() {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  const unit = await addServiceUnit(core, 'Helsestasjonen');
  const coordinator = (name: string) => core.ok('coordinators.create', { name, serviceUnitId: unit.id });
  const kari = await coordinator('Kari Lie');
  const ola = await coordinator('Ola Dahl');
  const siri = await coordinator('Siri Berg');
  const { courses } = await core.ok('training.overview', {});
  const course = (name: string) => courses.find((c) => c.name === name)!;
  return {
    core,
    kari,
    ola,
    siri,
    basic: course('Grunnopplæring for koordinatorer'),
    refresher: course('Oppfriskning for koordinatorer'),
  };
}

/** Training, the pool, every coordinator's page and the length of the log. */
async function fingerprint(core: TestCore, coordinatorIds: number[]) {
  const audit = await core.ok('audit.list', { limit: 1 });
  const pages = [];
  for (const id of coordinatorIds) pages.push(await core.ok('coordinators.get', { id }));
  const data = JSON.stringify([
    await core.ok('training.overview', {}),
    await core.ok('coordinators.list', {}),
    pages,
  ]);
  return { data, auditRows: audit.total };
}

/** Fails if the call writes anything: data or log (the fingerprint's own reads are logged too). */
async function expectNothingWritten(core: TestCore, coordinatorIds: number[], call: () => Promise<unknown>) {
  const first = await fingerprint(core, coordinatorIds);
  const second = await fingerprint(core, coordinatorIds);
  const ownRows = second.auditRows - first.auditRows;
  expect(ownRows).toBeGreaterThan(0);
  await call();
  const after = await fingerprint(core, coordinatorIds);
  expect(after.data).toBe(second.data);
  expect(after.auditRows - second.auditRows).toBe(ownRows);
}

const statusesIn = async (core: TestCore) =>
  (await core.ok('coordinators.list', {})).map((c) => [c.name, c.training.state, c.training.validUntil]);

describe('the course catalogue', () => {
  it('holds the three common courses in a new register, each required and expiring', async () => {
    const { core } = await setUpCore({ now });
    const { courses, sessions, guidance } = await core.ok('training.overview', {});
    expect(courses.map((c) => [c.name, c.type, c.validityMonths, c.required, c.active])).toEqual([
      ['Grunnopplæring for koordinatorer', 'grunnopplaering', 36, true, true],
      ['Oppfriskning for koordinatorer', 'oppfriskning', 24, true, true],
      ['Opplæring for barnekoordinatorer', 'grunnopplaering', 36, true, true],
    ]);
    expect([sessions, guidance]).toEqual([[], []]);
  });

  it('creates and updates a course, with an audit row naming the fields changed', async () => {
    const { core } = await setUpCore({ now });
    const created = await core.ok('training.saveCourse', {
      name: 'E-læring: barnekoordinator',
      provider: 'Helsedirektoratet',
      type: 'elaering',
    });
    expect(created).toMatchObject({
      name: 'E-læring: barnekoordinator',
      provider: 'Helsedirektoratet',
      type: 'elaering',
      validityMonths: null,
      required: false,
      active: true,
    });
    const updated = await core.ok('training.saveCourse', { ...created, validityMonths: 12, required: true });
    expect(updated).toEqual({ ...created, validityMonths: 12, required: true });
    const unchanged = await core.ok('training.saveCourse', updated);
    expect(unchanged).toEqual(updated);

    const { rows } = await core.ok('audit.list', { entity: 'course', limit: 10 });
    expect(rows.map((r) => [r.action, r.entityId, r.fields])).toEqual([
      ['update', String(created.id), ['validityMonths', 'required']],
      ['create', String(created.id), ['name', 'provider', 'type', 'validityMonths', 'required', 'active']],
    ]);
    expect((await core.ok('training.overview', {})).courses).toHaveLength(4);
  });

  it('refuses to update a course that does not exist', async () => {
    const { core } = await setUpCore({ now });
    const error = await core.fails('training.saveCourse', { id: 99, name: 'X', type: 'veiledning' });
    expect(error.code).toBe('NOT_FOUND');
    expect((await core.ok('training.overview', {})).courses).toHaveLength(3);
  });
});

describe('training sessions and completions', () => {
  it('gives every attendee of a session a completion and a trained status', async () => {
    const { core, kari, ola, siri, basic } = await register();
    expect(await statusesIn(core)).toEqual([
      ['Kari Lie', 'never', null],
      ['Ola Dahl', 'never', null],
      ['Siri Berg', 'never', null],
    ]);
    const saved = await core.ok('training.saveSession', {
      courseId: basic.id,
      date: '2027-02-15',
      place: 'Rådhuset',
      attendeeIds: [kari.id, ola.id, siri.id],
    });
    expect(saved).toMatchObject({
      courseName: basic.name,
      attendeeCount: 3,
      attendeeIds: [kari.id, ola.id, siri.id],
    });
    // 36 months from 15 February 2027.
    expect(await statusesIn(core)).toEqual([
      ['Kari Lie', 'trained', '2030-02-15'],
      ['Ola Dahl', 'trained', '2030-02-15'],
      ['Siri Berg', 'trained', '2030-02-15'],
    ]);
    for (const c of [kari, ola, siri]) {
      const page = await core.ok('coordinators.get', { id: c.id });
      expect(page.completions.map((x) => [x.courseId, x.date, x.sessionId, x.validUntil])).toEqual([
        [basic.id, '2027-02-15', saved.id, '2030-02-15'],
      ]);
    }
    const { rows } = await core.ok('audit.list', { entity: 'training_session', limit: 5 });
    expect(rows.map((r) => [r.action, r.entityId, r.fields])).toEqual([
      [
        'create',
        String(saved.id),
        [
          'courseId',
          'date',
          'place',
          'note',
          `coordinator:${kari.id}`,
          `coordinator:${ola.id}`,
          `coordinator:${siri.id}`,
        ],
      ],
    ]);
  });

  it('takes the third attendee’s completion away when the session is edited to two', async () => {
    const { core, kari, ola, siri, basic } = await register();
    const saved = await core.ok('training.saveSession', {
      courseId: basic.id,
      date: '2027-02-15',
      attendeeIds: [kari.id, ola.id, siri.id],
    });
    const edited = await core.ok('training.saveSession', {
      id: saved.id,
      courseId: basic.id,
      date: '2027-02-15',
      attendeeIds: [kari.id, ola.id],
    });
    expect(edited).toMatchObject({ id: saved.id, attendeeCount: 2, attendeeIds: [kari.id, ola.id] });
    expect(await statusesIn(core)).toEqual([
      ['Kari Lie', 'trained', '2030-02-15'],
      ['Ola Dahl', 'trained', '2030-02-15'],
      ['Siri Berg', 'never', null],
    ]);
    expect((await core.ok('coordinators.get', { id: siri.id })).completions).toEqual([]);
    expect((await core.ok('coordinators.get', { id: kari.id })).completions).toHaveLength(1);
    expect((await core.ok('training.overview', {})).sessions).toHaveLength(1);
  });

  it('removes a session with the completions it gave', async () => {
    const { core, kari, ola, basic } = await register();
    const saved = await core.ok('training.saveSession', {
      courseId: basic.id,
      date: '2027-02-15',
      attendeeIds: [kari.id, ola.id],
    });
    expect(await core.ok('training.removeSession', { id: saved.id })).toEqual({ id: saved.id });
    expect((await statusesIn(core)).slice(0, 2)).toEqual([
      ['Kari Lie', 'never', null],
      ['Ola Dahl', 'never', null],
    ]);
    expect((await core.ok('coordinators.get', { id: kari.id })).completions).toEqual([]);
    expect((await core.ok('training.overview', {})).sessions).toEqual([]);
    const [row] = (await core.ok('audit.list', { entity: 'training_session', limit: 5 })).rows;
    expect(row).toMatchObject({ action: 'remove', entityId: String(saved.id) });
    expect((await core.fails('training.getSession', { id: saved.id })).code).toBe('NOT_FOUND');
  });

  it('moves the completions with the session when its date is corrected', async () => {
    const { core, kari, basic } = await register();
    const saved = await core.ok('training.saveSession', {
      courseId: basic.id,
      date: '2024-01-10',
      attendeeIds: [kari.id],
    });
    expect((await statusesIn(core))[0]).toEqual(['Kari Lie', 'expired', '2027-01-10']);
    await core.ok('training.saveSession', {
      id: saved.id,
      courseId: basic.id,
      date: '2024-03-10',
      attendeeIds: [kari.id],
    });
    // 2027-03-10 is 9 days away: within the 60 days of notice.
    expect((await statusesIn(core))[0]).toEqual(['Kari Lie', 'expiresSoon', '2027-03-10']);
  });

  it('refuses attendees on a session dated after today, and writes nothing', async () => {
    const { core, kari, ola, siri, basic } = await register();
    await expectNothingWritten(core, [kari.id, ola.id, siri.id], async () => {
      const error = await core.fails('training.saveSession', {
        courseId: basic.id,
        date: '2027-03-02',
        attendeeIds: [kari.id],
      });
      expect(error).toMatchObject({
        code: 'VALIDATION',
        fields: { attendeeIds: 'validation.attendanceInFuture' },
      });
    });
    // A planned session without attendees is fine.
    const planned = await core.ok('training.saveSession', { courseId: basic.id, date: '2027-09-01' });
    expect(planned.attendeeCount).toBe(0);
  });

  it('refuses a retired course for a new session, and writes nothing', async () => {
    const { core, kari, ola, siri, basic, refresher } = await register();
    const held = await core.ok('training.saveSession', {
      courseId: refresher.id,
      date: '2027-01-10',
      attendeeIds: [ola.id],
    });
    await core.ok('training.saveCourse', { ...refresher, active: false });
    await expectNothingWritten(core, [kari.id, ola.id, siri.id], async () => {
      const error = await core.fails('training.saveSession', {
        courseId: refresher.id,
        date: '2027-02-20',
        attendeeIds: [kari.id],
      });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { courseId: 'validation.courseRetired' } });
    });
    // A session held before the course was retired may still be corrected; another course is offered.
    await core.ok('training.saveSession', {
      id: held.id,
      courseId: refresher.id,
      date: '2027-01-10',
      attendeeIds: [ola.id, siri.id],
    });
    expect(
      await core.fails('training.saveSession', { id: held.id, courseId: 999, date: '2027-01-10' }),
    ).toMatchObject({ code: 'VALIDATION', fields: { courseId: 'validation.courseUnknown' } });
    await core.ok('training.saveSession', { courseId: basic.id, date: '2027-02-20', attendeeIds: [kari.id] });
  });

  it('records a single completion, and refuses one dated in the future without writing', async () => {
    const { core, kari, ola, siri, refresher } = await register();
    await expectNothingWritten(core, [kari.id, ola.id, siri.id], async () => {
      const error = await core.fails('training.recordCompletion', {
        coordinatorId: kari.id,
        courseId: refresher.id,
        date: '2027-03-02',
      });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { date: 'validation.dateInFuture' } });
    });
    const page = await core.ok('training.recordCompletion', {
      coordinatorId: kari.id,
      courseId: refresher.id,
      date: '2027-03-01',
      note: 'Kurs i regi av Statsforvalteren',
    });
    expect(page.coordinator.training).toEqual({ state: 'trained', validUntil: '2029-03-01' });
    expect(page.completions.map((c) => [c.courseId, c.date, c.sessionId, c.note])).toEqual([
      [refresher.id, '2027-03-01', null, 'Kurs i regi av Statsforvalteren'],
    ]);
    const [row] = (await core.ok('audit.list', { entity: 'completion', limit: 5 })).rows;
    expect(row).toMatchObject({ action: 'create', entityId: String(page.completions[0]!.id) });
    expect(row!.fields[0]).toBe(`coordinator:${kari.id}`);
  });

  it('removes a single completion, but refuses one from a session without writing', async () => {
    const { core, kari, ola, siri, basic, refresher } = await register();
    const fromSession = await core.ok('training.saveSession', {
      courseId: basic.id,
      date: '2027-02-15',
      attendeeIds: [kari.id],
    });
    const single = await core.ok('training.recordCompletion', {
      coordinatorId: kari.id,
      courseId: refresher.id,
      date: '2027-02-20',
    });
    const sessionCompletion = single.completions.find((c) => c.sessionId === fromSession.id)!;
    const singleCompletion = single.completions.find((c) => c.sessionId === null)!;
    await expectNothingWritten(core, [kari.id, ola.id, siri.id], async () => {
      const error = await core.fails('training.removeCompletion', { id: sessionCompletion.id });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { id: 'validation.completionFromSession' } });
    });
    const after = await core.ok('training.removeCompletion', { id: singleCompletion.id });
    expect(after.completions.map((c) => c.id)).toEqual([sessionCompletion.id]);
    const [row] = (await core.ok('audit.list', { entity: 'completion', action: 'remove', limit: 5 })).rows;
    expect(row).toMatchObject({ entityId: String(singleCompletion.id), fields: [`coordinator:${kari.id}`] });
    expect((await core.fails('training.removeCompletion', { id: singleCompletion.id })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('does not count a required course’s completion once the course is no longer required', async () => {
    const { core, kari, refresher } = await register();
    await core.ok('training.recordCompletion', {
      coordinatorId: kari.id,
      courseId: refresher.id,
      date: '2027-02-01',
    });
    expect((await statusesIn(core))[0]).toEqual(['Kari Lie', 'trained', '2029-02-01']);
    await core.ok('training.saveCourse', { ...refresher, required: false });
    expect((await statusesIn(core))[0]).toEqual(['Kari Lie', 'never', null]);
  });
});

describe('guidance and the coordinator page', () => {
  it('shows guidance on the page of each participant, and of no one else', async () => {
    const { core, kari, ola, siri } = await register();
    const saved = await core.ok('training.saveGuidance', {
      date: '2027-02-25',
      topic: 'Vanskelige samtaler med foreldre',
      coordinatorIds: [kari.id, ola.id],
    });
    expect(saved).toMatchObject({
      coordinatorIds: [kari.id, ola.id],
      coordinatorNames: ['Kari Lie', 'Ola Dahl'],
    });
    for (const c of [kari, ola]) {
      expect((await core.ok('coordinators.get', { id: c.id })).guidance).toEqual([
        { id: saved.id, date: '2027-02-25', topic: 'Vanskelige samtaler med foreldre' },
      ]);
    }
    expect((await core.ok('coordinators.get', { id: siri.id })).guidance).toEqual([]);

    await core.ok('training.saveGuidance', { ...saved, coordinatorIds: [siri.id] });
    expect((await core.ok('coordinators.get', { id: kari.id })).guidance).toEqual([]);
    expect((await core.ok('coordinators.get', { id: siri.id })).guidance).toHaveLength(1);
    const { rows } = await core.ok('audit.list', { entity: 'guidance', limit: 5 });
    expect(rows.map((r) => [r.action, r.fields.filter((f) => f.startsWith('coordinator:'))])).toEqual([
      ['update', [`coordinator:${siri.id}`]],
      ['create', [`coordinator:${kari.id}`, `coordinator:${ola.id}`]],
    ]);
  });

  it('logs the read of a coordinator page naming the persons of their cases', async () => {
    const { core, kari, ola } = await register();
    const application = (name: string, birthDate: string): NewCaseInput => ({
      receivedDate: '2027-01-04',
      channel: 'oral',
      appliedBy: 'guardian',
      rightsRequested: ['koordinator'],
      person: { name, nationalId: nationalIdFor(birthDate, { synthetic: true }) },
    });
    const personIds: number[] = [];
    for (const [name, born] of [
      ['Jonas Demoli', '2015-08-30'],
      ['Emma Demoli', '2016-04-12'],
    ] as const) {
      const created = await core.ok('cases.create', application(name, born));
      personIds.push(created.person.id);
      await core.ok('cases.recordStep', {
        caseId: created.record.id,
        step: { kind: 'decision', right: 'koordinator', outcome: 'granted', decisionDate: '2027-01-20' },
      });
      await core.ok('appointments.appoint', {
        caseId: created.record.id,
        coordinatorId: kari.id,
        role: 'koordinator',
        startDate: '2027-02-01',
        familyWish: 'noWish',
      });
    }

    const page = await core.ok('coordinators.get', { id: kari.id });
    expect(page.cases.map((c) => [c.personName, c.running])).toEqual([
      ['Emma Demoli', true],
      ['Jonas Demoli', true],
    ]);
    const [row] = (await core.ok('audit.list', { entity: 'coordinator', action: 'read', limit: 5 })).rows;
    expect(row).toMatchObject({ entityId: String(kari.id) });
    expect(row!.fields).toEqual([...personIds].sort((x, y) => x - y).map((id) => `person:${id}`));

    // A coordinator with no cases: the read is still logged, naming no one.
    await core.ok('coordinators.get', { id: ola.id });
    const [olaRow] = (await core.ok('audit.list', { entity: 'coordinator', action: 'read', limit: 5 })).rows;
    expect(olaRow).toMatchObject({ entityId: String(ola.id), fields: [] });
  });
});
