import { z } from 'zod';

import type { Warning, WarningKind } from '../domain/case';
import {
  goalStatuses,
  lifeAreas,
  measureStatuses,
  meetingKinds,
  memberKinds,
  planPointKeys,
  planStatuses,
  planTools,
  type Goal,
  type Meeting,
  type Member,
  type Plan,
  type PlanPoint,
  type PlanProgress,
  type PlanRules,
  type PlanStatus,
} from '../domain/plan';
import type { PlanOverview } from '../domain/planOverview';
import { ADMIN_ONLY, CASE_WORKERS, channel } from './channel';
import { id, optionalDate, optionalText, requiredText, isoDate } from './fields';

/** Every plan call names its case: a plan is the case's, one per case. */
const caseId = id;

export const planFieldsInput = z
  .object({
    wanted: z.boolean(),
    tool: z.enum(planTools).nullable().default(null),
    toolReference: optionalText(300),
    periodStart: optionalDate,
    periodEnd: optionalDate,
    nextRevisionDate: optionalDate,
    lastEvaluationDate: optionalDate,
    closedDate: optionalDate,
    closedNote: optionalText(1000),
  })
  .refine((p) => p.periodEnd === null || p.periodStart === null || p.periodEnd >= p.periodStart, {
    message: 'validation.endBeforeStart',
    path: ['periodEnd'],
  });
export type PlanFieldsInput = z.input<typeof planFieldsInput>;

export const pointsInput = z
  .array(z.object({ key: z.enum(planPointKeys), covered: z.boolean(), note: optionalText(500) }))
  .max(planPointKeys.length)
  .refine((list) => new Set(list.map((p) => p.key)).size === list.length, { message: 'validation.invalid' });

export const goalInput = z
  .object({
    id: id.optional(),
    text: requiredText(500),
    area: z.enum(lifeAreas, { message: 'validation.required' }),
    status: z.enum(goalStatuses, { message: 'validation.required' }),
    targetDate: optionalDate,
    achievedDate: optionalDate,
  })
  .refine((g) => g.status !== 'achieved' || g.achievedDate !== null, {
    message: 'validation.required',
    path: ['achievedDate'],
  })
  .refine((g) => g.status === 'achieved' || g.achievedDate === null, {
    message: 'validation.achievedDateWithoutAchieved',
    path: ['achievedDate'],
  });
export type GoalInput = z.input<typeof goalInput>;

export const measureInput = z.object({
  id: id.optional(),
  text: requiredText(500),
  serviceUnitId: id.nullable().default(null),
  dueDate: optionalDate,
  status: z.enum(measureStatuses, { message: 'validation.required' }),
});
export type MeasureInput = z.input<typeof measureInput>;

export const memberInput = z
  .object({
    id: id.optional(),
    kind: z.enum(memberKinds, { message: 'validation.required' }),
    name: requiredText(120),
    role: optionalText(120),
    serviceUnitId: id.nullable().default(null),
  })
  .refine((m) => m.kind !== 'service' || m.serviceUnitId !== null, {
    message: 'validation.serviceUnitRequired',
    path: ['serviceUnitId'],
  })
  .refine((m) => m.kind !== 'family' || m.serviceUnitId === null, {
    message: 'validation.invalid',
    path: ['serviceUnitId'],
  });
export type MemberInput = z.input<typeof memberInput>;

export const meetingInput = z.object({
  id: id.optional(),
  date: isoDate,
  kind: z.enum(meetingKinds, { message: 'validation.required' }),
  participantIds: z
    .array(id)
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'validation.invalid' })
    .default([]),
  otherParticipants: optionalText(500),
  minutesWritten: z.boolean().default(false),
  minutesReference: optionalText(300),
  nextMeetingDate: optionalDate,
});
export type MeetingInput = z.input<typeof meetingInput>;

const direction = z.enum(['up', 'down']);

/** One plan as its page shows it: the case it belongs to, what was recorded, what follows. */
export interface PlanDetail {
  caseId: number;
  caseNumber: string;
  personId: number;
  personName: string;
  caseClosed: boolean;
  /** When the case was anonymised (retention): the plan's texts are gone and nothing can change. */
  anonymisedAt: string | null;
  /** ipGrantedFrom: the first day the plan can exist; null when the IP right is not granted. */
  ipGrantedFrom: string | null;
  /** The coordinator appointed on the case today (running or planned), if any. */
  coordinator: { name: string; role: 'koordinator' | 'barnekoordinator' } | null;
  /** Null until a plan is started. */
  plan: Plan | null;
  /** All nine, in the regulation's order (not recorded = not covered). */
  points: PlanPoint[];
  /** In their order, each with its measures in order. */
  goals: Goal[];
  members: Member[];
  /** Newest first. */
  meetings: Meeting[];
  /** Null until a plan is started. */
  overview: PlanOverview | null;
  rules: PlanRules;
  today: string;
}

