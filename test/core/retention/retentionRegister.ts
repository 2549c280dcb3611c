import { nationalIdFor } from '@core/demo/syntheticIds';
import type { CaseDetail } from '@shared/api/cases';
import type { Right } from '@shared/domain/case';

import { addServiceUnit, setUpCore, type TestCore } from '../harness';

/** What a removed person or case could be recognised by: none of it may survive anonymising. */
export const EMMA = {
  name: 'Emma Fjellstrand-Qvist',
  birthDate: '2009-05-17',
  address: 'Blåbærstien 17, 9999 Testvik',
  phone: '90011223',
  guardian: 'Halvard Fjellstrand-Qvist',
  need: 'Cerebral parese med epilepsi, trenger tett oppfølging',
  closingNote: 'Familien flyttet til Tromsø etter skoleslutt',
  goal: 'Emma skal gå alene til Nordlys skole',
  letter: 'Vi viser til søknaden fra Emma om koordinator',
};
export const JONAS = { name: 'Jonas Kvernmo-Rasch', birthDate: '2011-11-02' };

/** A clock the test moves: the register is built in 2016, the cases expire ten years on. */
export interface Clock {
  now: Date;
}

/**
 * A small register. Emma: one case received 10.01.2016, koordinator granted, a coordinator, a
 * plan with a goal, a decision letter, closed 30.06.2016 (expires 30.06.2026 at ten years). Jonas:
 * a case closed 01.08.2016 (expires 01.08.2026) and a second case received 2017, still open.
 * Lise: an open case.
 */
export async function retentionRegister(clock: Clock) {
  clock.now = new Date('2016-01-10T09:00:00');
  const { core } = await setUpCore({
    now: () => clock.now,
    allowSyntheticIds: true,
    idleTimeoutMsOverride: 2 ** 40,
  });
  const unit = await addServiceUnit(core, 'PPT');
  const kari = await core.ok('coordinators.create', { name: 'Kari Lie', serviceUnitId: unit.id });
  const step = (caseId: number, s: Record<string, unknown>): Promise<CaseDetail> =>
    core.ok('cases.recordStep', { caseId, step: s } as never);
  const grant = async (caseId: number, right: Right, date: string) =>
    (
      await step(caseId, {
        kind: 'decision',
        right,
        outcome: 'granted',
        decisionDate: date,
        notifiedDate: date,
        reasons: 'Emma har langvarige behov',
      })
    ).record.steps
      .filter((s) => s.kind === 'decision')
      .at(-1)!.id;

  const emma = await core.ok('cases.create', {
    receivedDate: '2016-01-10',
    channel: 'paper',
    appliedBy: 'guardian',
    appliedByName: EMMA.guardian,
    rightsRequested: ['koordinator', 'individuellPlan'],
    needDescription: EMMA.need,
    services: [{ serviceUnitId: unit.id, provider: 'Fastlege Olsen', contact: 'olsen@lege.no' }],
    person: {
      name: EMMA.name,
      nationalId: nationalIdFor(EMMA.birthDate, { synthetic: true }),
      address: EMMA.address,
      phone: EMMA.phone,
      relations: [{ name: EMMA.guardian, relation: 'father', parentalResponsibility: true }],
    },
  });
  const emmaCase = emma.record.id;
  clock.now = new Date('2016-02-01T09:00:00');
  const decisionId = await grant(emmaCase, 'koordinator', '2016-02-01');
  await grant(emmaCase, 'individuellPlan', '2016-02-01');
  await core.ok('appointments.appoint', {
    caseId: emmaCase,
    coordinatorId: kari.id,
    role: 'koordinator',
    startDate: '2016-02-05',
    familyWish: 'noWish',
  });
  await core.ok('plans.save', { caseId: emmaCase, plan: { wanted: true, periodStart: '2016-02-10' } });
  await core.ok('plans.saveGoal', {
    caseId: emmaCase,
    goal: { text: EMMA.goal, area: 'kindergartenSchool', status: 'inProgress' },
  });
  await core.ok('letters.record', {
    caseId: emmaCase,
    kind: 'decision',
    decisionId,
    date: '2016-02-01',
    text: EMMA.letter,
  });
  await core.ok('drafts.save', {
    form: `transition:saker/${emmaCase}/overgang`,
    data: { note: EMMA.closingNote },
  });

  clock.now = new Date('2016-03-01T09:00:00');
  const jonas = await core.ok('cases.create', {
    receivedDate: '2016-03-01',
    channel: 'oral',
    appliedBy: 'guardian',
    rightsRequested: ['koordinator'],
    person: { name: JONAS.name, nationalId: nationalIdFor(JONAS.birthDate, { synthetic: true }) },
  });
  const jonasOld = jonas.record.id;
  clock.now = new Date('2016-04-01T09:00:00');
  await grant(jonasOld, 'koordinator', '2016-04-01');

  const lise = await core.ok('cases.create', {
    receivedDate: '2016-04-01',
    channel: 'electronicForm',
    appliedBy: 'person',
    rightsRequested: ['koordinator'],
    person: { name: 'Lise Open', birthDate: '2004-02-02' },
  });

  clock.now = new Date('2016-07-01T09:00:00');
  await step(emmaCase, { kind: 'closing', date: '2016-06-30', reason: 'moved', note: EMMA.closingNote });
  clock.now = new Date('2016-08-02T09:00:00');
  await step(jonasOld, { kind: 'closing', date: '2016-08-01', reason: 'needEnded', note: '' });
  clock.now = new Date('2017-03-01T09:00:00');
  const jonasNew = await core.ok('cases.create', {
    receivedDate: '2017-03-01',
    channel: 'oral',
    appliedBy: 'guardian',
    rightsRequested: ['koordinator'],
    personId: jonas.record.personId,
  });
  return {
    core,
    emmaCase,
    emmaPerson: emma.record.personId,
    jonasOld,
    jonasNew: jonasNew.record.id,
    jonasPerson: jonas.record.personId,
    liseCase: lise.record.id,
  };
}

export type RetentionRegister = Awaited<ReturnType<typeof retentionRegister>>;

/** Anonymises (or deletes) the cases as the page does: the count typed, copies confirmed. */
export const apply = (core: TestCore, caseIds: number[], action: 'anonymise' | 'delete' = 'anonymise') =>
  core.ok('retention.apply', {
    caseIds,
    action,
    confirmCount: caseIds.length,
    confirmWithoutArchiveCopy: true,
  });
