import { describe, expect, it } from 'vitest';

import type { Dashboard, DashboardInput, DashboardKey, FigureList } from '@shared/api/dashboards';

import type { TestCore } from '../harness';
import { fixtureRegister, type Fixture } from './fixtureRegister';

/** Every figure of a dashboard as `group.figure` -> value (service units by their name). */
function values(d: Dashboard): Record<string, number | null> {
  return Object.fromEntries(
    d.groups.flatMap((g) => g.figures.map((f) => [`${g.key}.${f.label ?? f.key}`, f.value])),
  );
}

async function figure(
  core: TestCore,
  input: Omit<DashboardInput, 'dashboard'> & {
    dashboard: DashboardInput['dashboard'];
    group: string;
    figure: string;
  },
) {
  return core.ok('dashboards.figure', input);
}

/** The case ids of a figure's list, in its order, by the fixture's names for them. */
function named(fx: Fixture, list: FigureList): string[] {
  const names = new Map(Object.entries(fx.cases).map(([name, id]) => [id, name]));
  const coordinators = new Map(Object.entries(fx.k).map(([name, id]) => [id, name]));
  return list.kind === 'cases'
    ? list.rows.map((r) => names.get(r.caseId)!)
    : list.rows.map((r) => coordinators.get(r.coordinatorId)!);
}

