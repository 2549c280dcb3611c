import type { dashboardGroups, DashboardKey } from '@shared/api/dashboards';

import { CHANGE_KINDS, type ChangeKind } from '../audit/changes';

/**
 * Which kinds of record each group of figures is counted from (audit/changes.ts), so a change
 * recounts only the groups it can move (dashboardCache.ts). Where unsure, a kind feeds a group.
 * A case's stored summary and figures (caseDetail.ts refreshSummary) are written again after a
 * change to the case, its person, its appointments or the deadline settings, so a group counted
 * from them is fed by each of those.
 */
const CASE_COLUMNS = ['case', 'person', 'setting'] as const satisfies readonly ChangeKind[];
/** The pool's training and caseloads (coordinatorFacts.ts) and the coordination settings. */
const POOL = [
  'coordinator',
  'training',
  'appointment',
  'case',
  'setting',
] as const satisfies readonly ChangeKind[];
/** Plans read the plans list's rows: plan parts, the case, its person, coordinators, settings. */
const EVERY_KIND = CHANGE_KINDS.filter((k) => k !== 'access');

type Feeds = {
  [D in DashboardKey]: Record<keyof (typeof dashboardGroups)[D], readonly ChangeKind[]>;
};

export const DASHBOARD_FEEDS: Feeds = {
  deadlines: {
    interimReplies: CASE_COLUMNS,
    pendingDecisions: CASE_COLUMNS,
    appeals: CASE_COLUMNS,
    youth: CASE_COLUMNS,
  },
  training: {
    status: ['coordinator', 'training', 'setting'],
    untrainedWithCases: POOL,
  },
  assignments: {
    caseload: POOL,
    capacity: POOL,
    withoutCoordinator: [...CASE_COLUMNS, 'appointment'],
    serviceUnits: POOL,
  },
  changes: {
    // Appointments ended in the period, the next one on the case, the case's closing date.
    reasons: ['appointment', 'case'],
    followUp: ['appointment', 'case'],
    gaps: ['appointment', 'case'],
  },
  plans: {
    status: EVERY_KIND,
    overdue: EVERY_KIND,
    goals: EVERY_KIND,
    meetings: EVERY_KIND,
  },
};

/** Opplæringsstatus' next training sessions with their attendees. */
export const NEXT_SESSIONS_FEEDS: readonly ChangeKind[] = ['training'];
