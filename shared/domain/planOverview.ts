/**
 * What follows from a plan as recorded (DOMAIN.md section 5): its status, progress, the consents it
 * rests on, and the warnings the KE acts on. Pure functions of what was recorded, the rules and
 * today; also the refusals shared by core and the forms.
 */

import { addDays, addMonths, daysBetween } from './calendar';
import type { CaseRecord, CaseStep, Consent, Warning } from './case';
import { closingInForce, isLater, latestOf, stepsOf } from './caseSteps';
import { planPointKeys } from './plan';
import type {
  Goal,
  GoalFields,
  Measure,
  Meeting,
  MeetingFields,
  MeasureFields,
  Plan,
  PlanConsent,
  PlanFields,
  PlanPoint,
  PlanPointKey,
  PlanProgress,
  PlanRules,
  PlanStatus,
} from './plan';

export interface PlanOverview {
  status: PlanStatus;
  progress: PlanProgress;
  /** The later of the plan's recorded last evaluation and the latest evaluation meeting. */
  lastEvaluation: string | null;
  /** The next meeting date of the latest meeting, if any. */
  nextMeeting: string | null;
  /** Meetings held in the twelve months up to today. */
  meetingsLast12Months: number;
  /** Plan consent first, then information sharing. */
  consents: PlanConsent[];
  /** Points of the nine not covered, in the regulation's order. */
  missingPoints: PlanPointKey[];
  /**
   * In this order, with these params: revisionOverdue {date}; evaluationOverdue {since, months};
   * fewMeetings {count, minimum}; measureOverdue {count, date: the earliest due date};
   * planConsentMissing {type}; planConsentWithdrawn {type, date}; planConsentExpired {type,
   * validUntil} (type 'plan' or 'informationSharing', plan first); planWithoutCoordinator {}.
   */
  warnings: Warning[];
}

/** What the overview is derived from. */
export interface PlanFacts {
  plan: Plan;
  goals: readonly Goal[];
  meetings: readonly Meeting[];
  points: readonly PlanPoint[];
  /** Members of the responsibility group. */
  members: number;
  /** The case's steps: consents, the IP decision, the closing. */
  record: Pick<CaseRecord, 'steps'>;
  /** A coordinator is appointed on the case today (running or planned). */
  hasCoordinator: boolean;
}

const grants: ReadonlySet<string> = new Set(['granted', 'partlyGranted']);

/** The window meetings are counted in, and the year the minimum is spread over when shorter. */
export const MEETING_WINDOW = { months: 12, daysPerYear: 365 } as const;

/** The consents a plan rests on, in the order they are shown and warned about. */
export const planConsentTypes = [
  'plan',
  'informationSharing',
] as const satisfies readonly PlanConsent['type'][];

/** The statuses of a plan in force or being written: the ones warnings are about. */
const running: ReadonlySet<PlanStatus> = new Set(['inProgress', 'active', 'forEvaluation']);

/** A plan being written or in force: its late measures are warned about and marked. */
export const isRunningPlan = (status: PlanStatus) => running.has(status);
/** A plan owed (granted and wanted, not closed): it needs a coordinator even before work begins. */
const owed: ReadonlySet<PlanStatus> = new Set(['notStarted', ...running]);
/** A plan in force (its period has started): follow-up is owed. */
const inForce: ReadonlySet<PlanStatus> = new Set(['active', 'forEvaluation']);

/**
 * The first day a plan can exist: the date the individuell plan right was granted (in full or in
 * part), where the decision in force grants it; null when it does not. A grant that follows a
 * grant (a new decision after an appeal, a corrected one) keeps the first date, so a plan made
 * under the first is not pushed out of its own dates; a refusal, or a closing of the case, in
 * between starts anew.
 */
export function ipGrantedFrom(record: Pick<CaseRecord, 'steps'>): string | null {
  const decisions = stepsOf(record, 'decision')
    .filter((d) => d.right === 'individuellPlan')
    .sort((a, b) => (isLater(a, b) ? 1 : isLater(b, a) ? -1 : 0));
  const closings = stepsOf(record, 'closing');
  const closedBetween = (earlier: CaseStep, later: CaseStep) =>
    closings.some((c) => isLater(c, earlier) && isLater(later, c));
  let i = decisions.length - 1;
  if (i < 0 || !grants.has(decisions[i]!.outcome)) return null;
  while (i > 0 && grants.has(decisions[i - 1]!.outcome) && !closedBetween(decisions[i - 1]!, decisions[i]!))
    i--;
  return decisions[i]!.decisionDate;
}

/** Anything recorded that shows the work on the plan has begun. */
function hasBegun({ plan, goals, meetings, members }: PlanFacts): boolean {
  return plan.periodStart !== null || plan.tool !== null || goals.length + meetings.length + members > 0;
}

/**
 * What the next evaluation counts from: the last evaluation, or the start of the plan period when
 * that is later (a new period after a revision starts the count anew).
 */
