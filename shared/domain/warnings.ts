/**
 * What the KE should look at in a case today (DOMAIN.md sections 3 and 6). A closed case keeps
 * only the warnings about its decisions and appeals, since those duties outlive the closing.
 */

import { addMonths, ageOn } from './calendar';
import type { CaseRecord, CaseRules, Consent, Deadline, Person, Warning } from './case';
import { closingInForce, decisionsInForce, isLater, stepsOf } from './caseSteps';
import { appealWithinDeadline, age18Track, appealDeadline } from './deadlines';

export function caseWarnings(
  record: CaseRecord,
  person: Person,
  rules: CaseRules,
  today: string,
  deadlines: readonly Deadline[],
): Warning[] {
  const open = closingInForce(record) === null;
  return [
    ...(open ? birthWarnings(person, today) : []),
    ...(open ? interimReplyWarnings(deadlines) : []),
    ...(open ? participationWarnings(record, person, rules, today) : []),
    ...(open ? consentWarnings(record, today) : []),
    ...age18Warnings(record, person, rules, today),
    ...appealWarnings(record, rules),
    ...notificationWarnings(record),
  ];
}

function birthWarnings(person: Person, today: string): Warning[] {
  if (person.birthDate !== null || person.dueDate === null || today <= person.dueDate) return [];
  return [{ kind: 'birthNotRegistered', params: { dueDate: person.dueDate } }];
}

function interimReplyWarnings(deadlines: readonly Deadline[]): Warning[] {
  return deadlines
    .filter((d) => d.kind === 'interimReply' && d.state === 'overdue')
    .map((d) => ({ kind: 'interimReplyOverdue', params: { dueDate: d.dueDate } }));
}

/**
 * A child from the participation age must take part in the mapping; an unborn child has no age,
 * and an adult is the applicant, not a child whose voice must be heard.
 */
function participationWarnings(
  record: CaseRecord,
  person: Person,
  rules: CaseRules,
  today: string,
): Warning[] {
  if (person.birthDate === null) return [];
  const age = ageOn(person.birthDate, today);
  if (age < rules.participationAge || age >= 18) return [];
  if (stepsOf(record, 'mapping').some((m) => m.childParticipated)) return [];
  return [{ kind: 'participationMissing', params: { age } }];
}

/**
 * A withdrawn or expired consent, unless a later consent of the same type holds today (the KE
 * has obtained a new one, so nothing is left to do).
 */
function consentWarnings(record: CaseRecord, today: string): Warning[] {
  const consents = stepsOf(record, 'consent');
  const holds = (c: Consent) =>
    c.date <= today &&
    (c.withdrawnDate === null || c.withdrawnDate > today) &&
    (c.validUntil === null || c.validUntil >= today);
  const superseded = (c: Consent) => consents.some((o) => o.type === c.type && isLater(o, c) && holds(o));
  const warnings: Warning[] = [];
  for (const c of consents) {
    if (superseded(c)) continue;
    if (c.withdrawnDate !== null && c.withdrawnDate <= today) {
      warnings.push({ kind: 'consentWithdrawn', params: { date: c.withdrawnDate, type: c.type } });
    } else if (c.validUntil !== null && c.validUntil < today) {
      warnings.push({ kind: 'consentExpired', params: { validUntil: c.validUntil, type: c.type } });
    }
  }
  return warnings;
}

/** Active while a transition outcome is due: from the warning period before 18, or after an extension. */
export function age18Warnings(
  record: CaseRecord,
  person: Person,
  rules: CaseRules,
  today: string,
): Warning[] {
  const track = age18Track(record, person, rules);
  if (!track || track.settled) return [];
  if (track.extendedUntil !== null) {
    return today > track.extendedUntil
      ? [{ kind: 'age18Passed', params: { extendedUntil: track.extendedUntil } }]
      : [];
  }
  if (today > track.birthday18) return [{ kind: 'age18Passed', params: { date: track.birthday18 } }];
  if (today >= addMonths(track.birthday18, -rules.age18WarningMonths)) {
    return [{ kind: 'age18Approaching', params: { date: track.birthday18 } }];
  }
  return [];
}

/** The appeals' warnings; they do not depend on today (the dashboards store them per case). */
export function appealWarnings(record: CaseRecord, rules: CaseRules): Warning[] {
  const decisions = stepsOf(record, 'decision');
  const warnings: Warning[] = [];
  for (const appeal of stepsOf(record, 'appeal')) {
    const decision = decisions.find((d) => d.id === appeal.decisionId);
    if (!decision) continue;
    const right = decision.right;
    if (decision.notifiedDate !== null && !appealWithinDeadline(appeal, decision, rules)) {
      const { dueDate } = appealDeadline(decision.notifiedDate, rules);
      warnings.push({ kind: 'appealLate', params: { receivedDate: appeal.receivedDate, dueDate, right } });
    }
    if (appeal.reassessment === null) {
      warnings.push({
        kind: 'appealAwaitingReassessment',
        params: { receivedDate: appeal.receivedDate, right },
      });
    } else if (appeal.reassessment !== 'upheld' && appeal.forwardedDate === null) {
      const reassessmentDate = appeal.reassessmentDate ?? '';
      warnings.push({ kind: 'appealNotForwarded', params: { reassessmentDate, right } });
    }
  }
  return warnings;
}

function notificationWarnings(record: CaseRecord): Warning[] {
  return decisionsInForce(record)
    .filter((d) => d.notifiedDate === null)
    .map((d) => ({ kind: 'decisionNotNotified', params: { right: d.right } }));
}
