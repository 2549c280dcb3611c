import { z } from 'zod';

import type { CaseStatus } from '../domain/case';
import type { TrainingState } from '../domain/training';
import { ALL_ROLES, CASE_WORKERS, channel } from './channel';
import { isoDate } from './fields';

/**
 * The Oversikt area (DOMAIN.md section 6): five dashboards of counts. Every count is defined once
 * as a set of cases, changes or coordinators; `dashboards.get` counts the sets and
 * `dashboards.figure` lists one of them, so a figure and the list it links to always agree.
 * A leder gets the counts only: the lists are for case workers.
 */
export const dashboardKeys = ['deadlines', 'training', 'assignments', 'changes', 'plans'] as const;
export type DashboardKey = (typeof dashboardKeys)[number];

/** The dashboards whose figures depend on a period (the others describe today). */
export const periodDashboards: readonly DashboardKey[] = ['changes', 'plans'];

/**
 * The groups of each dashboard (one chart with its table each) and their figure keys, in the
 * order shown. A group whose figures come from the data (service units) lists none here.
 */
export const dashboardGroups = {
  deadlines: {
    interimReplies: ['overdue', 'dueSoon', 'later'],
    pendingDecisions: ['days0to30', 'days31to60', 'days61to90', 'over90'],
    appeals: ['deadlineRunning', 'awaitingReassessment', 'notForwarded'],
    youth: ['turning18', 'participationMissing'],
  },
  training: {
    status: ['trained', 'expiresSoon', 'expired', 'never'],
    untrainedWithCases: ['coordinators', 'cases'],
  },
  assignments: {
    caseload: ['none', 'oneToThree', 'fourToSix', 'sevenToTen', 'overTen'],
    capacity: ['over', 'at', 'under', 'notSet'],
    withoutCoordinator: ['days0to14', 'days15to30', 'days31to90', 'over90'],
    /** One figure per service unit holding running cases (key `unit-<id>`, label the unit's name). */
    serviceUnits: [],
  },
  changes: {
    /** Changes in the period by the reason the earlier coordinator ended (not caseClosed). */
    reasons: [
      'coordinatorLeft',
      'coordinatorRequest',
      'familyRequest',
      'workload',
      'betterMatch',
      'roleChanged',
      'other',
    ],
    followUp: ['casesWithTwoOrMore', 'familyNotInformed', 'partnersNotInformed'],
    gaps: ['sameDay', 'days1to7', 'days8to30', 'over30'],
  },
  plans: {
    status: ['notStarted', 'inProgress', 'active', 'forEvaluation', 'notWanted', 'closed'],
    overdue: ['revisionOverdue', 'evaluationOverdue', 'measureOverdue', 'planWithoutCoordinator'],
    goals: ['achievedInPeriod', 'open'],
    meetings: ['meetsMinimum', 'belowMinimum'],
  },
} as const satisfies Record<DashboardKey, Record<string, readonly string[]>>;

export type DashboardGroup<D extends DashboardKey = DashboardKey> = keyof (typeof dashboardGroups)[D] &
  string;

export interface Figure {
  key: string;
  /** A label from the data (a service unit's name); otherwise the screen's text for the key. */
  label?: string;
  /**
   * The count; null where a leder is not shown it (DOMAIN.md section 7: a small count, or one kept
   * back so that a small one in its group cannot be worked out), with `hidden` saying which.
   */
  value: number | null;
  hidden?: 'small' | 'hidden';
  /** What a click on the figure opens for a case worker; every figure has its list. */
  list: 'cases' | 'coordinators';
}

export interface FigureGroup {
  key: string;
  figures: Figure[];
}

export interface Period {
  from: string;
  to: string;
}

export interface UpcomingSession {
  id: number;
  date: string;
  courseName: string;
  attendees: number;
}

export interface Dashboard {
  key: DashboardKey;
  today: string;
  /** The period the figures cover, for the dashboards that take one; null for the others. */
  period: Period | null;
  groups: FigureGroup[];
  /** For a leder, the report's suppression threshold the counts were hidden by; null: exact counts. */
  threshold: number | null;
  /** Opplæringsstatus: the next planned training sessions. Empty on the other dashboards. */
  nextSessions: UpcomingSession[];
}

const periodFields = {
  /** Both or neither; without them a period dashboard covers the last twelve months to today. */
  from: isoDate.optional(),
  to: isoDate.optional(),
};
const periodInOrder = (p: { from?: string; to?: string }) =>
  (p.from === undefined) === (p.to === undefined) && (p.from === undefined || p.from <= (p.to ?? ''));

export const dashboardInput = z
  .object({ dashboard: z.enum(dashboardKeys), ...periodFields })
  .refine(periodInOrder, { message: 'validation.periodInvalid', path: ['to'] });
export type DashboardInput = z.input<typeof dashboardInput>;

export const figureInput = z
  .object({
    dashboard: z.enum(dashboardKeys),
    group: z.string().min(1).max(40),
    figure: z.string().min(1).max(60),
    ...periodFields,
  })
  .refine(periodInOrder, { message: 'validation.periodInvalid', path: ['to'] });
export type FigureInput = z.input<typeof figureInput>;

/**
 * The one extra column a figure's list shows beside case number and name: a date (ISO) or a
 * number, named by `detail` (the screen's text `dashboards.detail.<detail>`).
 */
export const figureDetails = [
  'dueDate',
  'daysWaiting',
  'appealDeadline',
  'appealReceived',
  'birthday18',
  'age',
  'daysWithout',
  'endDate',
  'changes',
  'planStatus',
  'revisionDate',
  'achievedDate',
  'meetingsLastYear',
] as const;
export type FigureDetail = (typeof figureDetails)[number];

export interface FigureCaseRow {
  caseId: number;
  caseNumber: string;
  personName: string;
  status: CaseStatus;
  /** The coordinator holding the case today, if any. */
  coordinatorName: string | null;
  /** Per `detail`: an ISO date, a number, or a plan status key. */
  detail: string | number | null;
}

export interface FigureCoordinatorRow {
  coordinatorId: number;
  name: string;
  serviceUnit: string;
  /** Running cases held today. */
  cases: number;
  capacity: number | null;
  training: TrainingState;
}

interface FigureListBase {
  dashboard: DashboardKey;
  group: string;
  figure: string;
  label?: string;
  period: Period | null;
}

export type FigureList =
  | (FigureListBase & { kind: 'cases'; detail: FigureDetail | null; rows: FigureCaseRow[] })
  | (FigureListBase & { kind: 'coordinators'; rows: FigureCoordinatorRow[] });

export const dashboardsApi = {
  /** Counts only, never names; a leder's small counts are hidden as in the leadership report. */
  'dashboards.get': channel<Dashboard>()(dashboardInput, ALL_ROLES),
  /** The rows behind one figure; a read of the persons listed, so audited. Unknown figure: NOT_FOUND. */
  'dashboards.figure': channel<FigureList>()(figureInput, CASE_WORKERS),
};
