import type { CaseService, CaseStep, StepKind } from '@shared/domain/case';

type StepOf<K extends StepKind> = Extract<CaseStep, { kind: K }>;
type FieldOf<K extends StepKind> = Exclude<keyof StepOf<K>, 'kind' | 'id' | 'recordedBy' | 'recordedAt'>;

/**
 * Per step kind, what anonymising keeps: the codes, dates, rights, outcomes and links the
 * leadership report and the case's derivation read (`kept`), and the free texts, kept as empty
 * strings so the step still reads as its kind (`emptied`). Anything else stored in a step (a key
 * of an older or a hand-edited version) is dropped: only what is named here survives.
 */
const STEP_FIELDS: { [K in StepKind]: { kept: FieldOf<K>[]; emptied: FieldOf<K>[] } } = {
  mapping: { kept: ['date', 'form', 'childParticipated'], emptied: ['participants', 'childViews'] },
  consent: {
    kept: ['type', 'givenBy', 'date', 'validUntil', 'withdrawnDate'],
    emptied: ['givenByName', 'scope'],
  },
  interimReply: { kept: ['sentDate', 'expectedDate'], emptied: ['reason'] },
  // The conditions are a list of their own: see scrubConditions.
  assessment: { kept: ['right', 'date'], emptied: [] },
  decision: {
    kept: ['right', 'outcome', 'decisionDate', 'notifiedDate'],
    emptied: ['reasons', 'legalBasis'],
  },
  appeal: {
    kept: [
      'decisionId',
      'receivedDate',
      'reassessment',
      'reassessmentDate',
      'forwardedDate',
      'governorOutcome',
      'governorOutcomeDate',
    ],
    emptied: [],
  },
  transition: { kept: ['date', 'outcome', 'extendedUntil'], emptied: ['note'] },
  closing: { kept: ['date', 'reason'], emptied: ['note'] },
  reopening: { kept: ['date'], emptied: ['reason'] },
};

/** What identifies the step in the register (never a person's data), kept when present. */
const RECORD_FIELDS = ['id', 'kind', 'recordedBy', 'recordedAt'] as const;

type Loose = Record<string, unknown>;

function pick(source: Loose, keys: readonly string[]): Loose {
  const out: Loose = {};
  for (const key of keys) if (key in source) out[key] = source[key];
  return out;
}

/** An assessment's conditions: which condition and its result stay, the note goes. */
function scrubConditions(conditions: unknown): Loose[] {
  if (!Array.isArray(conditions)) return [];
  return conditions.map((c: Loose) => ({ key: c.key, result: c.result, note: '' }));
}

/**
 * A step with only what the allow-list keeps: its codes, dates and links, and its free texts
 * emptied. Whatever else the stored step held is not copied.
 */
export function scrubStep(step: CaseStep): CaseStep {
  const source = step as unknown as Loose;
  const fields = STEP_FIELDS[step.kind] as { kept: string[]; emptied: string[] };
  const out: Loose = { ...pick(source, RECORD_FIELDS), ...pick(source, fields.kept) };
  for (const key of fields.emptied) out[key] = '';
  if (step.kind === 'assessment') out.conditions = scrubConditions(source.conditions);
  return out as unknown as CaseStep;
}

/** The services the case named: which unit and whether received or needed stay; names go. */
export const scrubServices = (services: readonly CaseService[]): CaseService[] =>
  services.map((s) => ({ serviceUnitId: s.serviceUnitId, status: s.status, provider: '', contact: '' }));
