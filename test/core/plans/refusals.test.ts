import { describe, expect, it } from 'vitest';

import type { ChannelName } from '@shared/api';

import { ADMIN } from '../harness';
import { expectNothingWritten, planFingerprint, planRegister, type Ids } from './planRegister';

type Refusal = [ChannelName, string, (ids: Ids) => unknown, string, Record<string, string>?];

const goal = { text: 'Et mål', area: 'health', status: 'notStarted' } as const;
const measure = { text: 'Et tiltak', status: 'planned' } as const;
const meeting = { date: '2027-02-20', kind: 'responsibilityGroup' } as const;
const member = { kind: 'family', name: 'Far Demoli', role: 'far' } as const;

const refusals: Refusal[] = [
  // ---- The case ----
  [
    'plans.save',
    'a plan on a case that does not exist',
    () => ({ caseId: 9999, plan: { wanted: true } }),
    'NOT_FOUND',
  ],
  ['plans.get', 'the plan page of a case that does not exist', () => ({ caseId: 9999 }), 'NOT_FOUND'],
  [
    'plans.save',
    'changing the plan of a closed case',
    (ids) => ({ caseId: ids.c, plan: { wanted: false } }),
    'CASE_CLOSED',
  ],
  ['plans.saveGoal', 'a goal on a closed case', (ids) => ({ caseId: ids.c, goal }), 'CASE_CLOSED'],
  [
    'plans.removeMember',
    'removing a member on a closed case',
    (ids) => ({ caseId: ids.c, memberId: ids.memberC }),
    'CASE_CLOSED',
  ],
  // ---- The IP right and the plan ----
  [
    'plans.save',
    'starting a plan where the IP right is not granted',
    (ids) => ({ caseId: ids.b, plan: { wanted: true } }),
    'VALIDATION',
    { caseId: 'validation.ipNotGranted' },
  ],
  [
    'plans.saveGoal',
    'a goal before the plan is started',
    (ids) => ({ caseId: ids.a, goal }),
    'VALIDATION',
    { caseId: 'validation.planNotStarted' },
  ],
  [
    'plans.savePoints',
    'points before the plan is started',
    (ids) => ({ caseId: ids.a, points: [{ key: 'consent', covered: true }] }),
    'VALIDATION',
    { caseId: 'validation.planNotStarted' },
  ],
  [
    'plans.saveMember',
    'a member before the plan is started',
    (ids) => ({ caseId: ids.a, member }),
    'VALIDATION',
    { caseId: 'validation.planNotStarted' },
  ],
  [
    'plans.saveMeeting',
    'a meeting before the plan is started',
    (ids) => ({ caseId: ids.a, meeting }),
    'VALIDATION',
    { caseId: 'validation.planNotStarted' },
  ],
  // ---- Ids of another case's plan ----
  [
    'plans.saveGoal',
    "correcting a goal of another case's plan",
    (ids) => ({ caseId: ids.d, goal: { ...goal, id: ids.goalC } }),
    'VALIDATION',
    { 'goal.id': 'validation.goalUnknown' },
  ],
  [
    'plans.removeGoal',
    "removing a goal of another case's plan",
    (ids) => ({ caseId: ids.d, goalId: ids.goalC }),
    'VALIDATION',
    { goalId: 'validation.goalUnknown' },
  ],
  [
    'plans.moveGoal',
    "moving a goal of another case's plan",
    (ids) => ({ caseId: ids.d, goalId: ids.goalC, direction: 'up' }),
    'VALIDATION',
    { goalId: 'validation.goalUnknown' },
  ],
  [
    'plans.saveMeasure',
    "a measure under a goal of another case's plan",
    (ids) => ({ caseId: ids.d, goalId: ids.goalC, measure }),
    'VALIDATION',
    { goalId: 'validation.goalUnknown' },
  ],
  [
    'plans.saveMeasure',
    "correcting a measure of another case's plan",
    (ids) => ({ caseId: ids.d, goalId: ids.goalD, measure: { ...measure, id: ids.measureC } }),
    'VALIDATION',
    { 'measure.id': 'validation.measureUnknown' },
  ],
  [
    'plans.removeMeasure',
    "removing a measure of another case's plan",
    (ids) => ({ caseId: ids.d, measureId: ids.measureC }),
    'VALIDATION',
    { measureId: 'validation.measureUnknown' },
  ],
  [
    'plans.moveMeasure',
    "moving a measure of another case's plan",
    (ids) => ({ caseId: ids.d, measureId: ids.measureC, direction: 'down' }),
    'VALIDATION',
    { measureId: 'validation.measureUnknown' },
  ],
  [
    'plans.saveMember',
    "correcting a member of another case's plan",
    (ids) => ({ caseId: ids.d, member: { ...member, id: ids.memberC } }),
    'VALIDATION',
    { 'member.id': 'validation.memberUnknown' },
  ],
  [
    'plans.removeMember',
    "removing a member of another case's plan",
    (ids) => ({ caseId: ids.d, memberId: ids.memberC }),
    'VALIDATION',
    { memberId: 'validation.memberUnknown' },
  ],
  [
    'plans.saveMeeting',
    "a meeting with a participant from another case's plan",
    (ids) => ({ caseId: ids.d, meeting: { ...meeting, participantIds: [ids.memberD, ids.memberC] } }),
    'VALIDATION',
    { 'meeting.participantIds': 'validation.memberUnknown' },
  ],
  [
    'plans.saveMeeting',
    "correcting a meeting of another case's plan",
    (ids) => ({ caseId: ids.d, meeting: { ...meeting, id: ids.meetingC } }),
    'VALIDATION',
    { 'meeting.id': 'validation.meetingUnknown' },
  ],
  [
    'plans.removeMeeting',
    "removing a meeting of another case's plan",
    (ids) => ({ caseId: ids.d, meetingId: ids.meetingC }),
    'VALIDATION',
    { meetingId: 'validation.meetingUnknown' },
  ],
  // ---- Service units ----
  [
    'plans.saveMember',
    'a member from a service unit that does not exist',
    (ids) => ({
      caseId: ids.d,
      member: { kind: 'service', name: 'Ukjent', serviceUnitId: ids.health + 100 },
    }),
    'VALIDATION',
    { 'member.serviceUnitId': 'validation.serviceUnitUnknown' },
  ],
  [
    'plans.saveMeasure',
    'a measure for a service unit that does not exist',
    (ids) => ({ caseId: ids.d, goalId: ids.goalD, measure: { ...measure, serviceUnitId: ids.health + 100 } }),
    'VALIDATION',
    { 'measure.serviceUnitId': 'validation.serviceUnitUnknown' },
  ],
  // ---- Dates ----
  [
    'plans.save',
    'a plan period starting before the IP decision',
    (ids) => ({ caseId: ids.a, plan: { wanted: true, periodStart: '2027-01-10' } }),
    'VALIDATION',
    { 'plan.periodStart': 'validation.beforePlan' },
  ],
  [
    'plans.save',
    'a plan closed in the future',
    (ids) => ({ caseId: ids.d, plan: { wanted: true, periodStart: '2027-02-01', closedDate: '2027-03-02' } }),
    'VALIDATION',
    { 'plan.closedDate': 'validation.dateInFuture' },
  ],
  [
    'plans.save',
    'a last evaluation in the future',
    (ids) => ({ caseId: ids.d, plan: { wanted: true, lastEvaluationDate: '2027-04-01' } }),
    'VALIDATION',
    { 'plan.lastEvaluationDate': 'validation.dateInFuture' },
  ],
  [
    'plans.save',
    'a period ending before it starts (the contract)',
    (ids) => ({ caseId: ids.d, plan: { wanted: true, periodStart: '2027-02-01', periodEnd: '2027-01-31' } }),
    'VALIDATION',
    { 'plan.periodEnd': 'validation.endBeforeStart' },
  ],
  [
    'plans.saveGoal',
    'a goal with a target date before the plan can exist',
    (ids) => ({ caseId: ids.d, goal: { ...goal, targetDate: '2027-01-15' } }),
    'VALIDATION',
    { 'goal.targetDate': 'validation.beforePlan' },
  ],
  [
    'plans.saveGoal',
    'a goal achieved in the future',
    (ids) => ({ caseId: ids.d, goal: { ...goal, status: 'achieved', achievedDate: '2027-03-05' } }),
    'VALIDATION',
    { 'goal.achievedDate': 'validation.dateInFuture' },
  ],
  [
    'plans.saveGoal',
    'an achieved date on a goal not achieved (the contract)',
    (ids) => ({ caseId: ids.d, goal: { ...goal, achievedDate: '2027-02-05' } }),
    'VALIDATION',
    { 'goal.achievedDate': 'validation.achievedDateWithoutAchieved' },
  ],
  [
    'plans.saveMeasure',
    'a measure due before the plan can exist',
    (ids) => ({ caseId: ids.d, goalId: ids.goalD, measure: { ...measure, dueDate: '2027-01-31' } }),
    'VALIDATION',
    { 'measure.dueDate': 'validation.beforePlan' },
  ],
  [
    'plans.saveMeeting',
    'a meeting in the future',
    (ids) => ({ caseId: ids.d, meeting: { ...meeting, date: '2027-03-10' } }),
    'VALIDATION',
    { 'meeting.date': 'validation.dateInFuture' },
  ],
  [
    'plans.saveMeeting',
    'a meeting before the plan can exist',
    (ids) => ({ caseId: ids.d, meeting: { ...meeting, date: '2027-01-10' } }),
    'VALIDATION',
    { 'meeting.date': 'validation.beforePlan' },
  ],
  [
    'plans.saveMeeting',
    'a next meeting before the meeting',
    (ids) => ({ caseId: ids.d, meeting: { ...meeting, nextMeetingDate: '2027-02-19' } }),
    'VALIDATION',
    { 'meeting.nextMeetingDate': 'validation.nextMeetingBeforeMeeting' },
  ],
  // ---- The responsibility group ----
  [
    'plans.removeMember',
    'removing a member who took part in a meeting',
    (ids) => ({ caseId: ids.d, memberId: ids.memberD }),
    'VALIDATION',
    { memberId: 'validation.memberInMeetings' },
  ],
];