function evaluatedSince(plan: Plan, lastEvaluation: string | null): string | null {
  return laterOf(lastEvaluation, plan.periodStart);
}

/** When the plan is next due for evaluation: evaluationMonths after evaluatedSince. */
function evaluationDue(plan: Plan, lastEvaluation: string | null, rules: PlanRules): string | null {
  const since = evaluatedSince(plan, lastEvaluation);
  return since === null ? null : addMonths(since, rules.evaluationMonths);
}

function planStatus(
  facts: PlanFacts,
  lastEvaluation: string | null,
  rules: PlanRules,
  today: string,
): PlanStatus {
  const { plan } = facts;
  if ((plan.closedDate !== null && plan.closedDate <= today) || closingInForce(facts.record)) return 'closed';
  if (!plan.wanted) return 'notWanted';
  if (!hasBegun(facts)) return 'notStarted';
  if (plan.periodStart === null || plan.periodStart > today) return 'inProgress';
  const notice = addDays(today, rules.revisionNoticeDays);
  const due = [plan.nextRevisionDate, plan.periodEnd, evaluationDue(plan, lastEvaluation, rules)];
  return due.some((d) => d !== null && d <= notice) ? 'forEvaluation' : 'active';
}

/** Goals still being worked on: their measures are the ones that can be late. */
const openGoal = (g: Pick<Goal, 'status'>) => g.status === 'notStarted' || g.status === 'inProgress';

/** A measure still to be done, under a goal still being worked on, past its due date. */
export function measureIsOverdue(
  goal: Pick<Goal, 'status'>,
  measure: Pick<Measure, 'status' | 'dueDate'>,
  today: string,
): boolean {
  return (
    openGoal(goal) &&
    (measure.status === 'planned' || measure.status === 'inProgress') &&
    measure.dueDate !== null &&
    measure.dueDate < today
  );
}

function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.floor((100 * part) / whole);
}

function planProgress(goals: readonly Goal[]): PlanProgress {
  const counted = goals.filter((g) => g.status !== 'discontinued');
  // A discontinued goal's measures go with it, as the goal does.
  const measures = counted.flatMap((g) => g.measures).filter((m) => m.status !== 'cancelled');
  const goalsAchieved = counted.filter((g) => g.status === 'achieved').length;
  return {
    goals: counted.length,
    goalsAchieved,
    measures: measures.length,
    measuresDone: measures.filter((m) => m.status === 'done').length,
    percent: percentOf(goalsAchieved, counted.length),
  };
}

function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

function lastEvaluationOf(plan: Plan, meetings: readonly Meeting[], today: string): string | null {
  const held = meetings
    .filter((m) => m.kind === 'evaluation' && m.date <= today)
    .map((m) => m.date)
    .sort()
    .at(-1);
  return laterOf(plan.lastEvaluationDate, held ?? null);
}

function latestMeeting(meetings: readonly Meeting[]): Meeting | null {
  let best: Meeting | null = null;
  for (const m of meetings)
    if (best === null || m.date > best.date || (m.date === best.date && m.id > best.id)) best = m;
  return best;
}

function consentState(consent: Consent | null, today: string): PlanConsent['state'] {
  if (consent === null) return 'missing';
  if (consent.withdrawnDate !== null && consent.withdrawnDate <= today) return 'withdrawn';
  if (consent.validUntil !== null && consent.validUntil < today) return 'expired';
  return 'valid';
}

/** The latest consent of each type given by today: a newer one replaces the old. */
function planConsents(record: Pick<CaseRecord, 'steps'>, today: string): PlanConsent[] {
  const given = stepsOf(record, 'consent').filter((c) => c.date <= today);
  return planConsentTypes.map((type) => {
    const consent = latestOf(given.filter((c) => c.type === type));
    return { type, consent, state: consentState(consent, today) };
  });
}

/**
 * Meetings a plan should have had by today: the yearly minimum once it has run a full window,
 * before that the share of the year it has run (so a new plan is not warned about at once).
 */
function minimumMeetings(periodStart: string, rules: PlanRules, today: string): number {
  if (periodStart <= addMonths(today, -MEETING_WINDOW.months)) return rules.minMeetingsPerYear;
  const days = daysBetween(periodStart, today);
  return Math.floor((rules.minMeetingsPerYear * days) / MEETING_WINDOW.daysPerYear);
}

function consentWarning(c: PlanConsent): Warning | null {
  switch (c.state) {
    case 'missing':
      return { kind: 'planConsentMissing', params: { type: c.type } };
    case 'withdrawn':
      return { kind: 'planConsentWithdrawn', params: { type: c.type, date: c.consent!.withdrawnDate! } };
    case 'expired':
      return { kind: 'planConsentExpired', params: { type: c.type, validUntil: c.consent!.validUntil! } };
    default:
      return null;
  }
}

