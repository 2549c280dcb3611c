/**
 * Small builders of recorded cases for the domain tests: each step gets the next id, so steps
 * built later count as recorded later (the tie-break when two steps share a date).
 */

import type {
  Appeal,
  Assessment,
  CaseRecord,
  CaseStep,
  Closing,
  Consent,
  Decision,
  DecisionOutcome,
  InterimReply,
  Mapping,
  Person,
  Reopening,
  Right,
  Transition,
} from '@shared/domain/case';

let lastId = 0;
const recorded = () => ({ id: ++lastId, recordedBy: 'ke', recordedAt: '2027-01-01T12:00:00.000Z' });

export const mapping = (date: string, childParticipated = false): Mapping => ({
  ...recorded(),
  kind: 'mapping',
  date,
  form: 'office',
  participants: '',
  childParticipated,
  childViews: '',
});

export const consent = (date: string, more: Partial<Consent> = {}): Consent => ({
  ...recorded(),
  kind: 'consent',
  type: 'process',
  givenBy: 'guardian',
  givenByName: 'Foresatt',
  date,
  validUntil: null,
  scope: '',
  withdrawnDate: null,
  ...more,
});

export const interimReply = (sentDate: string): InterimReply => ({
  ...recorded(),
  kind: 'interimReply',
  sentDate,
  reason: '',
  expectedDate: sentDate,
});

export const assessment = (right: Right, date: string): Assessment => ({
  ...recorded(),
  kind: 'assessment',
  right,
  date,
  conditions: [],
});

export const decision = (
  right: Right,
  decisionDate: string,
  outcome: DecisionOutcome = 'granted',
  notifiedDate: string | null = decisionDate,
): Decision => ({
  ...recorded(),
  kind: 'decision',
  right,
  outcome,
  reasons: '',
  legalBasis: '',
  decisionDate,
  notifiedDate,
});

export const appeal = (on: Decision, receivedDate: string, more: Partial<Appeal> = {}): Appeal => ({
  ...recorded(),
  kind: 'appeal',
  decisionId: on.id,
  receivedDate,
  reassessment: null,
  reassessmentDate: null,
  forwardedDate: null,
  governorOutcome: null,
  governorOutcomeDate: null,
  ...more,
});

export const transition = (
  date: string,
  outcome: Transition['outcome'],
  extendedUntil: string | null = null,
): Transition => ({ ...recorded(), kind: 'transition', date, outcome, extendedUntil, note: '' });

export const closing = (date: string): Closing => ({
  ...recorded(),
  kind: 'closing',
  date,
  reason: 'needEnded',
  note: '',
});

export const reopening = (date: string): Reopening => ({
  ...recorded(),
  kind: 'reopening',
  date,
  reason: '',
});

export function caseOf(
  receivedDate: string,
  steps: CaseStep[] = [],
  rightsRequested: Right[] = ['barnekoordinator'],
): CaseRecord {
  return {
    id: 1,
    caseNumber: `${receivedDate.slice(0, 4)}-0001`,
    personId: 1,
    receivedDate,
    channel: 'electronicForm',
    appliedBy: 'guardian',
    appliedByName: 'Foresatt',
    rightsRequested,
    needDescription: '',
    services: [],
    steps,
    createdAt: `${receivedDate}T08:00:00.000Z`,
    updatedAt: `${receivedDate}T08:00:00.000Z`,
  };
}

/**
 * A case worked through to a decision on every requested right: mapping with the child taking
 * part and consent on the day of receipt, assessment and decision on `decided`.
 */
export function decidedCase(
  receivedDate: string,
  decided: string,
  more: {
    outcome?: DecisionOutcome;
    notified?: string | null;
    rights?: Right[];
    consent?: Partial<Consent>;
    after?: (decisions: Decision[]) => CaseStep[];
  } = {},
): CaseRecord {
  const rights = more.rights ?? ['barnekoordinator'];
  const assessments = rights.map((r) => assessment(r, decided));
  const decisions = rights.map((r) =>
    decision(r, decided, more.outcome ?? 'granted', more.notified === undefined ? decided : more.notified),
  );
  const steps: CaseStep[] = [
    mapping(receivedDate, true),
    consent(receivedDate, more.consent),
    ...assessments,
    ...decisions,
    ...(more.after?.(decisions) ?? []),
  ];
  return caseOf(receivedDate, steps, rights);
}

export const person = (birthDate: string | null = '2015-05-10', more: Partial<Person> = {}): Person => ({
  id: 1,
  name: 'Kari Nordmann',
  nationalId: null,
  birthDate,
  dueDate: null,
  address: '',
  phone: '',
  email: '',
  interpreterNeeded: false,
  interpreterLanguage: '',
  relations: [],
  ...more,
});
