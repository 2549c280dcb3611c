/**
 * Reading a case's recorded steps: which step is the latest, which decision is in force, whether
 * the case is closed. Every derivation (status, deadlines, warnings) goes through these, so they
 * agree on what "latest" means: the later date, and on the same date the later recorded (id).
 */

import { rights } from './case';
import type { Appeal, Assessment, CaseRecord, CaseStep, Closing, Decision, Right, StepKind } from './case';

export type StepOf<K extends StepKind> = Extract<CaseStep, { kind: K }>;

/** The date a step happened on, whatever the field is called for its kind. */
export function stepDate(step: CaseStep): string {
  switch (step.kind) {
    case 'interimReply':
      return step.sentDate;
    case 'decision':
      return step.decisionDate;
    case 'appeal':
      return step.receivedDate;
    default:
      return step.date;
  }
}

/** True when `a` comes after `b`: by date, then by id (the order they were recorded). */
export function isLater(a: CaseStep, b: CaseStep): boolean {
  const da = stepDate(a);
  const db = stepDate(b);
  return da > db || (da === db && a.id > b.id);
}

export function stepsOf<K extends StepKind>(record: Pick<CaseRecord, 'steps'>, kind: K): StepOf<K>[] {
  return record.steps.filter((s): s is StepOf<K> => s.kind === kind);
}

export function latestOf<T extends CaseStep>(steps: readonly T[]): T | null {
  let best: T | null = null;
  for (const s of steps) if (best === null || isLater(s, best)) best = s;
  return best;
}

/** The closing that holds: the latest one, unless a reopening came after it. */
export function closingInForce(record: Pick<CaseRecord, 'steps'>): Closing | null {
  const closing = latestOf(stepsOf(record, 'closing'));
  if (!closing) return null;
  const reopening = latestOf(stepsOf(record, 'reopening'));
  return reopening && isLater(reopening, closing) ? null : closing;
}

/** The requested rights in the fixed order of `rights`, so every list shows them alike. */
export function requestedRights(record: Pick<CaseRecord, 'rightsRequested'>): Right[] {
  return rights.filter((r) => record.rightsRequested.includes(r));
}

/** The decision in force for a right: the latest one (a new decision replaces the old). */
export function decisionInForce(record: Pick<CaseRecord, 'steps'>, right: Right): Decision | null {
  return latestOf(stepsOf(record, 'decision').filter((d) => d.right === right));
}

/** Decisions in force for every right that has one, requested or not, in the order of `rights`. */
export function decisionsInForce(record: Pick<CaseRecord, 'steps'>): Decision[] {
  return rights.map((r) => decisionInForce(record, r)).filter((d): d is Decision => d !== null);
}

export function latestAssessment(record: Pick<CaseRecord, 'steps'>, right: Right): Assessment | null {
  return latestOf(stepsOf(record, 'assessment').filter((a) => a.right === right));
}

/** Every requested right has a decision (and at least one right was requested). */
export function everyRightDecided(record: Pick<CaseRecord, 'steps' | 'rightsRequested'>): boolean {
  const requested = requestedRights(record);
  return requested.length > 0 && requested.every((r) => decisionInForce(record, r) !== null);
}

export function appealsOf(record: Pick<CaseRecord, 'steps'>, decisionId: number): Appeal[] {
  return stepsOf(record, 'appeal').filter((a) => a.decisionId === decisionId);
}

/** Waiting for Statsforvalteren. */
export function isAtGovernor(appeal: Appeal): boolean {
  return appeal.forwardedDate !== null && appeal.governorOutcome === null;
}

/** The municipality must still re-assess, or forward what it did not uphold. */
export function awaitsMunicipality(appeal: Appeal): boolean {
  return appeal.reassessment === null || (appeal.reassessment !== 'upheld' && appeal.forwardedDate === null);
}

/** Upheld by the municipality itself, or decided by Statsforvalteren. */
export function isAppealFinished(appeal: Appeal): boolean {
  return !isAtGovernor(appeal) && !awaitsMunicipality(appeal);
}

/** Outcomes that change a decision in the family's favour, in full or in part. */
const inFavour: ReadonlySet<string> = new Set(['upheld', 'partlyUpheld', 'quashed']);

/**
 * A finished appeal that went the family's way (medhold from the municipality, or Statsforvalteren
 * changing or quashing the decision): the right must be decided again by a new decision.
 */
export function appealCallsForNewDecision(appeal: Appeal): boolean {
  if (!isAppealFinished(appeal)) return false;
  const final = appeal.governorOutcome ?? appeal.reassessment;
  return final !== null && inFavour.has(final);
}

/** Rights whose decision in force was appealed with success and has no newer decision yet. */
export function rightsAwaitingNewDecision(record: Pick<CaseRecord, 'steps'>): Right[] {
  return decisionsInForce(record)
    .filter((d) => appealsOf(record, d.id).some(appealCallsForNewDecision))
    .map((d) => d.right);
}