/** The plan as the case page sums it up. */
export interface PlanSummary {
  status: PlanStatus;
  progress: PlanProgress;
  nextRevisionDate: string | null;
  warnings: Warning[];
}

export const planSorts = [
  'caseNumber',
  'personName',
  'status',
  'nextRevisionDate',
  'progress',
  'warnings',
] as const;

export const planListQuery = z.object({
  q: z.string().trim().max(100).default(''),
  /** `running` is every status but notWanted and closed. */
  status: z.enum([...planStatuses, 'running']).optional(),
  /** Only plans with this warning; `any` for plans with at least one. */
  warning: z
    .enum([
      'any',
      'revisionOverdue',
      'evaluationOverdue',
      'fewMeetings',
      'measureOverdue',
      'planConsentMissing',
      'planConsentWithdrawn',
      'planConsentExpired',
      'planWithoutCoordinator',
    ] as const satisfies readonly ('any' | WarningKind)[])
    .optional(),
  sort: z.enum(planSorts).default('nextRevisionDate'),
  desc: z.boolean().default(false),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
export type PlanListQuery = z.input<typeof planListQuery>;

export interface PlanListRow {
  caseId: number;
  caseNumber: string;
  personId: number;
  personName: string;
  status: PlanStatus;
  tool: Plan['tool'];
  periodStart: string | null;
  periodEnd: string | null;
  nextRevisionDate: string | null;
  lastEvaluation: string | null;
  progress: PlanProgress;
  coordinatorName: string | null;
  warnings: Warning[];
}

export interface PlanList {
  rows: PlanListRow[];
  /** Plans matching the filter (all pages). */
  total: number;
  /** Plans in the register. */
  all: number;
  /** Matching plans per status, before the status filter. */
  statusCounts: Record<PlanStatus, number>;
  /** Open cases with a granted IP right and no plan recorded yet: plans still to start. */
  toStart: number;
}

const rulesInput = z.object({
  minMeetingsPerYear: z.number().int().min(0).max(12),
  evaluationMonths: z.number().int().min(1).max(36),
  revisionNoticeDays: z.number().int().min(1).max(180),
});

export const plansApi = {
  'plans.list': channel<PlanList>()(planListQuery, CASE_WORKERS),
  /** The plan page; also for a case whose plan is not started yet (plan null). */
  'plans.get': channel<PlanDetail>()(z.object({ caseId }), CASE_WORKERS),
  /** Starts the plan (first save) or changes its own fields. */
  'plans.save': channel<PlanDetail>()(z.object({ caseId, plan: planFieldsInput }), CASE_WORKERS),
  'plans.savePoints': channel<PlanDetail>()(z.object({ caseId, points: pointsInput }), CASE_WORKERS),
  /** A new goal (no id) goes last; with an id it corrects that goal. */
  'plans.saveGoal': channel<PlanDetail>()(z.object({ caseId, goal: goalInput }), CASE_WORKERS),
  'plans.removeGoal': channel<PlanDetail>()(z.object({ caseId, goalId: id }), CASE_WORKERS),
  'plans.moveGoal': channel<PlanDetail>()(z.object({ caseId, goalId: id, direction }), CASE_WORKERS),
  'plans.saveMeasure': channel<PlanDetail>()(
    z.object({ caseId, goalId: id, measure: measureInput }),
    CASE_WORKERS,
  ),
  'plans.removeMeasure': channel<PlanDetail>()(z.object({ caseId, measureId: id }), CASE_WORKERS),
  'plans.moveMeasure': channel<PlanDetail>()(z.object({ caseId, measureId: id, direction }), CASE_WORKERS),
  'plans.saveMember': channel<PlanDetail>()(z.object({ caseId, member: memberInput }), CASE_WORKERS),
  /** A member who took part in meetings stays on those meetings' records: refused while referred. */
  'plans.removeMember': channel<PlanDetail>()(z.object({ caseId, memberId: id }), CASE_WORKERS),
  'plans.saveMeeting': channel<PlanDetail>()(z.object({ caseId, meeting: meetingInput }), CASE_WORKERS),
  'plans.removeMeeting': channel<PlanDetail>()(z.object({ caseId, meetingId: id }), CASE_WORKERS),
  'plans.rules': channel<PlanRules>()(z.object({}), CASE_WORKERS),
  'plans.updateRules': channel<PlanRules>()(rulesInput, ADMIN_ONLY),
};
