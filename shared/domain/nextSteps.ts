/**
 * Everything that waits in a case, most pressing first: the workflow's next action and every
 * step the case's warnings ask for (the case's own, its coordinator's and its plan's). Derived
 * from the same warnings the case page shows, so "Neste steg" cannot say that nothing waits while
 * a warning asks for something to be done.
 */

import type { CaseOverview, CaseRecord, NextAction, NextActionKind, Warning, WarningKind } from './case';
import { closingInForce, stepsOf } from './caseSteps';
import type { CoordinationOverview } from './coordination';
import type { PlanStatus } from './plan';
import { ipGrantedFrom } from './planOverview';

/** What the steps are derived from; a CaseDetail is one. */
export interface NextStepFacts {
  record: CaseRecord;
  overview: Pick<CaseOverview, 'nextAction' | 'warnings'>;
  coordination: Pick<CoordinationOverview, 'need' | 'current' | 'history' | 'warnings'>;
  plan: { status: PlanStatus; warnings: Warning[] } | null;
}

/**
 * Legal duties with a deadline first (DOMAIN.md sections 3 and 9): the birth the ages count
 * from, appeals, the interim reply of forvaltningsloven § 11 a, the notification the family's
 * appeal deadline runs from, the end of barnekoordinator at 18. Then the workflow, the child's
 * participation and consents, the coordinator the right grants, the individual plan, and closing.
 */
const priority: readonly NextActionKind[] = [
  'registerBirth',
  'reassessAppeal',
  'forwardAppeal',
  'recordGovernorOutcome',
  'interimReply',
  'notify',
  'transition',
  'mapping',
  'consent',
  'assess',
  'decide',
  'childParticipation',
  'renewConsent',
  'appointCoordinator',
  'informFamily',
  'trainCoordinator',
  'startPlan',
  'planConsent',
  'revisePlan',
  'evaluatePlan',
  'planMeeting',
  'followUpMeasures',
  'reviewCaseload',
  'close',
];

type StepOf = (w: Warning, facts: NextStepFacts) => NextAction | null;

const plain =
  (kind: NextActionKind): StepOf =>
  () => ({ kind });

/**
 * The step each warning asks for; null for the warnings that only state a fact (a late appeal
 * asks for the reassessment, which appealAwaitingReassessment names while it is due; frequent
 * changes are history). A new warning kind does not compile until it is placed here.
 */
const warningSteps: Record<WarningKind, StepOf | null> = {
  birthNotRegistered: plain('registerBirth'),
  appealAwaitingReassessment: plain('reassessAppeal'),
  appealNotForwarded: plain('forwardAppeal'),
  appealLate: null,
  interimReplyOverdue: plain('interimReply'),
  decisionNotNotified: (w) => ({ kind: 'notify', right: w.params.right as NextAction['right'] }),
  age18Approaching: plain('transition'),
  age18Passed: plain('transition'),
  // Without a mapping conversation the step is the conversation itself, where participation is recorded.
  participationMissing: (_, { record }) =>
    stepsOf(record, 'mapping').length === 0 ? { kind: 'mapping' } : { kind: 'childParticipation' },
  consentWithdrawn: (w) => ({ kind: 'renewConsent', params: { type: w.params.type! } }),
  consentExpired: (w) => ({ kind: 'renewConsent', params: { type: w.params.type! } }),
  withoutCoordinator: plain('appointCoordinator'),
  planWithoutCoordinator: plain('appointCoordinator'),
  familyNotInformed: (w, { coordination }) => {
    const appointment = coordination.history.findLast((a) => a.isChange && a.familyNotifiedDate === null);
    return appointment
      ? { kind: 'informFamily', params: { name: w.params.name!, appointmentId: appointment.id } }
      : null;
  },
  coordinatorUntrained: (w, { coordination }) => coordinatorStep('trainCoordinator', w, coordination),
  coordinatorOverCapacity: (w, { coordination }) => coordinatorStep('reviewCaseload', w, coordination),
  frequentChanges: null,
  revisionOverdue: plain('revisePlan'),
  evaluationOverdue: plain('evaluatePlan'),
  fewMeetings: plain('planMeeting'),
  measureOverdue: plain('followUpMeasures'),
  planConsentMissing: (w) => ({ kind: 'planConsent', params: { type: w.params.type! } }),
  planConsentWithdrawn: (w) => ({ kind: 'planConsent', params: { type: w.params.type! } }),
  planConsentExpired: (w) => ({ kind: 'planConsent', params: { type: w.params.type! } }),
};

function coordinatorStep(
  kind: 'trainCoordinator' | 'reviewCaseload',
  w: Warning,
  coordination: NextStepFacts['coordination'],
): NextAction | null {
  const current = coordination.current;
  return current ? { kind, params: { name: w.params.name!, coordinatorId: current.coordinatorId } } : null;
}

/** Whether a warning of this kind asks for something to be done (and so is a next step). */
export function asksForAction(kind: WarningKind): boolean {
  return warningSteps[kind] !== null;
}

/** The step a warning asks for; null for a warning that only states a fact. */
export function stepForWarning(w: Warning, facts: NextStepFacts): NextAction | null {
  return warningSteps[w.kind]?.(w, facts) ?? null;
}

/** Every warning the case page shows: the case's own, its coordinator's, its plan's. */
export function caseWarningsOf(facts: Pick<NextStepFacts, 'overview' | 'coordination' | 'plan'>): Warning[] {
  return [...facts.overview.warnings, ...facts.coordination.warnings, ...(facts.plan?.warnings ?? [])];
}

export function nextSteps(facts: NextStepFacts): NextAction[] {
  const { record, overview, coordination, plan } = facts;
  const open = closingInForce(record) === null;
  const steps: NextAction[] = [];
  // The workflow's own next action, as the case's overview derived it.
  if (overview.nextAction) steps.push(overview.nextAction);
  for (const w of caseWarningsOf(facts)) {
    const step = stepForWarning(w, facts);
    if (step) steps.push(step);
  }
  // Owed before any warning says so: the coordinator the right grants, and the plan granted.
  if (coordination.need !== null && coordination.current === null) steps.push({ kind: 'appointCoordinator' });
  const planOwed = plan === null ? ipGrantedFrom(record) !== null : plan.status === 'notStarted';
  if (open && planOwed) steps.push({ kind: 'startPlan' });
  return unique(steps.sort((a, b) => priority.indexOf(a.kind) - priority.indexOf(b.kind)));
}

/**
 * What a step asks for: one consent per type, whether the case's warning or its plan's asks for
 * it (both lead to the same consent form); one step per right.
 */
export function stepKey(s: NextAction): string {
  const kind = s.kind === 'planConsent' ? 'renewConsent' : s.kind;
  return `${kind}|${s.right ?? ''}|${String(s.params?.type ?? '')}`;
}

/**
 * One step per thing to do, the first of the sorted steps kept: a consent the case warns of is
 * renewed ("Registrer nytt samtykke"), not also asked for again for the plan.
 */
function unique(steps: readonly NextAction[]): NextAction[] {
  const seen = new Set<string>();
  return steps.filter((s) => {
    const key = stepKey(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
