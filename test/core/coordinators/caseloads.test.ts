import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';

import { addServiceUnit, setUpCore } from '../harness';

const now = () => new Date('2027-03-01T10:00:00');

describe('caseloads', () => {
  it('count running appointments on open cases alike in the list, on the page, in the picker', async () => {
    const { core } = await setUpCore({ now, allowSyntheticIds: true });
    const unit = await addServiceUnit(core, 'PPT');
    const kari = await core.ok('coordinators.create', { name: 'Kari Lie', serviceUnitId: unit.id });
    const ola = await core.ok('coordinators.create', { name: 'Ola Dahl', serviceUnitId: unit.id });
    const caseIds: number[] = [];
    for (const [i, birth] of ['2015-08-30', '2016-02-11', '2014-05-03', '2017-09-21'].entries()) {
      const created = await core.ok('cases.create', {
        receivedDate: '2027-01-04',
        channel: 'oral',
        appliedBy: 'guardian',
        rightsRequested: ['barnekoordinator'],
        person: { name: `Barn ${i} Demoli`, nationalId: nationalIdFor(birth, { synthetic: true }) },
      });
      const caseId = created.record.id;
      caseIds.push(caseId);
      await core.ok('cases.recordStep', {
        caseId,
        step: { kind: 'decision', right: 'barnekoordinator', outcome: 'granted', decisionDate: '2027-01-20' },
      });
    }
    const [a, b, c, d] = caseIds as [number, number, number, number];
    const appoint = (caseId: number, coordinatorId: number, startDate = '2027-02-01') =>
      core.ok('appointments.appoint', {
        caseId,
        coordinatorId,
        role: 'barnekoordinator',
        startDate,
        familyWish: 'noWish',
      });
    await appoint(a, kari.id);
    await appoint(b, kari.id);
    await appoint(c, ola.id);
    // Handed over today to a coordinator starting later: the end day no longer counts, a
    // planned appointment counts already.
    const unit2 = await addServiceUnit(core, 'Skolen');
    const per = await core.ok('coordinators.create', { name: 'Per Berg', serviceUnitId: unit2.id });
    const onD = await appoint(d, ola.id);
    await core.ok('appointments.change', {
      caseId: d,
      appointmentId: onD.coordination.current!.id,
      endDate: '2027-03-01',
      endReason: 'workload',
      next: {
        coordinatorId: per.id,
        role: 'barnekoordinator',
        startDate: '2027-03-10',
        familyWish: 'noWish',
      },
    });

    const loads = async () => {
      const list = await core.ok('coordinators.list', {});
      const picker = await core.ok('appointments.candidates', { caseId: a });
      const pages = await Promise.all(list.map((x) => core.ok('coordinators.get', { id: x.id })));
      const byList = Object.fromEntries(list.map((x) => [x.name, x.caseload]));
      expect(Object.fromEntries(picker.map((x) => [x.name, x.caseload]))).toEqual(byList);
      expect(Object.fromEntries(pages.map((p) => [p.coordinator.name, p.coordinator.caseload]))).toEqual(
        byList,
      );
      return byList;
    };
    expect(await loads()).toEqual({ 'Kari Lie': 2, 'Ola Dahl': 1, 'Per Berg': 1 });

    // Closing a case ends its running appointment on the closing day. One planned to start later
    // ends on its start, after today: it still reads as running, but a closed case holds nobody.
    await core.ok('cases.recordStep', {
      caseId: b,
      step: { kind: 'closing', date: '2027-02-26', reason: 'moved' },
    });
    await core.ok('cases.recordStep', {
      caseId: d,
      step: { kind: 'closing', date: '2027-03-01', reason: 'moved' },
    });
    expect(await loads()).toEqual({ 'Kari Lie': 1, 'Ola Dahl': 1, 'Per Berg': 0 });
  });
});
