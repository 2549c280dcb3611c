/**
 * What a KE records about a person and a case (DOMAIN.md sections 2 and 3). Everything here is
 * recorded by a user; status, deadlines and warnings are derived from it (deriveCase.ts).
 * Dates are ISO calendar dates (YYYY-MM-DD); timestamps are ISO instants.
 */

import type { CaseFieldValues } from '../api/caseFields';
import type { Right } from './caseValues';

export { applicants, caseChannels, rights, type Applicant, type CaseChannel, type Right } from './caseValues';

export const relationKinds = [
  'mother',
  'father',
  'guardian',
  'verge',
  'nextOfKin',
  'proxy',
  'other',
] as const;
export type RelationKind = (typeof relationKinds)[number];

export interface Relation {
  id: number;
  name: string;
  relation: RelationKind;
  parentalResponsibility: boolean;
  mayConsent: boolean;
  phone: string;
  email: string;
  address: string;
}

export interface Person {
  id: number;
  name: string;
  /** Fødselsnummer or D-nummer (11 digits); null for a child not yet born or not yet numbered. */
  nationalId: string | null;
  /** From the number or entered; null while the child is not yet born. */
  birthDate: string | null;
  /** Termin: set for a child not yet born; kept after birth for the record. */
  dueDate: string | null;
  address: string;
  phone: string;
  email: string;
  interpreterNeeded: boolean;
  interpreterLanguage: string;
  relations: Relation[];
}

/** The Marker form's second question: which services the person receives now or will need. */
export interface CaseService {
  serviceUnitId: number | null;
  /** Free name when the service is not one of the municipality's units (fastlege, BUP, ...). */
  provider: string;
  contact: string;
  status: 'receives' | 'needs';
}

interface Recorded {
  id: number;
  recordedBy: string;
  recordedAt: string;
}

export const mappingForms = ['homeVisit', 'office', 'phone', 'video'] as const;
export interface Mapping extends Recorded {
  kind: 'mapping';
  date: string;
  form: (typeof mappingForms)[number];
  participants: string;
  /** Did the child take part? Required from age 15 (setting). */
  childParticipated: boolean;
  childViews: string;
}

export const consentTypes = ['process', 'informationSharing', 'plan'] as const;
export const consentGivers = ['person', 'guardian', 'verge'] as const;
export interface Consent extends Recorded {
  kind: 'consent';
  type: (typeof consentTypes)[number];
  givenBy: (typeof consentGivers)[number];
  givenByName: string;
  date: string;
  validUntil: string | null;
  scope: string;
  withdrawnDate: string | null;
}

export interface InterimReply extends Recorded {
  kind: 'interimReply';
  sentDate: string;
  reason: string;
  expectedDate: string;
}

export const conditionResults = ['met', 'notMet', 'unclear'] as const;
export type ConditionResult = (typeof conditionResults)[number];

/** The conditions a user assesses per right (DOMAIN.md section 2); the age condition is computed. */
export const rightConditions = {
  individuellPlan: ['longTermNeeds', 'coordinatedServices', 'consent'],
  koordinator: ['longTermNeeds', 'coordinatedServices'],
  barnekoordinator: ['seriousCondition', 'complexServicesAndWelfare', 'parentsWant'],
} as const satisfies Record<Right, readonly string[]>;
export type ConditionKey = (typeof rightConditions)[Right][number];

export interface Assessment extends Recorded {
  kind: 'assessment';
  right: Right;
  date: string;
  conditions: { key: ConditionKey; result: ConditionResult; note: string }[];
}

