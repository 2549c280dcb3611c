/**
 * The one thing to do next in a case, in the order the work has to be done: what is owed to
 * others first (birth, appeals), then the steps of the workflow (DOMAIN.md section 3).
 */

import type { CaseRecord, Deadline, NextAction, Person, Warning } from './case';
import {
  appealsOf,
  awaitsMunicipality,
  closingInForce,
  decisionInForce,
  decisionsInForce,
  isAppealFinished,
  isAtGovernor,
  latestAssessment,
  requestedRights,
  rightsAwaitingNewDecision,
  stepsOf,
} from './caseSteps';

const refusals = new Set(['refused', 'withdrawn', 'dismissed']);

export function nextAction(
  record: CaseRecord,
  person: Person,
  today: string,
  deadlines: readonly Deadline[],
  warnings: readonly Warning[],
): NextAction | null {
  if (closingInForce(record)) return null;
  if (person.birthDate === null && person.dueDate !== null && today > person.dueDate) {
    return { kind: 'registerBirth' };
  }
  const appeals = stepsOf(record, 'appeal');
  if (appeals.some((a) => a.reassessment === null)) return { kind: 'reassessAppeal' };
  if (appeals.some((a) => awaitsMunicipality(a))) return { kind: 'forwardAppeal' };
  if (appeals.some(isAtGovernor)) return { kind: 'recordGovernorOutcome' };
  if (stepsOf(record, 'mapping').length === 0) return { kind: 'mapping' };
  if (stepsOf(record, 'consent').length === 0) return { kind: 'consent' };
  const interimDue = deadlines.some(
    (d) => d.kind === 'interimReply' && (d.state === 'dueSoon' || d.state === 'overdue'),
  );
  if (interimDue) return { kind: 'interimReply' };

  const requested = requestedRights(record);
  const unassessed = requested.find((r) => latestAssessment(record, r) === null);
  if (unassessed) return { kind: 'assess', right: unassessed };
  const undecided =
    requested.find((r) => decisionInForce(record, r) === null) ?? rightsAwaitingNewDecision(record)[0];
  if (undecided) return { kind: 'decide', right: undecided };
  const unnotified = decisionsInForce(record).find((d) => d.notifiedDate === null);
  if (unnotified) return { kind: 'notify', right: unnotified.right };
  if (warnings.some((w) => w.kind === 'age18Approaching' || w.kind === 'age18Passed')) {
    return { kind: 'transition' };
  }
  return readyToClose(record, deadlines) ? { kind: 'close' } : null;
}

/** Nothing was granted and the family can no longer appeal, or its appeals are done. */
function readyToClose(record: CaseRecord, deadlines: readonly Deadline[]): boolean {
  const decisions = decisionsInForce(record);
  if (decisions.length === 0 || decisions.some((d) => !refusals.has(d.outcome))) return false;
  return decisions.every((d) => {
    const appeals = appealsOf(record, d.id);
    if (appeals.length > 0) return appeals.every(isAppealFinished);
    return deadlines.some((x) => x.kind === 'appeal' && x.decisionId === d.id && x.state === 'expired');
  });
}
