/**
 * A case's status, derived from its steps (DOMAIN.md section 3): never typed in, so it cannot
 * disagree with what was recorded. It does not depend on today, so core may store it for lists.
 */

import type { CaseRecord, CaseStatus } from './case';
import {
  awaitsMunicipality,
  closingInForce,
  everyRightDecided,
  isAtGovernor,
  rightsAwaitingNewDecision,
  stepsOf,
} from './caseSteps';

const workSteps = new Set(['mapping', 'consent', 'interimReply', 'assessment', 'decision']);

export function caseStatus(record: Pick<CaseRecord, 'steps' | 'rightsRequested'>): CaseStatus {
  // A reopened case gets its status back from the other steps.
  if (closingInForce(record)) return 'closed';
  const appeals = stepsOf(record, 'appeal');
  if (appeals.some(isAtGovernor)) return 'atGovernor';
  if (appeals.some(awaitsMunicipality)) return 'appealed';
  // Won on appeal: the right is back on the municipality's desk until it is decided again.
  if (rightsAwaitingNewDecision(record).length > 0) return 'inProgress';
  if (everyRightDecided(record)) return 'decided';
  if (record.steps.some((s) => workSteps.has(s.kind))) return 'inProgress';
  return 'received';
}