describe('plans refuse what breaks the rules, with a typed error, and write nothing', () => {
  it.each(refusals)('%s refuses %s', async (channel, _what, input, code, fields) => {
    const { core, ids } = await planRegister();
    await expectNothingWritten(core, async () => {
      const error = await core.fails(channel, input(ids));
      expect(error.code).toBe(code);
      if (fields) expect(error.fields).toEqual(fields);
      else expect(error.fields).toBeUndefined();
      expect(error.message).not.toMatch(/at \w+ \(|Error:/);
    });
  });

  it('the fingerprint sees a write: a goal added changes it', async () => {
    const { core, ids } = await planRegister();
    const before = await planFingerprint(core);
    await core.ok('plans.saveGoal', { caseId: ids.d, goal });
    expect(await planFingerprint(core)).not.toBe(before);
  });

  it('refuses a leder every plan write and read, before looking at the input', async () => {
    const { core, ids } = await planRegister();
    await core.ok('users.create', {
      username: 'lise',
      displayName: 'Lise Leder',
      role: 'leder',
      password: 'lederpassord 2026',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise', password: 'lederpassord 2026' });
    const before = await planFingerprint(core);
    const calls: [ChannelName, unknown][] = [
      ['plans.save', { caseId: ids.a, plan: { wanted: true } }],
      ['plans.saveGoal', { caseId: ids.d, goal }],
      ['plans.get', { caseId: ids.d }],
      ['plans.list', {}],
      ['plans.updateRules', { minMeetingsPerYear: 4, evaluationMonths: 6, revisionNoticeDays: 14 }],
      ['plans.save', { caseId: 'x' }],
    ];
    const codes = [];
    for (const [channel, input] of calls) {
      const result = await core.dispatch(channel, input);
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes).toEqual(calls.map(() => 'FORBIDDEN'));
    expect(await planFingerprint(core)).toBe(before);
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
  });

  it('refuses a saksbehandler the plan rules, which are for the administrator', async () => {
    const { core } = await planRegister();
    await core.ok('users.create', {
      username: 'sara',
      displayName: 'Sara Saksbehandler',
      role: 'saksbehandler',
      password: 'mange saker hver dag',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'sara', password: 'mange saker hver dag' });
    const result = await core.dispatch('plans.updateRules', {
      minMeetingsPerYear: 4,
      evaluationMonths: 6,
      revisionNoticeDays: 14,
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    expect(await core.ok('plans.rules', {})).toEqual({
      minMeetingsPerYear: 2,
      evaluationMonths: 12,
      revisionNoticeDays: 30,
    });
  });
});
