import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import { planPointKeys } from '@shared/domain/plan';

import { withRawDb, type TestCore } from '../harness';
import { grant, planRegister } from './planRegister';

/** The audit rows written since `after` (an audit id), reads of the log itself left out. */
async function auditSince(core: TestCore, after: number) {
  const { rows } = await core.ok('audit.list', { limit: 200 });
  return rows
    .filter((r) => r.id > after && r.entity !== 'audit')
    .reverse()
    .map((r) => ({ action: r.action, entity: r.entity, entityId: r.entityId, fields: r.fields }));
}

const lastAuditId = async (core: TestCore) => (await core.ok('audit.list', { limit: 1 })).rows[0]!.id;

describe('an individual plan from start to follow-up', () => {
  it('starts on a granted case, records its fields, and logs what changed', async () => {
    const { core, ids } = await planRegister();
    const empty = await core.ok('plans.get', { caseId: ids.a });
    expect(empty).toMatchObject({
      caseNumber: expect.stringMatching(/^2027-/),
      personName: 'Jonas Demoli',
      caseClosed: false,
      ipGrantedFrom: '2027-01-20',
      coordinator: { name: 'Kari Lie', role: 'barnekoordinator' },
      plan: null,
      overview: null,
      goals: [],
      rules: { minMeetingsPerYear: 2, evaluationMonths: 12, revisionNoticeDays: 30 },
      today: '2027-03-01',
    });
    expect(empty.points.map((p) => p.key)).toEqual([...planPointKeys]);

    const mark = await lastAuditId(core);
    const started = await core.ok('plans.save', {
      caseId: ids.a,
      plan: { wanted: true, tool: 'sampro', toolReference: 'SamPro 4711' },
    });
    expect(started.plan).toMatchObject({ wanted: true, tool: 'sampro', recordedBy: 'kari.admin' });
    // Where the plan is kept is recorded: the work has begun.
    expect(started.overview!.status).toBe('inProgress');

    const running = await core.ok('plans.save', {
      caseId: ids.a,
      plan: {
        wanted: true,
        tool: 'sampro',
        toolReference: 'SamPro 4711',
        periodStart: '2027-02-01',
        periodEnd: '2028-01-31',
        nextRevisionDate: '2027-08-01',
      },
    });
    expect(running.overview!.status).toBe('active');
    // Same fields again: nothing changed, nothing logged.
    await core.ok('plans.save', { caseId: ids.a, plan: { ...running.plan!, closedNote: '' } });
    expect(await auditSince(core, mark)).toEqual([
      {
        action: 'plan_create',
        entity: 'case',
        entityId: String(ids.a),
        fields: [
          'plan',
          ...Object.keys(started.plan!).filter(
            (k) => !['id', 'caseId', 'recordedBy', 'recordedAt', 'updatedAt'].includes(k),
          ),
        ],
      },
      {
        action: 'plan_update',
        entity: 'case',
        entityId: String(ids.a),
        fields: ['plan', 'periodStart', 'periodEnd', 'nextRevisionDate'],
      },
    ]);

    const soon = await core.ok('plans.save', {
      caseId: ids.a,
      plan: { ...running.plan!, nextRevisionDate: '2027-03-20' },
    });
    expect(soon.overview!.status).toBe('forEvaluation');
    const no = await core.ok('plans.save', { caseId: ids.a, plan: { ...running.plan!, wanted: false } });
    expect(no.overview!.status).toBe('notWanted');
  });

  it('keeps the nine points, covered or not, and shows what is missing', async () => {
    const { core, ids } = await planRegister();
    await core.ok('plans.save', { caseId: ids.a, plan: { wanted: true, periodStart: '2027-02-01' } });
    const first = await core.ok('plans.savePoints', {
      caseId: ids.a,
      points: [
        { key: 'consent', covered: true, note: 'Samtykke 1. feb' },
        { key: 'goalsResourcesNeeds', covered: true },
      ],
    });
    expect(first.points.map((p) => p.key)).toEqual([...planPointKeys]);
    expect(first.points.filter((p) => p.covered).map((p) => p.key)).toEqual([
      'goalsResourcesNeeds',
      'consent',
    ]);
    expect(first.points.find((p) => p.key === 'consent')!.note).toBe('Samtykke 1. feb');
    expect(first.overview!.missingPoints).toEqual(
      planPointKeys.filter((k) => k !== 'consent' && k !== 'goalsResourcesNeeds'),
    );
    // Points not sent keep what they had.
    const mark = await lastAuditId(core);
    const second = await core.ok('plans.savePoints', {
      caseId: ids.a,
      points: [{ key: 'consent', covered: false, note: 'Trukket' }],
    });
    expect(second.points.filter((p) => p.covered).map((p) => p.key)).toEqual(['goalsResourcesNeeds']);
    expect((await auditSince(core, mark)).map((r) => [r.action, r.fields])).toEqual([
      ['plan_points', ['point:consent']],
    ]);
  });

  it('keeps goals with their measures in order, moves them, derives progress, and removes a goal with its measures', async () => {
    const { core, ids } = await planRegister();
    await core.ok('plans.save', { caseId: ids.a, plan: { wanted: true, periodStart: '2027-02-01' } });
    const g = (text: string) => ({ text, area: 'health' as const, status: 'inProgress' as const });
    await core.ok('plans.saveGoal', { caseId: ids.a, goal: g('Sove godt') });
    await core.ok('plans.saveGoal', {
      caseId: ids.a,
      goal: { ...g('Gå på skolen'), area: 'kindergartenSchool' },
    });
    const three = await core.ok('plans.saveGoal', { caseId: ids.a, goal: g('Spille fotball') });
    const [sleep, school, football] = three.goals;
    expect(three.goals.map((x) => [x.text, x.position])).toEqual([
      ['Sove godt', 0],
      ['Gå på skolen', 1],
      ['Spille fotball', 2],
    ]);
    expect(three.overview!.status).toBe('active');

    const m = (text: string, more = {}) => ({ text, status: 'planned' as const, ...more });
    await core.ok('plans.saveMeasure', {
      caseId: ids.a,
      goalId: school!.id,
      measure: m('Skyss', { serviceUnitId: ids.ppt }),
    });
    await core.ok('plans.saveMeasure', {
      caseId: ids.a,
      goalId: school!.id,
      measure: m('Assistent', { dueDate: '2027-02-15' }),
    });
    const measured = await core.ok('plans.saveMeasure', {
      caseId: ids.a,
      goalId: sleep!.id,
      measure: m('Søvnskole'),
    });
    const schoolGoal = measured.goals.find((x) => x.id === school!.id)!;
    expect(schoolGoal.measures.map((x) => [x.text, x.position, x.serviceUnitName])).toEqual([
      ['Skyss', 0, 'PPT'],
      ['Assistent', 1, null],
    ]);
    // The assistant was due 15 February and is still planned.
    expect(measured.overview!.warnings).toContainEqual({
      kind: 'measureOverdue',
      params: { count: 1, date: '2027-02-15' },
    });

    // Moving: the school goal up swaps it with sleep; the first up and the last down change nothing.
    const moved = await core.ok('plans.moveGoal', { caseId: ids.a, goalId: school!.id, direction: 'up' });
    expect(moved.goals.map((x) => x.text)).toEqual(['Gå på skolen', 'Sove godt', 'Spille fotball']);
    const mark = await lastAuditId(core);
    const same = await core.ok('plans.moveGoal', { caseId: ids.a, goalId: school!.id, direction: 'up' });
    const same2 = await core.ok('plans.moveGoal', { caseId: ids.a, goalId: football!.id, direction: 'down' });
    expect(same.goals.map((x) => x.text)).toEqual(moved.goals.map((x) => x.text));
    expect(same2.goals.map((x) => x.text)).toEqual(moved.goals.map((x) => x.text));
    expect(await auditSince(core, mark)).toEqual([]);
    const assistant = schoolGoal.measures[1]!;
    const measureMoved = await core.ok('plans.moveMeasure', {
      caseId: ids.a,
      measureId: assistant.id,
      direction: 'up',
    });
    expect(measureMoved.goals[0]!.measures.map((x) => [x.text, x.position])).toEqual([
      ['Assistent', 0],
      ['Skyss', 1],
    ]);

    // Progress: one of three achieved; a discontinued goal is not counted.
    await core.ok('plans.saveGoal', {
      caseId: ids.a,
      goal: { ...g('Sove godt'), id: sleep!.id, status: 'achieved', achievedDate: '2027-02-28' },
    });
    const done = await core.ok('plans.saveMeasure', {
      caseId: ids.a,
      goalId: school!.id,
      measure: { ...m('Assistent', { dueDate: '2027-02-15' }), id: assistant.id, status: 'done' },
    });
    expect(done.overview!.progress).toEqual({
      goals: 3,
      goalsAchieved: 1,
      measures: 3,
      measuresDone: 1,
      percent: 33,
    });
    expect(done.overview!.warnings.map((w) => w.kind)).not.toContain('measureOverdue');
    const dropped = await core.ok('plans.saveGoal', {
      caseId: ids.a,
      goal: { ...g('Spille fotball'), id: football!.id, status: 'discontinued' },
    });
    expect(dropped.overview!.progress.percent).toBe(50);

    // Removing the school goal takes its two measures and closes the gap in the order.
    const removeMark = await lastAuditId(core);
    const removed = await core.ok('plans.removeGoal', { caseId: ids.a, goalId: school!.id });
    expect(removed.goals.map((x) => [x.text, x.position])).toEqual([
      ['Sove godt', 0],
      ['Spille fotball', 1],
    ]);
    const measuresLeft = await withRawDb(core.dataDir, (db) =>
      db.prepare('SELECT count(*) AS n FROM plan_measures WHERE goal_id = ?').get(school!.id),
    );
    expect(measuresLeft).toEqual({ n: 0 });
    const [log] = await auditSince(core, removeMark);
    expect(log!.action).toBe('goal_remove');
    expect(log!.fields).toEqual([
      `goal:${school!.id}`,
      ...measureMoved.goals[0]!.measures.map((x) => `measure:${x.id}`),
    ]);
    const fewer = await core.ok('plans.removeMeasure', {
      caseId: ids.a,
      measureId: removed.goals[0]!.measures[0]!.id,
    });
    expect(fewer.goals[0]!.measures).toEqual([]);
  });

  it('keeps the responsibility group and its meetings, newest first, and derives the evaluation', async () => {
    const { core, ids } = await planRegister();
    await core.ok('plans.save', {
      caseId: ids.a,
      plan: { wanted: true, periodStart: '2027-02-01', nextRevisionDate: '2027-09-01' },
    });
    await core.ok('plans.saveMember', {
      caseId: ids.a,
      member: {
        kind: 'service',
        name: 'Helga Helsesykepleier',
        role: 'helsesykepleier',
        serviceUnitId: ids.health,
      },
    });
    const withMother = await core.ok('plans.saveMember', {
      caseId: ids.a,
      member: { kind: 'family', name: 'Mor Demoli', role: 'mor' },
    });
    expect(withMother.members.map((m) => [m.name, m.serviceUnitName])).toEqual([
      ['Helga Helsesykepleier', 'Helsestasjonen'],
      ['Mor Demoli', null],
    ]);
    const [nurse, mother] = withMother.members;
    await core.ok('plans.saveMeeting', {
      caseId: ids.a,
      meeting: { date: '2027-02-03', kind: 'start', participantIds: [mother!.id, nurse!.id] },
    });
    const met = await core.ok('plans.saveMeeting', {
      caseId: ids.a,
      meeting: {
        date: '2027-02-25',
        kind: 'evaluation',
        participantIds: [mother!.id],
        otherParticipants: 'Lærer',
        minutesWritten: true,
        minutesReference: 'Arkiv 27/123',
        nextMeetingDate: '2027-05-20',
      },
    });
    expect(met.meetings.map((m) => [m.date, m.participantIds])).toEqual([
      ['2027-02-25', [mother!.id]],
      ['2027-02-03', [nurse!.id, mother!.id].sort((a, b) => a - b)],
    ]);
    expect(met.overview).toMatchObject({
      lastEvaluation: '2027-02-25',
      nextMeeting: '2027-05-20',
      meetingsLast12Months: 2,
    });

    // The nurse was at the start meeting: she stays until that meeting no longer names her.
    const refused = await core.fails('plans.removeMember', { caseId: ids.a, memberId: nurse!.id });
    expect(refused.fields).toEqual({ memberId: 'validation.memberInMeetings' });
    const start = met.meetings[1]!;
    await core.ok('plans.saveMeeting', {
      caseId: ids.a,
      meeting: { ...start, participantIds: [mother!.id] },
    });
    const gone = await core.ok('plans.removeMember', { caseId: ids.a, memberId: nurse!.id });
    expect(gone.members.map((m) => m.name)).toEqual(['Mor Demoli']);
    const oneMeeting = await core.ok('plans.removeMeeting', { caseId: ids.a, meetingId: start.id });
    expect(oneMeeting.meetings.map((m) => m.date)).toEqual(['2027-02-25']);
  });

  it('sums the plan up on the case page, and a closed case closes its plan', async () => {
    const { core, ids } = await planRegister();
    expect((await core.ok('cases.get', { id: ids.a })).plan).toBeNull();
    await core.ok('plans.save', {
      caseId: ids.a,
      plan: { wanted: true, periodStart: '2027-02-01', nextRevisionDate: '2027-02-20' },
    });
    const detail = await core.ok('cases.get', { id: ids.a });
    expect(detail.plan).toMatchObject({ status: 'forEvaluation', nextRevisionDate: '2027-02-20' });
    expect(detail.plan!.warnings.map((w) => w.kind)).toEqual([
      'revisionOverdue',
      'planConsentMissing',
      'planConsentMissing',
    ]);
    const closed = await core.ok('cases.recordStep', {
      caseId: ids.a,
      step: { kind: 'closing', date: '2027-03-01', reason: 'needEnded' },
    });
    expect(closed.plan).toMatchObject({ status: 'closed', warnings: [] });
    expect((await core.ok('plans.get', { caseId: ids.a })).caseClosed).toBe(true);
    expect((await core.fails('plans.save', { caseId: ids.a, plan: { wanted: true } })).code).toBe(
      'CASE_CLOSED',
    );
  });

  it('logs every read of a plan page with the person it names', async () => {
    const { core, ids } = await planRegister();
    const mark = await lastAuditId(core);
    const detail = await core.ok('plans.get', { caseId: ids.d });
    expect(await auditSince(core, mark)).toEqual([
      {
        action: 'read',
        entity: 'case',
        entityId: String(ids.d),
        fields: ['plan', `person:${detail.personId}`],
      },
    ]);
  });

  it('keeps the rules as settings, changed by the administrator and logged', async () => {
    const { core, ids } = await planRegister();
    const mark = await lastAuditId(core);
    const rules = await core.ok('plans.updateRules', {
      minMeetingsPerYear: 4,
      evaluationMonths: 12,
      revisionNoticeDays: 10,
    });
    expect(rules).toEqual({ minMeetingsPerYear: 4, evaluationMonths: 12, revisionNoticeDays: 10 });
    expect(await core.ok('plans.rules', {})).toEqual(rules);
    expect((await core.ok('plans.get', { caseId: ids.d })).rules).toEqual(rules);
    const log = await auditSince(core, mark);
    expect(log[0]).toEqual({
      action: 'update',
      entity: 'settings',
      entityId: null,
      fields: ['minMeetingsPerYear', 'revisionNoticeDays'],
    });
  });
});

