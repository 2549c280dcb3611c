import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { NewCaseInput } from '@shared/api/cases';

import { addServiceUnit, setUpCore } from '../harness';

const now = () => new Date('2027-03-01T10:00:00');

const application: NewCaseInput = {
  receivedDate: '2027-01-04',
  channel: 'oral',
  appliedBy: 'guardian',
  rightsRequested: ['barnekoordinator'],
  person: { name: 'Jonas Demoli', nationalId: nationalIdFor('2015-08-30', { synthetic: true }) },
};

async function grantedCase() {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  const unit = await addServiceUnit(core, 'PPT');
  const kari = await core.ok('coordinators.create', {
    name: 'Kari Lie',
    serviceUnitId: unit.id,
    capacity: 1,
  });
  const ola = await core.ok('coordinators.create', { name: 'Ola Dahl', serviceUnitId: unit.id });
  const created = await core.ok('cases.create', application);
  const caseId = created.record.id;
  await core.ok('cases.recordStep', {
    caseId,
    step: {
      kind: 'decision',
      right: 'barnekoordinator',
      outcome: 'granted',
      decisionDate: '2027-01-20',
      notifiedDate: '2027-01-21',
    },
  });
  return { core, caseId, kari, ola };
}

describe('appointing and changing a coordinator', () => {
  it('keeps the history, counts the days between, and derives the warnings', async () => {
    const { core, caseId, kari, ola } = await grantedCase();

    const before = await core.ok('cases.get', { id: caseId });
    expect(before.coordination.need).toEqual({ role: 'barnekoordinator', since: '2027-01-20' });
    // 2027-01-20 to 2027-03-01 is 40 days without a coordinator, over the 14 of the settings.
    expect(before.coordination.warnings).toEqual([
      { kind: 'withoutCoordinator', params: { since: '2027-01-20', days: 40 } },
    ]);

    const appointed = await core.ok('appointments.appoint', {
      caseId,
      coordinatorId: kari.id,
      role: 'barnekoordinator',
      startDate: '2027-02-01',
      familyWish: 'followed',
      familyNotifiedDate: '2027-02-01',
    });
    expect(appointed.coordination.current?.coordinatorName).toBe('Kari Lie');
    // Kari has never been trained.
    expect(appointed.coordination.warnings.map((w) => w.kind)).toEqual(['coordinatorUntrained']);

    const changed = await core.ok('appointments.change', {
      caseId,
      appointmentId: appointed.coordination.current!.id,
      endDate: '2027-02-20',
      endReason: 'coordinatorLeft',
      next: {
        coordinatorId: ola.id,
        role: 'barnekoordinator',
        startDate: '2027-02-24',
        familyWish: 'noWish',
      },
    });
    const history = changed.coordination.history;
    expect(
      history.map((a) => [a.coordinatorName, a.startDate, a.endDate, a.daysWithout, a.isChange]),
    ).toEqual([
      ['Kari Lie', '2027-02-01', '2027-02-20', 12, false],
      ['Ola Dahl', '2027-02-24', null, 4, true],
    ]);
    expect(changed.coordination.warnings.map((w) => w.kind)).toEqual([
      'coordinatorUntrained',
      'familyNotInformed',
    ]);

    const list = await core.ok('coordinators.list', {});
    expect(list.map((c) => [c.name, c.caseload])).toEqual([
      ['Kari Lie', 0],
      ['Ola Dahl', 1],
    ]);
  });

  it('refuses a second coordinator for the same person while one is running, and writes nothing', async () => {
    const { core, caseId, kari, ola } = await grantedCase();
    const first = {
      caseId,
      role: 'barnekoordinator' as const,
      startDate: '2027-02-01',
      familyWish: 'followed' as const,
    };
    await core.ok('appointments.appoint', { ...first, coordinatorId: kari.id });
    const refused = await core.fails('appointments.appoint', {
      ...first,
      coordinatorId: ola.id,
      startDate: '2027-02-10',
    });
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      fields: { startDate: 'validation.personHasCoordinator' },
    });
    const after = await core.ok('cases.get', { id: caseId });
    expect(after.coordination.history).toHaveLength(1);
  });

  it('counts a training session towards every attendee and sorts the trained first in the picker', async () => {
    const { core, caseId, kari, ola } = await grantedCase();
    const { courses } = await core.ok('training.overview', {});
    expect(courses.map((c) => c.name)).toEqual([
      'Grunnopplæring for koordinatorer',
      'Oppfriskning for koordinatorer',
      'Opplæring for barnekoordinatorer',
    ]);
    await core.ok('training.saveSession', {
      courseId: courses[0]!.id,
      date: '2027-02-15',
      attendeeIds: [ola.id],
    });
    const candidates = await core.ok('appointments.candidates', { caseId });
    expect(candidates.map((c) => [c.name, c.training.state, c.training.validUntil])).toEqual([
      ['Ola Dahl', 'trained', '2030-02-15'],
      ['Kari Lie', 'never', null],
    ]);
    const page = await core.ok('coordinators.get', { id: ola.id });
    expect(page.completions.map((c) => [c.courseName, c.date, c.sessionId !== null])).toEqual([
      ['Grunnopplæring for koordinatorer', '2027-02-15', true],
    ]);
    void kari;
  });
});