export const decisionOutcomes = ['granted', 'partlyGranted', 'refused', 'withdrawn', 'dismissed'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export interface Decision extends Recorded {
  kind: 'decision';
  right: Right;
  outcome: DecisionOutcome;
  reasons: string;
  legalBasis: string;
  decisionDate: string;
  /** When the family was told; the appeal deadline runs from here. */
  notifiedDate: string | null;
}

export const reassessmentOutcomes = ['upheld', 'partlyUpheld', 'notUpheld'] as const;
export const governorOutcomes = ['upheld', 'partlyUpheld', 'notUpheld', 'quashed', 'dismissed'] as const;
export interface Appeal extends Recorded {
  kind: 'appeal';
  decisionId: number;
  receivedDate: string;
  /** The municipality's own re-assessment comes first (a complaint is sent to it). */
  reassessment: (typeof reassessmentOutcomes)[number] | null;
  reassessmentDate: string | null;
  /** Forwarded to Statsforvalteren when the municipality does not give the family full support. */
  forwardedDate: string | null;
  governorOutcome: (typeof governorOutcomes)[number] | null;
  governorOutcomeDate: string | null;
}

export const transitionOutcomes = ['ordinaryCoordinator', 'ended', 'extended'] as const;
export interface Transition extends Recorded {
  kind: 'transition';
  date: string;
  outcome: (typeof transitionOutcomes)[number];
  /** For an extension: until when (at most the extension age in the settings). */
  extendedUntil: string | null;
  note: string;
}

export const closingReasons = [
  'needEnded',
  'consentWithdrawn',
  'moved',
  'died',
  'turned18',
  'transferred',
  'other',
] as const;
export interface Closing extends Recorded {
  kind: 'closing';
  date: string;
  reason: (typeof closingReasons)[number];
  note: string;
}

export interface Reopening extends Recorded {
  kind: 'reopening';
  date: string;
  reason: string;
}

export type CaseStep =
  Mapping | Consent | InterimReply | Assessment | Decision | Appeal | Transition | Closing | Reopening;
export type StepKind = CaseStep['kind'];
export const stepKinds = [
  'mapping',
  'consent',
  'interimReply',
  'assessment',
  'decision',
  'appeal',
  'transition',
  'closing',
  'reopening',
] as const satisfies readonly StepKind[];

/**
 * A case as read: the fields the contract takes (`caseFields`, as parsed) and what the register
 * adds to them. A field is added to the schema, never written out here a second time.
 */
export interface CaseRecord extends CaseFieldValues {
  id: number;
  /** Year of receipt and a running number: 2027-0042. */
  caseNumber: string;
  personId: number;
  /** Every recorded step, oldest first by date. */
  steps: CaseStep[];
  createdAt: string;
  updatedAt: string;
  /** When the case was anonymised after its retention period (retention); absent or null if not. */
  anonymisedAt?: string | null;
}

/** Settings the derivation depends on (DOMAIN.md: configurable facts, never literals). */
export interface CaseRules {
  interimReplyMonths: number;
  /**
   * Appeal deadline for decisions on these rights (pasient- og brukerrettighetsloven § 7-5). Every
   * decision in the register is on one of them, so there is no other appeal deadline.
   */
  appealWeeksRights: number;
  age18WarningMonths: number;
  participationAge: number;
  ownConsentAge: number;
  /** Barnekoordinator may be extended past 18, up to this age; 0 when extension is not allowed. */
  barnekoordinatorMaxAge: number;
  /** A deadline this close (days) is shown as due soon. */
  dueSoonDays: number;
  /**
   * Law and section shown beside each deadline, and offered as a decision's legal basis: a
   * setting, since laws are renumbered (a new forvaltningsloven was adopted in 2025).
   */
  legalReferences: LegalReferences;
}

export const legalReferenceKeys = [
  'interimReply',
  'appealRight',
  'age18',
  'basisIndividuellPlan',
  'basisKoordinator',
  'basisBarnekoordinator',
] as const;
export type LegalReferenceKey = (typeof legalReferenceKeys)[number];
export type LegalReferences = Record<LegalReferenceKey, string>;

/** The law as of 2026, in bokmål: the municipality may write its own (nynorsk, new numbers). */
export const defaultLegalReferences: LegalReferences = {
  interimReply: 'forvaltningsloven § 11 a',
  appealRight: 'pasient- og brukerrettighetsloven § 7-5',
  age18: 'pasient- og brukerrettighetsloven § 2-5 c',
  basisIndividuellPlan: 'pasient- og brukerrettighetsloven § 2-5 og helse- og omsorgstjenesteloven § 7-1',
  basisKoordinator: 'pasient- og brukerrettighetsloven § 2-5 b og helse- og omsorgstjenesteloven § 7-2',
  basisBarnekoordinator:
    'pasient- og brukerrettighetsloven § 2-5 c og helse- og omsorgstjenesteloven § 7-2 a',
};

/** The legal basis a decision on this right is offered with. */
export const decisionBasisKey = {
  individuellPlan: 'basisIndividuellPlan',
  koordinator: 'basisKoordinator',
  barnekoordinator: 'basisBarnekoordinator',
} as const satisfies Record<Right, LegalReferenceKey>;

export const defaultCaseRules: CaseRules = {
  interimReplyMonths: 1,
  appealWeeksRights: 4,
  age18WarningMonths: 6,
  participationAge: 15,
  ownConsentAge: 16,
  barnekoordinatorMaxAge: 25,
  dueSoonDays: 7,
  legalReferences: defaultLegalReferences,
};

// ---- What is derived (never stored as typed in) ----

export const caseStatuses = [
  'received',
  'inProgress',
  'decided',
  'appealed',
  'atGovernor',
  'closed',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export type DeadlineKind = 'interimReply' | 'appeal' | 'age18';
export type DeadlineState = 'met' | 'running' | 'dueSoon' | 'overdue' | 'expired';

export interface Deadline {
  kind: DeadlineKind;
  /** The date shown to the user, already moved for weekends and holidays as the law says. */
  dueDate: string;
  state: DeadlineState;
  /** Law and section, shown beside the date: "forvaltningsloven § 11 a". */
  legalReference: string;
  /** For appeal deadlines: the decision it runs from. */
  decisionId?: number;
  right?: Right;
  /** Whole days from today to the due date (negative when passed). */
  daysLeft: number;
}

export type WarningKind =
  | 'interimReplyOverdue'
  | 'participationMissing'
  | 'consentWithdrawn'
  | 'consentExpired'
  | 'age18Approaching'
  | 'age18Passed'
  | 'birthNotRegistered'
  | 'appealAwaitingReassessment'
  | 'appealNotForwarded'
  | 'appealLate'
  | 'decisionNotNotified'
  // Coordinators on the case (coordination.ts): derived with the coordinators' own facts.
  | 'withoutCoordinator'
  | 'coordinatorUntrained'
  | 'coordinatorOverCapacity'
  | 'familyNotInformed'
  | 'frequentChanges'
  // The individual plan (planOverview.ts).
  | 'revisionOverdue'
  | 'evaluationOverdue'
  | 'fewMeetings'
  | 'measureOverdue'
  | 'planConsentMissing'
  | 'planConsentWithdrawn'
  | 'planConsentExpired'
  | 'planWithoutCoordinator';

export interface Warning {
  kind: WarningKind;
  /** Values for the message: dates, ages, the right concerned. */
  params: Record<string, string | number>;
}

export type NextActionKind =
  | 'registerBirth'
  | 'reassessAppeal'
  | 'forwardAppeal'
  | 'recordGovernorOutcome'
  | 'mapping'
  | 'consent'
  | 'interimReply'
  | 'assess'
  | 'decide'
  | 'notify'
  | 'transition'
  | 'close'
  // What the case's warnings ask for beyond the workflow (nextSteps.ts).
  | 'childParticipation'
  | 'renewConsent'
  | 'appointCoordinator'
  | 'informFamily'
  | 'trainCoordinator'
  | 'reviewCaseload'
  | 'startPlan'
  | 'planConsent'
  | 'revisePlan'
  | 'evaluatePlan'
  | 'planMeeting'
  | 'followUpMeasures';

export interface NextAction {
  kind: NextActionKind;
  right?: Right;
  /** For the text and the link: a coordinator's name and id, an appointment, a consent type. */
  params?: Record<string, string | number>;
}

export interface RightOverview {
  right: Right;
  /** The computed age condition at the latest assessment (or today when not assessed). */
  ageConditionMet: boolean | null;
  latestAssessment: Assessment | null;
  /** The decision in force: the latest by decision date. */
  decision: Decision | null;
}

export interface CaseOverview {
  status: CaseStatus;
  rights: RightOverview[];
  deadlines: Deadline[];
  warnings: Warning[];
  nextAction: NextAction | null;
  /** Age in whole years today; null for a child not yet born. */
  ageToday: number | null;
}