describe('the list of plans', () => {
  /** Plans at several statuses on top of the register: A active, D in progress, C closed, E not wanted. */
  async function listRegister() {
    const { core, ids } = await planRegister();
    await core.ok('plans.save', {
      caseId: ids.a,
      plan: { wanted: true, periodStart: '2027-02-01', nextRevisionDate: '2027-09-01' },
    });
    const e = (
      await core.ok('cases.create', {
        receivedDate: '2027-01-05',
        channel: 'oral',
        appliedBy: 'person',
        rightsRequested: ['individuellPlan'],
        person: { name: 'Eva Andersen', nationalId: nationalIdFor('2010-05-05', { synthetic: true }) },
      })
    ).record;
    await grant(core, e.id, 'individuellPlan', '2027-01-25');
    await core.ok('plans.save', { caseId: e.id, plan: { wanted: false } });
    // One more granted case with no plan: the one plan still to start.
    const f = (
      await core.ok('cases.create', {
        receivedDate: '2027-01-06',
        channel: 'oral',
        appliedBy: 'person',
        rightsRequested: ['individuellPlan'],
        person: { name: 'Finn Berg', nationalId: nationalIdFor('2011-06-06', { synthetic: true }) },
      })
    ).record;
    await grant(core, f.id, 'individuellPlan', '2027-01-26');
    return { core, ids: { ...ids, e: e.id, f: f.id } };
  }

  it('counts per status, filters, sorts and pages', async () => {
    const { core, ids } = await listRegister();
    const all = await core.ok('plans.list', {});
    expect(all.all).toBe(4);
    expect(all.total).toBe(4);
    expect(all.toStart).toBe(1);
    expect(all.statusCounts).toEqual({
      notWanted: 1,
      notStarted: 0,
      inProgress: 0,
      active: 2,
      forEvaluation: 0,
      closed: 1,
    });
    // By next revision: the one with a date first, those without last.
    expect(all.rows[0]!.caseId).toBe(ids.a);
    expect(all.rows[0]).toMatchObject({
      personName: 'Jonas Demoli',
      coordinatorName: 'Kari Lie',
      status: 'active',
    });

    const running = await core.ok('plans.list', { status: 'running' });
    expect(running.rows.map((r) => r.caseId).sort()).toEqual([ids.a, ids.d].sort());
    expect(running.total).toBe(2);
    expect(running.statusCounts).toEqual(all.statusCounts);

    const closed = await core.ok('plans.list', { status: 'closed' });
    expect(closed.rows.map((r) => r.caseId)).toEqual([ids.c]);

    const byName = await core.ok('plans.list', { q: 'nora' });
    expect(byName.rows.map((r) => r.caseId)).toEqual([ids.d]);
    expect(byName.statusCounts.active).toBe(1);
    const byNumber = await core.ok('plans.list', { q: all.rows.find((r) => r.caseId === ids.c)!.caseNumber });
    expect(byNumber.rows.map((r) => r.caseId)).toEqual([ids.c]);

    // Nora's plan has no coordinator; Jonas's has Kari. Both lack consents.
    const plansWithoutCoordinator = await core.ok('plans.list', { warning: 'planWithoutCoordinator' });
    expect(plansWithoutCoordinator.rows.map((r) => r.caseId)).toEqual([ids.d]);
    const anyWarning = await core.ok('plans.list', { warning: 'any' });
    expect(anyWarning.rows.map((r) => r.caseId).sort()).toEqual([ids.a, ids.d].sort());

    const names = await core.ok('plans.list', { sort: 'personName' });
    expect(names.rows.map((r) => r.personName)).toEqual([
      'Eva Andersen',
      'Jonas Demoli',
      'Liv Demoli',
      'Nora Demoli',
    ]);
    const namesDesc = await core.ok('plans.list', { sort: 'personName', desc: true });
    expect(namesDesc.rows.map((r) => r.personName)).toEqual(
      [...names.rows.map((r) => r.personName)].reverse(),
    );
    const byStatus = await core.ok('plans.list', { sort: 'status' });
    expect(byStatus.rows.map((r) => r.status)).toEqual(['notWanted', 'active', 'active', 'closed']);

    const page = await core.ok('plans.list', { sort: 'personName', limit: 2, offset: 1 });
    expect(page.rows.map((r) => r.personName)).toEqual(['Jonas Demoli', 'Liv Demoli']);
    expect(page.total).toBe(4);
  });

  it('logs who looked at the list and whom it showed', async () => {
    const { core } = await listRegister();
    const mark = await lastAuditId(core);
    const list = await core.ok('plans.list', { q: 'demoli', status: 'running' });
    const [log] = await auditSince(core, mark);
    expect(log).toEqual({
      action: 'list',
      entity: 'case',
      entityId: null,
      fields: ['plans', 'q', 'status', ...list.rows.map((r) => `person:${r.personId}`)],
    });
  });
});
