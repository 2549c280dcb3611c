import { nationalIdFor } from '@core/demo/syntheticIds';
import type { CaseDetail } from '@shared/api/cases';
import type { CaseChannel, Right } from '@shared/domain/case';

import { addServiceUnit, setUpCore } from '../harness';

/** The report is made on 15 October 2027 for the third quarter. */
export const now = () => new Date('2027-10-15T10:00:00');
export const Q3 = { from: '2027-07-01', to: '2027-09-30' };

/** The persons of the register: none of these may appear in a leadership report. */
export const persons: { name: string; birthDate: string }[] = [];

/**
 * A small register whose third-quarter figures are counted by hand in reports.test.ts:
 *
 * received in Q3: A1-A3 electronic form, koordinator (A1 granted 20.07, A2 granted 20.08 after an
 * interim reply 01.08, A3 refused 27.07 and appealed 10.08, forwarded to Statsforvalteren);
 * A4 paper, koordinator granted 01.08, Ola from 02.08, changed to Siri 10.09 (family's request);
 * A5 paper, IP + barnekoordinator granted 01.09, born 15.01.2010, Kari from 05.09, a plan with
 * its revision 20.09 overdue; A6 oral, IP, nothing done (the interim reply is missing);
 * A7 oral, koordinator, received 20.09.
 * received before: B1 (May) koordinator granted 15.07, Ola; B2 (June) IP refused 10.07, appeal
 * upheld by the municipality, granted 05.08, plan not wanted; B3 (June) interim reply late,
 * koordinator granted 10.08, Siri; B4 (April) barnekoordinator, turned 18 on 01.08 (transition
 * ended), closed 15.08; B5 (March) koordinator granted 20.03, never a coordinator.
 * Coordinators Kari, Ola and Siri trained in January, Per never.
 */
