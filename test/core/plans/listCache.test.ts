import { describe, expect, it } from 'vitest';

import type { PlanListRow } from '@shared/api/plans';
import { planSorts } from '@shared/api/plans';

import { ADMIN, type TestCore } from '../harness';
import { planRegister } from './planRegister';

/**
 * The plans list reads each plan's summary as stored (plan_summaries, written in every change's
 * transaction and brought to the day by electron/core/plans/planSummaries.ts). Whatever changes
 * what a row shows (the plan, the case's steps, its coordinator, the person's name, a
 * coordinator's name, the day, the rules) must show in the next list, never a stale row.
 */
async function rowOf(core: TestCore, caseId: number): Promise<PlanListRow | undefined> {
  const { rows } = await core.ok('plans.list', { limit: 500 });
  return rows.find((r) => r.caseId === caseId);
}

const kinds = (row: PlanListRow | undefined) => row?.warnings.map((w) => w.kind);

describe('the plans list after a change', () => {
  it('shows a change to the plan, the case steps, the appointment and the names at once', async () => {
    const { core, ids } = await planRegister();
    const before = await rowOf(core, ids.d);
    expect(before).toMatchObject({ personName: 'Nora Demoli', progress: { goals: 1, goalsAchieved: 0 } });
    expect(kinds(before)).toContain('planConsentMissing');

    // The plan itself.
    await core.ok('plans.saveGoal', {
      caseId: ids.d,
      goal: {
        id: ids.goalD,
        text: 'Gå på skolen hver dag',
        area: 'kindergartenSchool',
        status: 'achieved',
        achievedDate: '2027-02-28',
      },
    });
    expect((await rowOf(core, ids.d))!.progress).toMatchObject({ goals: 1, goalsAchieved: 1, percent: 100 });

    // A step on the case: the consent to the plan is recorded.
    await core.ok('cases.recordStep', {
      caseId: ids.d,
      step: { kind: 'consent', type: 'plan', givenBy: 'guardian', date: '2027-02-15' },
    });
    expect((await rowOf(core, ids.d))!.warnings).not.toContainEqual({
      kind: 'planConsentMissing',
      params: { type: 'plan' },
    });

    // A new plan appears; the coordinator's name and the end of the appointment show.
    await core.ok('plans.save', { caseId: ids.a, plan: { wanted: true, periodStart: '2027-02-01' } });
    expect(await rowOf(core, ids.a)).toMatchObject({ coordinatorName: 'Kari Lie' });
    await core.ok('coordinators.update', { id: ids.kari, name: 'Kari Lie Berg', serviceUnitId: ids.ppt });
    expect(await rowOf(core, ids.a)).toMatchObject({ coordinatorName: 'Kari Lie Berg' });
    const { coordination } = await core.ok('cases.get', { id: ids.a });
    await core.ok('appointments.end', {
      caseId: ids.a,
      appointmentId: coordination.current!.id,
      endDate: '2027-02-28',
      endReason: 'coordinatorLeft',
    });
    expect(kinds(await rowOf(core, ids.a))).toContain('planWithoutCoordinator');

    // The person's name.
    const { person } = await core.ok('cases.get', { id: ids.d });
    await core.ok('persons.update', { ...person, id: person.id, name: 'Nora Demoli Hansen' });
    expect(await rowOf(core, ids.d)).toMatchObject({ personName: 'Nora Demoli Hansen' });
  });

  it('derives again on a new day and under new rules', async () => {
    let today = new Date('2027-03-01T10:00:00');
    const { core, ids } = await planRegister(() => today);
    await core.ok('plans.save', {
      caseId: ids.d,
      plan: { wanted: true, periodStart: '2027-02-01', nextRevisionDate: '2027-06-01' },
    });
    expect(await rowOf(core, ids.d)).toMatchObject({ status: 'active' });

    await core.ok('plans.updateRules', {
      minMeetingsPerYear: 2,
      evaluationMonths: 12,
      revisionNoticeDays: 120,
    });
    expect(await rowOf(core, ids.d)).toMatchObject({ status: 'forEvaluation' });

    today = new Date('2027-06-02T10:00:00');
    const later = await rowOf(core, ids.d);
    expect(kinds(later)).toContain('revisionOverdue');
  });

  it('keeps every sort order right after a change to one row', async () => {
    const { core, ids } = await planRegister();
    const orders = async () => {
      const out: Record<string, number[]> = {};
      for (const sort of planSorts)
        for (const desc of [false, true])
          out[`${sort}|${desc}`] = (
            await core.ok('plans.list', { sort, desc, status: undefined, limit: 500 })
          ).rows.map((r) => r.caseId);
      return out;
    };
    await orders(); // every order kept
    await core.ok('plans.save', {
      caseId: ids.a,
      plan: { wanted: true, periodStart: '2027-02-01', nextRevisionDate: '2027-04-01' },
    });
    await core.ok('plans.saveGoal', {
      caseId: ids.a,
      goal: { text: 'Svømme', area: 'leisure', status: 'achieved', achievedDate: '2027-02-20' },
    });
    await core.ok('plans.save', {
      caseId: ids.d,
      plan: { wanted: true, periodStart: '2027-02-01', nextRevisionDate: '2027-03-15' },
    });
    const warm = await orders();
    // A new session derives and sorts everything afresh.
    await core.ok('session.lock', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(warm).toEqual(await orders());
    expect(warm['nextRevisionDate|false']!.slice(0, 2)).toEqual([ids.d, ids.a]);
  });
});
