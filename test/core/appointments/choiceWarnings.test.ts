import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { Candidate } from '@shared/api/appointments';
import type { NewCaseInput } from '@shared/api/cases';
import { choiceWarnings } from '@shared/domain/coordination';

import { addServiceUnit, setUpCore } from '../harness';

const now = () => new Date('2027-03-01T10:00:00');
const TODAY = '2027-03-01';
const START = '2027-02-01';

const child = (name: string, born: string): NewCaseInput => ({
  receivedDate: '2027-01-04',
  channel: 'oral',
  appliedBy: 'guardian',
  rightsRequested: ['barnekoordinator'],
  person: { name, nationalId: nationalIdFor(born, { synthetic: true }) },
});

/**
 * A pool of four at PPT: Kari trained with room, Ola never trained, Siri trained and already at
 * her capacity of one, Per trained with no capacity set. One granted case waits for a coordinator.
 */
async function poolAndCase() {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  const unit = await addServiceUnit(core, 'PPT');
  const make = (name: string, capacity?: number) =>
    core.ok('coordinators.create', { name, serviceUnitId: unit.id, ...(capacity ? { capacity } : {}) });
  const kari = await make('Kari Lie', 5);
  const ola = await make('Ola Dahl', 5);
  const siri = await make('Siri Berg', 1);
  const per = await make('Per Vik');
  const { courses } = await core.ok('training.overview', {});
  const basic = courses.find((c) => c.name === 'Grunnopplæring for koordinatorer')!;
  for (const c of [kari, siri, per])
    await core.ok('training.recordCompletion', {
      coordinatorId: c.id,
      courseId: basic.id,
      date: '2027-02-01',
    });

  const granted = async (name: string, born: string) => {
    const created = await core.ok('cases.create', child(name, born));
    await core.ok('cases.recordStep', {
      caseId: created.record.id,
      step: {
        kind: 'decision',
        right: 'barnekoordinator',
        outcome: 'granted',
        decisionDate: '2027-01-20',
        notifiedDate: '2027-01-21',
      },
    });
    return created.record.id;
  };
  const appoint = (caseId: number, coordinatorId: number, startDate = START) =>
    core.ok('appointments.appoint', {
      caseId,
      coordinatorId,
      role: 'barnekoordinator',
      startDate,
      familyWish: 'noWish',
    });
  // Siri already holds one case: her capacity is used up.
  await appoint(await granted('Jonas Demoli', '2015-08-30'), siri.id);
  const caseId = await granted('Ella Testbarn', '2018-05-02');
  return { core, caseId, appoint, ids: { kari: kari.id, ola: ola.id, siri: siri.id, per: per.id } };
}

const coordinatorKinds = new Set(['coordinatorUntrained', 'coordinatorOverCapacity']);

describe('the warnings shown while choosing a coordinator', () => {
  it('are the warnings the case shows once that coordinator is appointed, for each in the pool', async () => {
    for (const who of ['kari', 'ola', 'siri', 'per'] as const) {
      const { core, caseId, appoint, ids } = await poolAndCase();
      const candidates: Candidate[] = await core.ok('appointments.candidates', { caseId });
      const chosen = candidates.find((c) => c.id === ids[who])!;
      const promised = choiceWarnings(chosen, START, TODAY);
      const saved = await appoint(caseId, ids[who]);
      const shown = saved.coordination.warnings.filter((w) => coordinatorKinds.has(w.kind));
      expect(shown, who).toEqual(promised.warnings);
      expect(promised.from, who).toBeNull();
    }
  });

  it('name the untrained and the full coordinator, and nothing for a trained one with room', async () => {
    const { core, caseId, ids } = await poolAndCase();
    const candidates: Candidate[] = await core.ok('appointments.candidates', { caseId });
    const warnings = (id: number) =>
      choiceWarnings(
        candidates.find((c) => c.id === id)!,
        START,
        TODAY,
      ).warnings;
    expect(warnings(ids.kari)).toEqual([]);
    expect(warnings(ids.per)).toEqual([]);
    expect(warnings(ids.ola)).toEqual([{ kind: 'coordinatorUntrained', params: { name: 'Ola Dahl' } }]);
    // One case now and this one makes two, over the capacity of one.
    expect(warnings(ids.siri)).toEqual([
      { kind: 'coordinatorOverCapacity', params: { name: 'Siri Berg', caseload: 2, capacity: 1 } },
    ]);
  });

  it('are promised from the start date when it is ahead, since the case warns only from that day', async () => {
    const { core, caseId, appoint, ids } = await poolAndCase();
    const candidates: Candidate[] = await core.ok('appointments.candidates', { caseId });
    const ola = candidates.find((c) => c.id === ids.ola)!;
    const promised = choiceWarnings(ola, '2027-04-01', TODAY);
    expect(promised).toEqual({
      warnings: [{ kind: 'coordinatorUntrained', params: { name: 'Ola Dahl' } }],
      from: '2027-04-01',
    });
    const saved = await appoint(caseId, ids.ola, '2027-04-01');
    expect(saved.coordination.warnings.filter((w) => coordinatorKinds.has(w.kind))).toEqual([]);
    // A start today or before, or none that can be read yet, is warned of as soon as it is saved.
    expect(choiceWarnings(ola, TODAY, TODAY).from).toBeNull();
    expect(choiceWarnings(ola, null, TODAY).from).toBeNull();
  });

  it('rank the suggestions: trained with room first, the untrained and the full after them', async () => {
    const { core, caseId } = await poolAndCase();
    const candidates: Candidate[] = await core.ok('appointments.candidates', { caseId });
    expect(candidates.map((c) => c.name)).toEqual(['Kari Lie', 'Per Vik', 'Siri Berg', 'Ola Dahl']);
  });
});