export function planOverview(facts: PlanFacts, rules: PlanRules, today: string): PlanOverview {
  const { plan, goals, meetings } = facts;
  const lastEvaluation = lastEvaluationOf(plan, meetings, today);
  const status = planStatus(facts, lastEvaluation, rules, today);
  const windowStart = addMonths(today, -MEETING_WINDOW.months);
  const meetingsLast12Months = meetings.filter((m) => m.date > windowStart && m.date <= today).length;
  const consents = planConsents(facts.record, today);
  const covered = new Set(facts.points.filter((p) => p.covered).map((p) => p.key));
  const warnings: Warning[] = [];

  if (running.has(status)) {
    const followedUp = inForce.has(status);
    if (followedUp && plan.nextRevisionDate !== null && plan.nextRevisionDate < today)
      warnings.push({ kind: 'revisionOverdue', params: { date: plan.nextRevisionDate } });
    // In force means the period has started, so periodStart is set here.
    const due = evaluationDue(plan, lastEvaluation, rules);
    if (followedUp && due !== null && due < today)
      warnings.push({
        kind: 'evaluationOverdue',
        params: { since: evaluatedSince(plan, lastEvaluation)!, months: rules.evaluationMonths },
      });
    if (followedUp && plan.periodStart !== null) {
      const minimum = minimumMeetings(plan.periodStart, rules, today);
      if (meetingsLast12Months < minimum)
        warnings.push({ kind: 'fewMeetings', params: { count: meetingsLast12Months, minimum } });
    }
    const overdue = goals
      .flatMap((g) => g.measures.filter((m) => measureIsOverdue(g, m, today)))
      .map((m) => m.dueDate!)
      .sort();
    if (overdue.length > 0)
      warnings.push({ kind: 'measureOverdue', params: { count: overdue.length, date: overdue[0]! } });
    if (followedUp)
      for (const c of consents) {
        const w = consentWarning(c);
        if (w) warnings.push(w);
      }
  }
  if (owed.has(status) && !facts.hasCoordinator)
    warnings.push({ kind: 'planWithoutCoordinator', params: {} });

  return {
    status,
    progress: planProgress(goals),
    lastEvaluation,
    nextMeeting: latestMeeting(meetings)?.nextMeetingDate ?? null,
    meetingsLast12Months,
    consents,
    missingPoints: planPointKeys.filter((k) => !covered.has(k)),
    warnings,
  };
}

const BEFORE_PLAN = 'validation.beforePlan';
const IN_FUTURE = 'validation.dateInFuture';
const END_BEFORE_START = 'validation.endBeforeStart';

/**
 * Refusals of the plan's own fields: field -> translation key, empty when it may be saved.
 * `earliest` is ipGrantedFrom of the case.
 */
export function planProblems(fields: PlanFields, earliest: string, today: string): Record<string, string> {
  const problems: Record<string, string> = {};
  const { periodStart, periodEnd, nextRevisionDate, lastEvaluationDate, closedDate } = fields;
  if (periodStart !== null && periodStart < earliest) problems.periodStart = BEFORE_PLAN;
  if (periodEnd !== null && periodStart !== null && periodEnd < periodStart)
    problems.periodEnd = END_BEFORE_START;
  if (nextRevisionDate !== null) {
    if (nextRevisionDate < earliest) problems.nextRevisionDate = BEFORE_PLAN;
    else if (periodStart !== null && nextRevisionDate < periodStart)
      problems.nextRevisionDate = 'validation.revisionBeforeStart';
  }
  if (lastEvaluationDate !== null) {
    if (lastEvaluationDate > today) problems.lastEvaluationDate = IN_FUTURE;
    else if (lastEvaluationDate < earliest) problems.lastEvaluationDate = BEFORE_PLAN;
  }
  if (closedDate !== null) {
    if (closedDate > today) problems.closedDate = IN_FUTURE;
    else if (closedDate < earliest) problems.closedDate = BEFORE_PLAN;
    else if (periodStart !== null && closedDate < periodStart) problems.closedDate = END_BEFORE_START;
  }
  return problems;
}

export function goalProblems(goal: GoalFields, earliest: string, today: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (goal.targetDate !== null && goal.targetDate < earliest) problems.targetDate = BEFORE_PLAN;
  if (goal.achievedDate !== null) {
    if (goal.achievedDate > today) problems.achievedDate = IN_FUTURE;
    else if (goal.achievedDate < earliest) problems.achievedDate = BEFORE_PLAN;
  }
  return problems;
}

export function measureProblems(measure: MeasureFields, earliest: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (measure.dueDate !== null && measure.dueDate < earliest) problems.dueDate = BEFORE_PLAN;
  return problems;
}

export function meetingProblems(
  meeting: MeetingFields,
  earliest: string,
  today: string,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (meeting.date > today) problems.date = IN_FUTURE;
  else if (meeting.date < earliest) problems.date = BEFORE_PLAN;
  if (meeting.nextMeetingDate !== null && meeting.nextMeetingDate < meeting.date)
    problems.nextMeetingDate = 'validation.nextMeetingBeforeMeeting';
  return problems;
}
