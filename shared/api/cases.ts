import { z } from 'zod';

import {
  caseStatuses,
  closingReasons,
  conditionResults,
  consentGivers,
  consentTypes,
  decisionOutcomes,
  governorOutcomes,
  legalReferenceKeys,
  mappingForms,
  reassessmentOutcomes,
  rightConditions,
  rights,
  transitionOutcomes,
  type CaseOverview,
  type CaseRecord,
  type CaseRules,
  type CaseStatus,
  type ConditionKey,
  type LegalReferenceKey,
  type Person,
  type Right,
} from '../domain/case';
import { appealStages, type AppealStage, type DecisionInForce } from '../domain/caseOutcomes';
import type { CoordinationOverview } from '../domain/coordination';
import type { ArchiveCopy } from './archive';
import { caseFields } from './caseFields';
import { ADMIN_ONLY, CASE_WORKERS, channel } from './channel';
import { id, isoDate, optionalDate, optionalText, requiredText } from './fields';
import { personInput } from './persons';
import type { PlanSummary } from './plans';

export { caseFields, type CaseFieldValues } from './caseFields';

/** A new case: for a person already registered (personId), or for a new one, in one transaction. */
export const newCaseInput = caseFields
  .extend({ personId: id.optional(), person: personInput.optional() })
  .refine((v) => (v.personId === undefined) !== (v.person === undefined), {
    message: 'validation.personRequired',
    path: ['person'],
  });
export type NewCaseInput = z.input<typeof newCaseInput>;

const stepId = { id: id.optional() };
const conditionKeys = [...new Set(Object.values(rightConditions).flat())] as [
  ConditionKey,
  ...ConditionKey[],
];

export const mappingInput = z.object({
  kind: z.literal('mapping'),
  ...stepId,
  date: isoDate,
  form: z.enum(mappingForms, { message: 'validation.required' }),
  participants: optionalText(500),
  childParticipated: z.boolean().default(false),
  childViews: optionalText(2000),
});

export const consentInput = z.object({
  kind: z.literal('consent'),
  ...stepId,
  type: z.enum(consentTypes, { message: 'validation.required' }),
  givenBy: z.enum(consentGivers, { message: 'validation.required' }),
  givenByName: optionalText(120),
  date: isoDate,
  validUntil: optionalDate,
  scope: optionalText(500),
  withdrawnDate: optionalDate,
});

export const interimReplyInput = z.object({
  kind: z.literal('interimReply'),
  ...stepId,
  sentDate: isoDate,
  reason: requiredText(1000),
  expectedDate: isoDate,
});

export const assessmentInput = z
  .object({
    kind: z.literal('assessment'),
    ...stepId,
    right: z.enum(rights),
    date: isoDate,
    conditions: z
      .array(
        z.object({ key: z.enum(conditionKeys), result: z.enum(conditionResults), note: optionalText(1000) }),
      )
      .max(10),
  })
  .refine(
    (a) => {
      const allowed: readonly string[] = rightConditions[a.right];
      const keys = a.conditions.map((c) => c.key);
      return keys.every((k) => allowed.includes(k)) && new Set(keys).size === keys.length;
    },
    { message: 'validation.invalid', path: ['conditions'] },
  );

export const decisionInput = z.object({
  kind: z.literal('decision'),
  ...stepId,
  right: z.enum(rights),
  outcome: z.enum(decisionOutcomes, { message: 'validation.required' }),
  reasons: optionalText(4000),
  legalBasis: optionalText(300),
  decisionDate: isoDate,
  notifiedDate: optionalDate,
});

export const appealInput = z.object({
  kind: z.literal('appeal'),
  ...stepId,
  decisionId: id,
  receivedDate: isoDate,
  reassessment: z.enum(reassessmentOutcomes).nullable().default(null),
  reassessmentDate: optionalDate,
  forwardedDate: optionalDate,
  governorOutcome: z.enum(governorOutcomes).nullable().default(null),
  governorOutcomeDate: optionalDate,
});

export const transitionInput = z.object({
  kind: z.literal('transition'),
  ...stepId,
  date: isoDate,
  outcome: z.enum(transitionOutcomes, { message: 'validation.required' }),
  extendedUntil: optionalDate,
  note: optionalText(1000),
});

export const closingInput = z.object({
  kind: z.literal('closing'),
  ...stepId,
  date: isoDate,
  reason: z.enum(closingReasons, { message: 'validation.required' }),
  note: optionalText(1000),
});

export const reopeningInput = z.object({
  kind: z.literal('reopening'),
  ...stepId,
  date: isoDate,
  reason: requiredText(500),
});

export const stepInput = z.discriminatedUnion('kind', [
  mappingInput,
  consentInput,
  interimReplyInput,
  assessmentInput,
  decisionInput,
  appealInput,
  transitionInput,
  closingInput,
  reopeningInput,
]);
export type StepInput = z.input<typeof stepInput>;
export type ParsedStep = z.output<typeof stepInput>;

/** One case as the case page shows it: what was recorded, and what follows from it today. */
export interface CaseDetail {
  record: CaseRecord;
  person: Person;
  overview: CaseOverview;
  /** Coordinators on the case: who now, the history with gaps, and their warnings. */
  coordination: CoordinationOverview;
  /** The individual plan in short; null when no plan is recorded on the case. */
  plan: PlanSummary | null;
  rules: CaseRules;
  today: string;
  /** The latest archive copy made of the case (absent where a caller does not read it). */
  archiveCopy?: ArchiveCopy | null;
}

