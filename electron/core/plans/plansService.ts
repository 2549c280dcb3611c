import type { AuditAction } from '@shared/api/audit';
import type { PlanDetail } from '@shared/api/plans';
import type { Goal, Measure, PlanPoint } from '@shared/domain/plan';
import { goalProblems, ipGrantedFrom, measureProblems, meetingProblems } from '@shared/domain/planOverview';

import { personsShown } from '../audit/auditLog';
import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { refuseFields as refuse } from '../errors';
import { findServiceUnit } from '../serviceUnits/serviceUnitsRepo';
import { planRules } from '../settings/rulesInForce';
import { setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { planDetail } from './planDetail';
import {
  deleteGoal,
  deleteMeasure,
  insertGoal,
  insertMeasure,
  planGoals,
  swapPositions,
  updateGoal,
  updateMeasure,
} from './planGoalsRepo';
import { listPlans } from './planList';
import {
  deleteMeeting,
  deleteMember,
  insertMeeting,
  insertMember,
  memberInMeetings,
  planMeetings,
  planMembers,
  planPoints,
  replacePoints,
  touchPlan,
  updateMeeting,
  updateMember,
} from './plansRepo';
import { writeAllPlanSummaries } from './planSummaries';
import { changedFields, NO_EARLIEST, openCase, recorded, WHOLE, writePlan, type Change } from './planWriter';

const GOAL_FIELDS = ['text', 'area', 'status', 'targetDate', 'achievedDate'] as const;
const MEASURE_FIELDS = ['text', 'serviceUnitId', 'dueDate', 'status'] as const;
const MEMBER_FIELDS = ['kind', 'name', 'role', 'serviceUnitId'] as const;
const MEETING_FIELDS = [
  'date',
  'kind',
  'participantIds',
  'otherParticipants',
  'minutesWritten',
  'minutesReference',
  'nextMeetingDate',
] as const;

/** The started plan of an open case, with what its writes are checked against. */
function startedPlan(ctx: Ctx, db: Db, caseId: number) {
  const { record, plan } = openCase(db, caseId);
  if (!plan) refuse({ [WHOLE]: 'validation.planNotStarted' });
  return { record, plan: plan!, earliest: ipGrantedFrom(record) ?? NO_EARLIEST, today: ctx.today() };
}

function findGoal(goals: readonly Goal[], id: number, field: string): Goal {
  const goal = goals.find((g) => g.id === id);
  if (!goal) refuse({ [field]: 'validation.goalUnknown' });
  return goal!;
}

function findMeasure(goals: readonly Goal[], id: number, field: string): { goal: Goal; measure: Measure } {
  for (const goal of goals) {
    const measure = goal.measures.find((m) => m.id === id);
    if (measure) return { goal, measure };
  }
  refuse({ [field]: 'validation.measureUnknown' });
  throw new Error('unreachable');
}

function requireServiceUnit(db: Db, id: number | null, field: string): void {
  if (id !== null && !findServiceUnit(db, id)) refuse({ [field]: 'validation.serviceUnitUnknown' });
}

/** Runs a write on a plan (checks, then the write) and returns the plan page as it is after. */
function write(ctx: Ctx, caseId: number, work: (db: Db, at: string) => Change): PlanDetail {
  return inTransaction(ctx, (db) => {
    recorded(ctx, db, caseId, work(db, ctx.config.now().toISOString()));
    return planDetail(ctx, db, caseId);
  });
}

/** A part of the plan written: the plan is marked updated, and the change is what its row logs. */
function touched(db: Db, planId: number, at: string, action: AuditAction, fields: string[]): Change {
  touchPlan(db, planId, at);
  return { action, fields };
}

/** The neighbour a row swaps with, or undefined at the end it is moved towards. */
function neighbour<T extends { id: number }>(list: readonly T[], id: number, direction: 'up' | 'down') {
  const i = list.findIndex((x) => x.id === id);
  return list[direction === 'up' ? i - 1 : i + 1];
}

export const plansHandlers: FeatureHandlers<'plans'> = {
  // The list names many persons at once: the log records who looked, how, and whom it showed.
  'plans.list': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const result = listPlans(db, input, ctx.today());
      const used = (['q', 'status', 'warning'] as const).filter(
        (f) => input[f] !== undefined && input[f] !== '',
      );
      const persons = personsShown(result.rows.map((r) => r.personId));
      audit(ctx, { action: 'list', entity: 'case', fields: ['plans', ...used, ...persons] });
      return result;
    }),

  'plans.get': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const detail = planDetail(ctx, db, input.caseId);
      audit(ctx, {
        action: 'read',
        entity: 'case',
        entityId: input.caseId,
        fields: ['plan', `person:${detail.personId}`],
      });
      return detail;
    }),

  'plans.save': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => writePlan(ctx, db, input.caseId, input.plan, at)),

  'plans.savePoints': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => {
      const { plan } = startedPlan(ctx, db, input.caseId);
      const before = planPoints(db, plan.id);
      // Points not sent keep what they had: the form may send only those it changed.
      const given = new Map(input.points.map((p) => [p.key, p]));
      const next: PlanPoint[] = before.map((p) => given.get(p.key) ?? p);
      const changed = next.filter((p, i) => JSON.stringify(p) !== JSON.stringify(before[i]));
      if (!changed.length) return null;
      replacePoints(db, plan.id, next);
      return touched(
        db,
        plan.id,
        at,
        'plan_points',
        changed.map((p) => `point:${p.key}`),
      );
    }),

  'plans.saveGoal': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => {
      const { plan, earliest, today } = startedPlan(ctx, db, input.caseId);
      const { id, ...fields } = input.goal;
      const before = id === undefined ? null : findGoal(planGoals(db, plan.id), id, 'goal.id');
      refuse(goalProblems(fields, earliest, today), 'goal.');
      if (before === null) {
        const goalId = insertGoal(db, plan.id, fields);
        return touched(db, plan.id, at, 'goal_create', [`goal:${goalId}`, ...GOAL_FIELDS]);
      } else {
        const changed = changedFields(before, fields, GOAL_FIELDS);
        if (!changed.length) return null;
        updateGoal(db, before.id, fields);
        return touched(db, plan.id, at, 'goal_update', [`goal:${before.id}`, ...changed]);
      }
    }),

  'plans.removeGoal': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => {
      const { plan } = startedPlan(ctx, db, input.caseId);
      const goal = findGoal(planGoals(db, plan.id), input.goalId, 'goalId');
      deleteGoal(db, plan.id, goal.id);
      return touched(db, plan.id, at, 'goal_remove', [
        `goal:${goal.id}`,
        ...goal.measures.map((m) => `measure:${m.id}`),
      ]);
    }),

  'plans.moveGoal': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => {
      const { plan } = startedPlan(ctx, db, input.caseId);
      const goals = planGoals(db, plan.id);
      const goal = findGoal(goals, input.goalId, 'goalId');
      const other = neighbour(goals, goal.id, input.direction);
      if (!other) return null;
      swapPositions(db, 'plan_goals', goal, other);
      return touched(db, plan.id, at, 'goal_move', [`goal:${goal.id}`, `goal:${other.id}`, 'position']);
    }),

  'plans.saveMeasure': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => {
      const { plan, earliest } = startedPlan(ctx, db, input.caseId);
      const goals = planGoals(db, plan.id);
      const goal = findGoal(goals, input.goalId, 'goalId');
      const { id, ...fields } = input.measure;
      // A measure is corrected under its own goal; an id from elsewhere is not one of this goal's.
      const before = id === undefined ? null : goal.measures.find((m) => m.id === id);
      if (before === undefined) refuse({ 'measure.id': 'validation.measureUnknown' });
      requireServiceUnit(db, fields.serviceUnitId, 'measure.serviceUnitId');
      refuse(measureProblems(fields, earliest), 'measure.');
      if (!before) {
        const measureId = insertMeasure(db, goal.id, fields);
        return touched(db, plan.id, at, 'measure_create', [`measure:${measureId}`, ...MEASURE_FIELDS]);
      } else {
        const changed = changedFields(before, fields, MEASURE_FIELDS);
        if (!changed.length) return null;
        updateMeasure(db, before.id, fields);
        return touched(db, plan.id, at, 'measure_update', [`measure:${before.id}`, ...changed]);
      }
    }),

  'plans.removeMeasure': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => {
      const { plan } = startedPlan(ctx, db, input.caseId);
      const { goal, measure } = findMeasure(planGoals(db, plan.id), input.measureId, 'measureId');
      deleteMeasure(db, goal.id, measure.id);
      return touched(db, plan.id, at, 'measure_remove', [`measure:${measure.id}`]);
    }),

  'plans.moveMeasure': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => {
      const { plan } = startedPlan(ctx, db, input.caseId);
      const { goal, measure } = findMeasure(planGoals(db, plan.id), input.measureId, 'measureId');
      const other = neighbour(goal.measures, measure.id, input.direction);
      if (!other) return null;
      swapPositions(db, 'plan_measures', measure, other);
      return touched(db, plan.id, at, 'measure_move', [
        `measure:${measure.id}`,
        `measure:${other.id}`,
        'position',
      ]);
    }),

  'plans.saveMember': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => {
      const { plan } = startedPlan(ctx, db, input.caseId);
      const { id, ...fields } = input.member;
      const before = id === undefined ? null : planMembers(db, plan.id).find((m) => m.id === id);
      if (before === undefined) refuse({ 'member.id': 'validation.memberUnknown' });
      requireServiceUnit(db, fields.serviceUnitId, 'member.serviceUnitId');
      if (!before) {
        const memberId = insertMember(db, plan.id, fields);
        return touched(db, plan.id, at, 'member_create', [`member:${memberId}`, ...MEMBER_FIELDS]);
      } else {
        const changed = changedFields(before, fields, MEMBER_FIELDS);
        if (!changed.length) return null;
        updateMember(db, before.id, fields);
        return touched(db, plan.id, at, 'member_update', [`member:${before.id}`, ...changed]);
      }
    }),

  'plans.removeMember': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => {
      const { plan } = startedPlan(ctx, db, input.caseId);
      if (!planMembers(db, plan.id).some((m) => m.id === input.memberId))
        refuse({ memberId: 'validation.memberUnknown' });
      if (memberInMeetings(db, input.memberId)) refuse({ memberId: 'validation.memberInMeetings' });
      deleteMember(db, input.memberId);
      return touched(db, plan.id, at, 'member_remove', [`member:${input.memberId}`]);
    }),

  'plans.saveMeeting': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => {
      const { plan, earliest, today } = startedPlan(ctx, db, input.caseId);
      const { id, ...fields } = input.meeting;
      const before = id === undefined ? null : planMeetings(db, plan.id).find((m) => m.id === id);
      if (before === undefined) refuse({ 'meeting.id': 'validation.meetingUnknown' });
      const members = new Set(planMembers(db, plan.id).map((m) => m.id));
      if (fields.participantIds.some((m) => !members.has(m)))
        refuse({ 'meeting.participantIds': 'validation.memberUnknown' });
      refuse(meetingProblems(fields, earliest, today), 'meeting.');
      // Participants are compared as a set: the order they were ticked in is no change.
      const sorted = { ...fields, participantIds: [...fields.participantIds].sort((a, b) => a - b) };
      if (!before) {
        const meetingId = insertMeeting(db, plan.id, sorted, session(ctx).user.username, at);
        return touched(db, plan.id, at, 'meeting_create', [`meeting:${meetingId}`, ...MEETING_FIELDS]);
      } else {
        const changed = changedFields(before, sorted, MEETING_FIELDS);
        if (!changed.length) return null;
        updateMeeting(db, before.id, sorted, at);
        return touched(db, plan.id, at, 'meeting_update', [`meeting:${before.id}`, ...changed]);
      }
    }),

  'plans.removeMeeting': (ctx, input) =>
    write(ctx, input.caseId, (db, at) => {
      const { plan } = startedPlan(ctx, db, input.caseId);
      if (!planMeetings(db, plan.id).some((m) => m.id === input.meetingId))
        refuse({ meetingId: 'validation.meetingUnknown' });
      deleteMeeting(db, input.meetingId);
      return touched(db, plan.id, at, 'meeting_remove', [`meeting:${input.meetingId}`]);
    }),

  'plans.rules': (ctx) => planRules(session(ctx).db),

  'plans.updateRules': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const before = planRules(db);
      setSetting(db, 'plan.rules', input);
      writeAllPlanSummaries(db, ctx.today());
      const changed = (Object.keys(input) as (keyof typeof input)[]).filter((k) => before[k] !== input[k]);
      if (changed.length) audit(ctx, { action: 'update', entity: 'settings', fields: changed });
      return planRules(db);
    }),
};