describe('dashboards on the fixture register (15.06.2027)', () => {
  it('counts every figure as worked out by hand, and each list has as many rows as its figure', async () => {
    const fx = await fixtureRegister();
    const { core } = fx;
    const get = (dashboard: DashboardKey) => core.ok('dashboards.get', { dashboard });
    const got = {
      deadlines: await get('deadlines'),
      training: await get('training'),
      assignments: await get('assignments'),
      changes: await get('changes'),
      plans: await get('plans'),
    } satisfies Record<DashboardKey, Dashboard>;
    expect(values(got.deadlines)).toEqual({
      // No reply sent: I1 (due 03.06) and I2 (due 20.05) passed, I3 due 18.06 (3 days),
      // I4 due 01.07 and Y1 due 09.07 (behind its age-18 deadline of 01.07). I5, P1, P2 replied.
      'interimReplies.overdue': 2,
      'interimReplies.dueSoon': 1,
      'interimReplies.later': 2,
      // Days since receipt: I3 28, I4 14, Y1 5 | I1 43, I2 56, I5 41 | P1 87 | P2 156.
      'pendingDecisions.days0to30': 3,
      'pendingDecisions.days31to60': 3,
      'pendingDecisions.days61to90': 1,
      'pendingDecisions.over90': 1,
      // A1 (to 29.06) and Y1 (to 09.07); A2 and A4 (closed since) await re-assessment; A3 not
      // forwarded. A5 is at Statsforvalteren: nothing owed.
      'appeals.deadlineRunning': 2,
      'appeals.awaitingReassessment': 2,
      'appeals.notForwarded': 1,
      // Y1 (01.07) and Y2 (today); Y3 turns 18 a day after the window, Y5 is closed.
      'youth.turning18': 2,
      // Y1 17, Y3 17, Y7 15 today, Y9 16 (mapped without the child). Y6 took part, Y8 is 14.
      'youth.participationMissing': 4,
    });
    expect(values(got.training)).toEqual({
      // Anne, Eva, Gro, Hans, Ida | Bjørn (to 01.07) | Cecilie (10.01) | Dag. Frode is inactive.
      'status.trained': 5,
      'status.expiresSoon': 1,
      'status.expired': 1,
      'status.never': 1,
      // Cecilie (C5, C6) and Dag (C7; his C8 starts 01.07, so no warning yet).
      'untrainedWithCases.coordinators': 2,
      'untrainedWithCases.cases': 3,
    });
    expect(got.training.nextSessions.map((s) => s.date)).toEqual([
      '2027-06-15',
      '2027-07-01',
      '2027-08-01',
      '2027-09-01',
      '2027-10-01',
    ]);
    expect(values(got.assignments)).toEqual({
      // Ida 0 | Anne 3, Bjørn 1, Cecilie 2, Dag 2 | Eva 4 | Gro 7 | Hans 12 (G4 from 01.07).
      'caseload.none': 1,
      'caseload.oneToThree': 4,
      'caseload.fourToSix': 1,
      'caseload.sevenToTen': 1,
      'caseload.overTen': 1,
      // Anne 3/2, Hans 12/10 | Dag 2/2, Eva 4/4 | Bjørn, Gro, Ida | Cecilie.
      'capacity.over': 2,
      'capacity.at': 2,
      'capacity.under': 3,
      'capacity.notSet': 1,
      // Y1 4 days, U2 21, X4 45 (since Bjørn ended 01.05), Y4 146 (granted 20.01).
      'withoutCoordinator.days0to14': 1,
      'withoutCoordinator.days15to30': 1,
      'withoutCoordinator.days31to90': 1,
      'withoutCoordinator.over90': 1,
      // Anne 3 + Cecilie 2 | Bjørn 1 + Dag 2 + Eva 4 | Gro 7 + Hans 11 (G4 is Gro's until 01.07);
      // Skolehelsetjenesten none.
      'serviceUnits.Barnevern': 18,
      'serviceUnits.Helsestasjonen': 7,
      'serviceUnits.PPT': 5,
    });
    expect(got.changes.period).toEqual({ from: '2026-06-16', to: '2027-06-15' });
    expect(values(got.changes)).toEqual({
      // X1 and X9 workload; X2, X3 (twice), X4, X6, X8 one each. X5 before, X7 closed.
      'reasons.coordinatorLeft': 1,
      'reasons.coordinatorRequest': 1,
      'reasons.familyRequest': 1,
      'reasons.workload': 2,
      'reasons.betterMatch': 1,
      'reasons.roleChanged': 1,
      'reasons.other': 1,
      // X3 | X2 and X8 (family), X1 and X8 (partners); X4 has nobody after to be told about.
      'followUp.casesWithTwoOrMore': 1,
      'followUp.familyNotInformed': 2,
      'followUp.partnersNotInformed': 2,
      // X1, X3b, X9 | X2 4 | X3a 9, X6 19, X8 30 | X4 45 (to today).
      'gaps.sameDay': 3,
      'gaps.days1to7': 1,
      'gaps.days8to30': 3,
      'gaps.over30': 1,
    });
    expect(values(got.plans)).toEqual({
      // Q1 | Q2 | H1 | H2, H3 | H5 | H4.
      'status.notStarted': 1,
      'status.inProgress': 1,
      'status.active': 1,
      'status.forEvaluation': 2,
      'status.notWanted': 1,
      'status.closed': 1,
      // H3 (01.06) | H2 (due 01.01) | H1 (01.05) | Q1, Q2 (no coordinator right).
      'overdue.revisionOverdue': 1,
      'overdue.evaluationOverdue': 1,
      'overdue.measureOverdue': 1,
      'overdue.planWithoutCoordinator': 2,
      // H1, H2, H4 in the period (H3's 10.06.2026 before it) | Q2 1, H1 1, H2 2 (H4 is closed).
      'goals.achievedInPeriod': 3,
      'goals.open': 4,
      // H1 (2 of 1 owed so far), H3 (1 of 1) | H2 (1 of 2).
      'meetings.meetsMinimum': 2,
      'meetings.belowMinimum': 1,
    });

    for (const d of Object.values(got))
      for (const g of d.groups)
        for (const f of g.figures) {
          const list = await figure(core, { dashboard: d.key, group: g.key, figure: f.key });
          expect(list.rows.length, `${d.key}.${g.key}.${f.key}`).toBe(f.value);
          expect(list.kind).toBe(f.list);
          expect(list.period).toEqual(d.period);
        }
  }, 60_000);

  it('lists each figure most urgent first, with its detail column', async () => {
    const fx = await fixtureRegister();
    const list = async (dashboard: DashboardKey, group: string, f: string) => {
      const found = await figure(fx.core, { dashboard, group, figure: f });
      if (found.kind !== 'cases') throw new Error(`${f} lists coordinators`);
      return found;
    };
    const staff = (dashboard: DashboardKey, group: string, f: string) =>
      figure(fx.core, { dashboard, group, figure: f });

    const overdue = await list('deadlines', 'interimReplies', 'overdue');
    expect(named(fx, overdue)).toEqual(['i2', 'i1']);
    expect(overdue).toMatchObject({ kind: 'cases', detail: 'dueDate' });
    expect(overdue.rows.map((r) => r.detail)).toEqual(['2027-05-20', '2027-06-03']);
    expect(overdue.rows[0]).toMatchObject({
      personName: 'Iver Frist',
      status: 'inProgress',
      coordinatorName: null,
    });

    const later = await list('deadlines', 'interimReplies', 'later');
    expect(later.rows.map((r) => [r.caseId, r.detail])).toEqual([
      [fx.cases.i4, '2027-07-01'],
      [fx.cases.y1, '2027-07-09'],
    ]);
    expect((await list('deadlines', 'pendingDecisions', 'days31to60')).rows.map((r) => r.detail)).toEqual([
      56, 43, 41,
    ]);
    expect(named(fx, await list('deadlines', 'appeals', 'awaitingReassessment'))).toEqual(['a4', 'a2']);
    expect(named(fx, await list('deadlines', 'youth', 'participationMissing'))).toEqual([
      'y1',
      'y3',
      'y9',
      'y7',
    ]);
    expect((await list('deadlines', 'youth', 'turning18')).rows.map((r) => r.detail)).toEqual([
      '2027-06-15',
      '2027-07-01',
    ]);

    const untrained = await staff('training', 'untrainedWithCases', 'coordinators');
    expect(untrained.kind).toBe('coordinators');
    expect(named(fx, untrained)).toEqual(['cecilie', 'dag']);
    expect(untrained.rows[1]).toMatchObject({
      name: 'Dag Eik',
      serviceUnit: 'Helsestasjonen',
      cases: 2,
      capacity: 2,
      training: 'never',
    });
    const cases = await list('training', 'untrainedWithCases', 'cases');
    expect(cases.rows.map((r) => r.coordinatorName)).toEqual(['Cecilie Dahl', 'Cecilie Dahl', 'Dag Eik']);

    expect(named(fx, await staff('assignments', 'capacity', 'over'))).toEqual(['hans', 'anne']);
    expect(
      (await list('assignments', 'withoutCoordinator', 'over90')).rows.map((r) => [r.caseId, r.detail]),
    ).toEqual([[fx.cases.y4, 146]]);
    const welfare = await list('assignments', 'serviceUnits', `unit-${fx.units.welfare}`);
    expect(welfare).toMatchObject({ label: 'Barnevern', detail: null });
    // X8's next coordinator starts 01.07: Gro holds it already (planned), as her caseload says.
    expect(welfare.rows.find((r) => r.caseId === fx.cases.x8)?.coordinatorName).toBe('Gro Hagen');
    // G4 is Gro's until Hans takes over on 01.07: listed once, with her.
    expect(welfare.rows.filter((r) => r.caseId === fx.cases.g4).map((r) => r.coordinatorName)).toEqual([
      'Gro Hagen',
    ]);

    const two = await list('changes', 'followUp', 'casesWithTwoOrMore');
    expect(two.rows.map((r) => [r.caseId, r.detail])).toEqual([[fx.cases.x3, 2]]);
    expect(two.detail).toBe('changes');
    expect((await list('changes', 'gaps', 'days8to30')).rows.map((r) => r.detail)).toEqual([30, 19, 9]);
    expect(named(fx, await list('changes', 'followUp', 'familyNotInformed'))).toEqual(['x2', 'x8']);

    expect((await list('plans', 'goals', 'achievedInPeriod')).rows.map((r) => [r.caseId, r.detail])).toEqual([
      [fx.cases.h1, '2027-03-01'],
      [fx.cases.h4, '2027-02-01'],
      [fx.cases.h2, '2026-07-01'],
    ]);
    expect(named(fx, await list('plans', 'goals', 'open'))).toEqual(['h2', 'h1', 'h2', 'q2']);
    expect((await list('plans', 'meetings', 'meetsMinimum')).rows.map((r) => [r.caseId, r.detail])).toEqual([
      [fx.cases.h3, 1],
      [fx.cases.h1, 2],
    ]);
    expect((await list('plans', 'overdue', 'measureOverdue')).rows.map((r) => r.detail)).toEqual([
      '2027-05-01',
    ]);
  }, 60_000);

  it('counts the changes and goals of the period asked for', async () => {
    const { core } = await fixtureRegister();
    const period = { from: '2027-01-01', to: '2027-06-15' };
    const changes = values(await core.ok('dashboards.get', { dashboard: 'changes', ...period }));
    // X9 (10.01), X3b (01.02), X6 (01.03), X4 (01.05), X8 (01.06): one change each in 2027.
    expect(changes['reasons.workload']).toBe(1);
    expect(changes['reasons.familyRequest']).toBe(0);
    expect(changes['followUp.casesWithTwoOrMore']).toBe(0);
    expect(changes['gaps.sameDay']).toBe(2);
    const plans = await core.ok('dashboards.get', { dashboard: 'plans', ...period });
    expect(plans.period).toEqual(period);
    // H1 01.03 and H4 01.02; H2's goal was reached in July 2026.
    expect(values(plans)['goals.achievedInPeriod']).toBe(2);
    const listed = await figure(core, {
      dashboard: 'plans',
      group: 'goals',
      figure: 'achievedInPeriod',
      ...period,
    });
    expect(listed.rows).toHaveLength(2);
    // A dashboard of today has no period, whatever is sent.
    expect((await core.ok('dashboards.get', { dashboard: 'deadlines', ...period })).period).toBeNull();
  }, 60_000);
});
