/**
 * What was decided and where the appeals stand, as the case list shows and filters them: the
 * decision in force per right, and each appeal's stage. Derived like the status, never typed in.
 */

import type { Appeal, CaseRecord, DecisionOutcome, Right } from './case';
import {
  awaitsMunicipality,
  decisionsInForce,
  isAtGovernor,
  rightsAwaitingNewDecision,
  stepsOf,
} from './caseSteps';

/**
 * Where an appeal (klage) stands, the one the office must act on first: with the municipality for
 * its re-assessment, forwarded to Statsforvalteren, decided by Statsforvalteren, or settled by the
 * municipality's own medhold.
 */
export const appealStages = [
  'atMunicipality',
  'atGovernor',
  'decidedByGovernor',
  'decidedByMunicipality',
] as const;
export type AppealStage = (typeof appealStages)[number];

export interface DecisionInForce {
  right: Right;
  outcome: DecisionOutcome;
  /**
   * The municipality or Statsforvalteren found for the family on appeal: the outcome stays in force
   * (and is filtered on) until the new decision is recorded, and the list says that one is awaited.
   */
  awaitingNewDecision?: true;
}

export function appealStage(appeal: Appeal): AppealStage {
  if (isAtGovernor(appeal)) return 'atGovernor';
  if (awaitsMunicipality(appeal)) return 'atMunicipality';
  return appeal.governorOutcome !== null ? 'decidedByGovernor' : 'decidedByMunicipality';
}

/** The stages of the case's appeals, each once, the most pressing first. */
export function appealStagesOf(record: Pick<CaseRecord, 'steps'>): AppealStage[] {
  const stages = new Set(stepsOf(record, 'appeal').map(appealStage));
  return appealStages.filter((s) => stages.has(s));
}

/** The decision in force per right that has one, in the order of `rights`. */
export function decisionOutcomesOf(record: Pick<CaseRecord, 'steps'>): DecisionInForce[] {
  const awaiting = new Set(rightsAwaitingNewDecision(record));
  return decisionsInForce(record).map((d) =>
    awaiting.has(d.right)
      ? { right: d.right, outcome: d.outcome, awaitingNewDecision: true }
      : { right: d.right, outcome: d.outcome },
  );
}
