/**
 * Individuell plan (DOMAIN.md section 5): the KE's oversight of each plan. The plan itself is
 * written with the family in another tool; the register keeps where it lives, its period and
 * revision dates, the nine points the regulation requires, goals and measures in enough detail to
 * show progress, the responsibility group (ansvarsgruppe) and its meetings.
 *
 * Types and fixed lists only; what follows from them (status, progress, warnings, refusals) is in
 * planOverview.ts.
 */

import type { Consent } from './case';

/** Where the plan itself is written and kept. */
export const planTools = ['paper', 'sampro', 'samspill', 'other'] as const;
export type PlanTool = (typeof planTools)[number];

/**
 * Derived, never set by hand: not wanted (the family said no), not started, in progress (being
 * written, not yet in force), active, due for evaluation, closed.
 */
export const planStatuses = [
  'notWanted',
  'notStarted',
  'inProgress',
  'active',
  'forEvaluation',
  'closed',
] as const;
export type PlanStatus = (typeof planStatuses)[number];

/**
 * The nine points an individual plan shall contain (DOMAIN.md section 5: the regulation on
 * individual plans in force 1 August 2022), in the regulation's order.
 */
export const planPointKeys = [
  'goalsResourcesNeeds',
  'participants',
  'coordinator',
  'contributions',
  'measures',
  'implementation',
  'periodRevision',
  'consent',
  'cooperation',
] as const;
export type PlanPointKey = (typeof planPointKeys)[number];

export const lifeAreas = [
  'health',
  'dailyLiving',
  'kindergartenSchool',
  'workActivity',
  'leisure',
  'familyNetwork',
  'housing',
  'finances',
  'other',
] as const;
export type LifeArea = (typeof lifeAreas)[number];

/** A goal is closed when achieved (with the date) or discontinued. */
export const goalStatuses = ['notStarted', 'inProgress', 'achieved', 'discontinued'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

/** A measure is closed when done or cancelled. */
export const measureStatuses = ['planned', 'inProgress', 'done', 'cancelled'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];

export const meetingKinds = ['start', 'responsibilityGroup', 'evaluation'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** A member of the responsibility group: someone from a service unit, or from the family. */
export const memberKinds = ['service', 'family'] as const;
export type MemberKind = (typeof memberKinds)[number];

/** What the KE records about the plan as a whole. */
export interface PlanFields {
  /** The family wants a plan; an IP is voluntary, and a "no" is recorded too. */
  wanted: boolean;
  tool: PlanTool | null;
  /** Link or reference to the plan in its tool (no content of the plan itself). */
  toolReference: string;
  periodStart: string | null;
  periodEnd: string | null;
  nextRevisionDate: string | null;
  /** An evaluation held before it was recorded here; later ones come from evaluation meetings. */
  lastEvaluationDate: string | null;
  /** The plan ended (its work is done, the family ended it); a closed case closes it too. */
  closedDate: string | null;
  closedNote: string;
}

export interface Plan extends PlanFields {
  id: number;
  caseId: number;
  recordedBy: string;
  recordedAt: string;
  updatedAt: string;
}

export interface PlanPoint {
  key: PlanPointKey;
  covered: boolean;
  note: string;
}

export interface MeasureFields {
  text: string;
  /** The service unit responsible; null for the family's own part or where none is named. */
  serviceUnitId: number | null;
  dueDate: string | null;
  status: MeasureStatus;
}

export interface Measure extends MeasureFields {
  id: number;
  goalId: number;
  /** Order within its goal, 0 first. */
  position: number;
  serviceUnitName: string | null;
}

export interface GoalFields {
  text: string;
  area: LifeArea;
  status: GoalStatus;
  targetDate: string | null;
  /** Set exactly when the status is achieved. */
  achievedDate: string | null;
}

export interface Goal extends GoalFields {
  id: number;
  /** Order within the plan, 0 first. */
  position: number;
  measures: Measure[];
}

export interface MemberFields {
  kind: MemberKind;
  name: string;
  /** Profession or task for a service member ("helsesykepleier"); relation for family ("mor"). */
  role: string;
  /** Required for a service member, null for family. */
  serviceUnitId: number | null;
}

export interface Member extends MemberFields {
  id: number;
  serviceUnitName: string | null;
}

export interface MeetingFields {
  date: string;
  kind: MeetingKind;
  /** Members of the responsibility group who took part. */
  participantIds: number[];
  /** Others present (names or roles, short). */
  otherParticipants: string;
  minutesWritten: boolean;
  /** Where the minutes are filed (journal or archive reference); never the minutes themselves. */
  minutesReference: string;
  nextMeetingDate: string | null;
}

export interface Meeting extends MeetingFields {
  id: number;
}

/** Settings for the follow-up of plans (DOMAIN.md: configurable facts are settings). */
export interface PlanRules {
  /** Meetings of the responsibility group a running plan should have in twelve months. */
  minMeetingsPerYear: number;
  /** An active plan is evaluated at least this often. */
  evaluationMonths: number;
  /** A plan whose revision date or period end is this close is "til evaluering". */
  revisionNoticeDays: number;
}

export const defaultPlanRules: PlanRules = {
  minMeetingsPerYear: 2,
  evaluationMonths: 12,
  revisionNoticeDays: 30,
};

export interface PlanProgress {
  /** Goals not discontinued. */
  goals: number;
  goalsAchieved: number;
  /** Measures not cancelled. */
  measures: number;
  measuresDone: number;
  /** Goals achieved of goals counted, 0–100 rounded down; null when there are none. */
  percent: number | null;
}

export const planConsentStates = ['valid', 'missing', 'withdrawn', 'expired'] as const;
export type PlanConsentState = (typeof planConsentStates)[number];

/** The case's consent of one type as the plan relies on it: the latest one recorded. */
export interface PlanConsent {
  type: 'plan' | 'informationSharing';
  consent: Consent | null;
  state: PlanConsentState;
}
