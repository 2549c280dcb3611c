import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { Coordinator } from '@shared/api/coordinators';

import { addServiceUnit, setUpCore, type TestCore } from '../harness';

const now = () => new Date('2027-03-01T10:00:00');

/** A register on 1 March 2027: Jonas's case, barnekoordinator granted 20 January, Kari appointed 1 February. */
async function register() {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  const unit = await addServiceUnit(core, 'PPT');
  const kari = await core.ok('coordinators.create', {
    name: 'Kari Lie',
    serviceUnitId: unit.id,
    capacity: 5,
  });
  const ola = await core.ok('coordinators.create', { name: 'Ola Dahl', serviceUnitId: unit.id });
  const created = await core.ok('cases.create', {
    receivedDate: '2027-01-04',
    channel: 'oral',
    appliedBy: 'guardian',
    rightsRequested: ['barnekoordinator'],
    person: { name: 'Jonas Demoli', nationalId: nationalIdFor('2015-08-30', { synthetic: true }) },
  });
  const caseId = created.record.id;
  await core.ok('cases.recordStep', {
    caseId,
    step: { kind: 'decision', right: 'barnekoordinator', outcome: 'granted', decisionDate: '2027-01-20' },
  });
  const appointed = await core.ok('appointments.appoint', {
    caseId,
    coordinatorId: kari.id,
    role: 'barnekoordinator',
    startDate: '2027-02-01',
    familyWish: 'followed',
  });
  return { core, caseId, kari, ola, appointmentId: appointed.coordination.current!.id };
}

/** The form's input for the coordinator as stored, with `active` unticked. */
const deactivate = (c: Coordinator) => ({
  id: c.id,
  name: c.name,
  serviceUnitId: c.serviceUnitId,
  position: c.position,
  phone: c.phone,
  email: c.email,
  capacity: c.capacity,
  active: false,
});

async function fingerprint(core: TestCore, caseId: number, coordinatorId: number) {
  const audit = await core.ok('audit.list', { limit: 1 });
  const data = JSON.stringify([
    await core.ok('coordinators.list', {}),
    await core.ok('coordinators.get', { id: coordinatorId }),
    await core.ok('cases.get', { id: caseId }),
  ]);
  return { data, auditRows: audit.total };
}

async function coordinatorUpdates(core: TestCore, id: number) {
  const { rows } = await core.ok('audit.list', { entity: 'coordinator', action: 'update', limit: 50 });
  return rows.filter((r) => r.entityId === String(id)).map((r) => r.fields);
}

describe('deactivating a coordinator', () => {
  it('is refused while they hold a running case, and writes nothing', async () => {
    const { core, caseId, kari } = await register();
    const first = await fingerprint(core, caseId, kari.id);
    const second = await fingerprint(core, caseId, kari.id);
    const ownRows = second.auditRows - first.auditRows;
    expect(ownRows).toBeGreaterThan(0);

    const error = await core.fails('coordinators.update', { ...deactivate(kari), phone: '912 34 567' });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { active: 'validation.coordinatorHasCases' } });

    const after = await fingerprint(core, caseId, kari.id);
    expect(after.data).toBe(second.data);
    expect(after.auditRows - second.auditRows).toBe(ownRows);
    expect(await coordinatorUpdates(core, kari.id)).toEqual([]);
  });

  it('lets other fields change while they stay active', async () => {
    const { core, kari } = await register();
    const updated = await core.ok('coordinators.update', { ...deactivate(kari), active: true, capacity: 8 });
    expect(updated).toMatchObject({ active: true, capacity: 8, caseload: 1 });
  });

  it('succeeds once the case’s coordinator has been changed to someone else', async () => {
    const { core, caseId, kari, ola, appointmentId } = await register();
    const changed = await core.ok('appointments.change', {
      caseId,
      appointmentId,
      endDate: '2027-02-25',
      endReason: 'coordinatorLeft',
      next: {
        coordinatorId: ola.id,
        role: 'barnekoordinator',
        startDate: '2027-02-25',
        familyWish: 'noWish',
      },
    });
    expect(changed.coordination.current?.coordinatorId).toBe(ola.id);

    const updated = await core.ok('coordinators.update', deactivate(kari));
    expect(updated).toMatchObject({ active: false, caseload: 0 });
    expect(await coordinatorUpdates(core, kari.id)).toEqual([['active']]);
    // The history keeps her.
    const page = await core.ok('coordinators.get', { id: kari.id });
    expect(page.cases.map((c) => [c.caseId, c.running, c.endDate])).toEqual([[caseId, false, '2027-02-25']]);
    // And Ola now holds a case: he cannot be deactivated in his turn.
    expect((await core.fails('coordinators.update', deactivate(ola))).fields).toEqual({
      active: 'validation.coordinatorHasCases',
    });
  });

  it('is not blocked by an appointment that has ended (today counts as ended)', async () => {
    const { core, caseId, kari, appointmentId } = await register();
    await core.ok('appointments.end', {
      caseId,
      appointmentId,
      endDate: '2027-03-01',
      endReason: 'workload',
    });
    expect(await core.ok('coordinators.update', deactivate(kari))).toMatchObject({ active: false });
  });

  it('is still blocked by an appointment that ends later', async () => {
    const { core, caseId, kari, appointmentId } = await register();
    await core.ok('appointments.end', {
      caseId,
      appointmentId,
      endDate: '2027-03-02',
      endReason: 'workload',
    });
    expect((await core.fails('coordinators.update', deactivate(kari))).fields).toEqual({
      active: 'validation.coordinatorHasCases',
    });
  });

  it('is not blocked by the appointment of a closed case', async () => {
    const { core, caseId, kari } = await register();
    await core.ok('cases.recordStep', {
      caseId,
      step: { kind: 'closing', date: '2027-02-26', reason: 'moved' },
    });
    expect(await core.ok('coordinators.update', deactivate(kari))).toMatchObject({
      active: false,
      caseload: 0,
    });
  });

  it('is blocked by a planned appointment that has not started yet', async () => {
    const { core, caseId, kari, ola, appointmentId } = await register();
    await core.ok('appointments.change', {
      caseId,
      appointmentId,
      endDate: '2027-04-01',
      endReason: 'coordinatorRequest',
      next: {
        coordinatorId: ola.id,
        role: 'barnekoordinator',
        startDate: '2027-04-01',
        familyWish: 'noWish',
      },
    });
    // Kari holds the case until 1 April, Ola from then: neither may be deactivated.
    for (const c of [kari, ola])
      expect((await core.fails('coordinators.update', deactivate(c))).fields).toEqual({
        active: 'validation.coordinatorHasCases',
      });
  });
});