export async function reportRegister() {
  persons.length = 0;
  const { core } = await setUpCore({ now, allowSyntheticIds: true, idleTimeoutMsOverride: 2 ** 40 });
  const unit = await addServiceUnit(core, 'PPT');
  const coordinator = (name: string) => core.ok('coordinators.create', { name, serviceUnitId: unit.id });
  const [kari, ola, siri, per] = await Promise.all(
    ['Kari Lie', 'Ola Dahl', 'Siri Berg', 'Per Holm'].map(coordinator),
  );
  for (const k of [kari!, ola!, siri!])
    await core.ok('training.recordCompletion', { coordinatorId: k.id, courseId: 1, date: '2027-01-10' });

  let n = 0;
  const newCase = async (receivedDate: string, channel: CaseChannel, rights: Right[], birthDate: string) => {
    n += 1;
    const name = `Barn${String.fromCharCode(64 + n)} Rapportsen`;
    persons.push({ name, birthDate });
    const detail = await core.ok('cases.create', {
      receivedDate,
      channel,
      appliedBy: 'guardian',
      rightsRequested: rights,
      person: { name, nationalId: nationalIdFor(birthDate, { synthetic: true }) },
    });
    return detail.record.id;
  };
  // Steps are written as the form sends them; the contract's schema fills in the rest.
  const step = (caseId: number, s: Record<string, unknown>): Promise<CaseDetail> =>
    core.ok('cases.recordStep', { caseId, step: s } as never);
  const decide = async (caseId: number, right: Right, outcome: string, date: string) => {
    const detail = await step(caseId, {
      kind: 'decision',
      right,
      outcome,
      decisionDate: date,
      notifiedDate: date,
    });
    return detail.record.steps.filter((s) => s.kind === 'decision').at(-1)!.id;
  };
  const appoint = (caseId: number, coordinatorId: number, startDate: string, role = 'koordinator') =>
    core.ok('appointments.appoint', {
      caseId,
      coordinatorId,
      role: role as 'koordinator',
      startDate,
      familyWish: 'noWish',
    });

  const a1 = await newCase('2027-07-05', 'electronicForm', ['koordinator'], '2012-03-04');
  await decide(a1, 'koordinator', 'granted', '2027-07-20');
  await appoint(a1, kari!.id, '2027-07-25');
  const a2 = await newCase('2027-07-06', 'electronicForm', ['koordinator'], '2013-04-05');
  await step(a2, {
    kind: 'interimReply',
    sentDate: '2027-08-01',
    reason: 'Venter',
    expectedDate: '2027-08-20',
  });
  await decide(a2, 'koordinator', 'granted', '2027-08-20');
  await appoint(a2, kari!.id, '2027-08-25');
  const a3 = await newCase('2027-07-07', 'electronicForm', ['koordinator'], '2014-05-06');
  const refusedA3 = await decide(a3, 'koordinator', 'refused', '2027-07-27');
  await step(a3, {
    kind: 'appeal',
    decisionId: refusedA3,
    receivedDate: '2027-08-10',
    reassessment: 'notUpheld',
    reassessmentDate: '2027-08-20',
    forwardedDate: '2027-08-21',
  });
  const a4 = await newCase('2027-07-12', 'paper', ['koordinator'], '2011-06-07');
  await decide(a4, 'koordinator', 'granted', '2027-08-01');
  const appointedA4 = await appoint(a4, ola!.id, '2027-08-02');
  await core.ok('appointments.change', {
    caseId: a4,
    appointmentId: appointedA4.coordination.history[0]!.id,
    endDate: '2027-09-10',
    endReason: 'familyRequest',
    next: { coordinatorId: siri!.id, role: 'koordinator', startDate: '2027-09-10', familyWish: 'followed' },
  });
  const a5 = await newCase('2027-08-02', 'paper', ['individuellPlan', 'barnekoordinator'], '2010-01-15');
  await decide(a5, 'individuellPlan', 'granted', '2027-09-01');
  await decide(a5, 'barnekoordinator', 'granted', '2027-09-01');
  await appoint(a5, kari!.id, '2027-09-05', 'barnekoordinator');
  await core.ok('plans.save', {
    caseId: a5,
    plan: { wanted: true, periodStart: '2027-09-05', nextRevisionDate: '2027-09-20' },
  });
  await newCase('2027-08-15', 'oral', ['individuellPlan'], '2015-07-08');
  await newCase('2027-09-20', 'oral', ['koordinator'], '2016-08-09');

  const b1 = await newCase('2027-05-10', 'electronicForm', ['koordinator'], '2008-09-10');
  await decide(b1, 'koordinator', 'granted', '2027-07-15');
  await appoint(b1, ola!.id, '2027-07-16');
  const b2 = await newCase('2027-06-10', 'paper', ['individuellPlan'], '2009-10-11');
  const refusedB2 = await decide(b2, 'individuellPlan', 'refused', '2027-07-10');
  await step(b2, {
    kind: 'appeal',
    decisionId: refusedB2,
    receivedDate: '2027-07-20',
    reassessment: 'upheld',
    reassessmentDate: '2027-08-01',
  });
  await decide(b2, 'individuellPlan', 'granted', '2027-08-05');
  await core.ok('plans.save', { caseId: b2, plan: { wanted: false } });
  const b3 = await newCase('2027-06-15', 'electronicForm', ['koordinator'], '2007-11-12');
  await step(b3, {
    kind: 'interimReply',
    sentDate: '2027-07-20',
    reason: 'Venter',
    expectedDate: '2027-08-10',
  });
  await decide(b3, 'koordinator', 'granted', '2027-08-10');
  await appoint(b3, siri!.id, '2027-08-11');
  const b4 = await newCase('2027-04-01', 'electronicForm', ['barnekoordinator'], '2009-08-01');
  await decide(b4, 'barnekoordinator', 'granted', '2027-05-01');
  await appoint(b4, ola!.id, '2027-05-02', 'barnekoordinator');
  await step(b4, { kind: 'transition', date: '2027-08-01', outcome: 'ended' });
  await step(b4, { kind: 'closing', date: '2027-08-15', reason: 'turned18' });
  const b5 = await newCase('2027-03-01', 'oral', ['koordinator'], '2006-12-13');
  await decide(b5, 'koordinator', 'granted', '2027-03-20');

  return { core, ids: { kari: kari!.id, ola: ola!.id, siri: siri!.id, per: per!.id } };
}