export const deadlineFilters = ['overdue', 'dueSoon', 'appealRunning', 'none'] as const;
export const caseSorts = ['caseNumber', 'personName', 'receivedDate', 'status', 'officeDeadline'] as const;
export { appealStages, type AppealStage };
/** `any` is every case with an appeal, whatever its stage. */
export const appealFilters = ['any', ...appealStages] as const;

export const caseListQuery = z.object({
  q: z.string().trim().max(100).default(''),
  /** `open` is every status but closed. */
  status: z.enum([...caseStatuses, 'open']).optional(),
  right: z.enum(rights).optional(),
  deadline: z.enum(deadlineFilters).optional(),
  receivedFrom: isoDate.optional(),
  receivedTo: isoDate.optional(),
  /** The decision in force (the latest per right) has this outcome; for `outcomeRight` only, if given. */
  outcome: z.enum(decisionOutcomes).optional(),
  /** Alone: the right has a decision in force, whatever its outcome. */
  outcomeRight: z.enum(rights).optional(),
  /** Some appeal of the case is at this stage (`any`: the case has an appeal). */
  appeal: z.enum(appealFilters).optional(),
  sort: z.enum(caseSorts).default('receivedDate'),
  desc: z.boolean().default(true),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});
export type CaseListQuery = z.input<typeof caseListQuery>;

export interface CaseListRow {
  id: number;
  caseNumber: string;
  personId: number;
  personName: string;
  nationalId: string | null;
  birthDate: string | null;
  dueDate: string | null;
  receivedDate: string;
  channel: CaseRecord['channel'];
  rightsRequested: Right[];
  rightsGranted: Right[];
  status: CaseStatus;
  officeDeadline: string | null;
  officeDeadlineKind: 'interimReply' | 'age18' | null;
  appealDeadline: string | null;
  decidedDate: string | null;
  closedDate: string | null;
  /** The decision in force per right that has one, in the order of `rights`. */
  decisions: DecisionInForce[];
  /** The stages of the case's appeals, the most pressing first, each once. */
  appeals: AppealStage[];
}

export interface CaseList {
  rows: CaseListRow[];
  /** Cases matching the filter (all pages). */
  total: number;
  /** Cases in the register. */
  all: number;
  /** Matching cases per status, before the status filter: the counts beside the filter. */
  statusCounts: Record<CaseStatus, number>;
}

export interface AgendaRow {
  id: number;
  caseNumber: string;
  personName: string;
  receivedDate: string;
  rightsRequested: Right[];
  /** What the team meeting must do: assess the rights, or decide them. */
  awaiting: 'assessment' | 'decision';
  daysWaiting: number;
  interimReplyDue: string | null;
  interimReplyState: 'met' | 'running' | 'dueSoon' | 'overdue' | null;
}

const rulesBounds = {
  interimReplyMonths: z.number().int().min(1).max(6),
  appealWeeksRights: z.number().int().min(1).max(12),
  age18WarningMonths: z.number().int().min(1).max(24),
  participationAge: z.number().int().min(7).max(18),
  ownConsentAge: z.number().int().min(12).max(18),
  barnekoordinatorMaxAge: z.number().int().min(0).max(25),
  dueSoonDays: z.number().int().min(1).max(60),
};
/** Each reference may be rewritten; one left out keeps what is in force. */
const legalReferencesInput = z
  .object(
    Object.fromEntries(legalReferenceKeys.map((k) => [k, requiredText(200)])) as Record<
      LegalReferenceKey,
      ReturnType<typeof requiredText>
    >,
  )
  .partial();

export const caseRulesInput = z
  .object({ ...rulesBounds, legalReferences: legalReferencesInput.optional() })
  .refine((r) => r.barnekoordinatorMaxAge === 0 || r.barnekoordinatorMaxAge >= 18, {
    message: 'validation.maxAgeInvalid',
    path: ['barnekoordinatorMaxAge'],
  });

export const casesApi = {
  'cases.list': channel<CaseList>()(caseListQuery, CASE_WORKERS),
  'cases.get': channel<CaseDetail>()(z.object({ id }), CASE_WORKERS),
  'cases.create': channel<CaseDetail>()(newCaseInput, CASE_WORKERS),
  'cases.update': channel<CaseDetail>()(caseFields.extend({ id }), CASE_WORKERS),
  /** Records a workflow step, or corrects one (with its id). */
  'cases.recordStep': channel<CaseDetail>()(z.object({ caseId: id, step: stepInput }), CASE_WORKERS),
  /** Removes a step recorded by mistake; the log keeps that it was there. */
  'cases.removeStep': channel<CaseDetail>()(z.object({ caseId: id, stepId: id }), CASE_WORKERS),
  /** Saksbehandlingsprotokoll: received applications in the period, oldest first. */
  'cases.protocol': channel<CaseListRow[]>()(z.object({ from: isoDate, to: isoDate }), CASE_WORKERS),
  /** The next team meeting's agenda: cases awaiting assessment or decision. */
  'cases.agenda': channel<AgendaRow[]>()(z.object({}), CASE_WORKERS),
  'cases.rules': channel<CaseRules>()(z.object({}), CASE_WORKERS),
  'cases.updateRules': channel<CaseRules>()(caseRulesInput, ADMIN_ONLY),
};
