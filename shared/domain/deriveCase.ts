/**
 * Everything shown about a case that is not typed in: status, deadlines, warnings, the next
 * action. Pure functions of the recorded case, the person, the settings and today.
 */

import { addDays, ageOn, birthdayAt, compareIso } from './calendar';
import type { CaseRecord, CaseOverview, CaseRules, CaseStatus, Person, Right, RightOverview } from './case';
import { appealStagesOf, decisionOutcomesOf, type AppealStage, type DecisionInForce } from './caseOutcomes';
import { caseStatus } from './caseStatus';
import {
  closingInForce,
  decisionInForce,
  decisionsInForce,
  everyRightDecided,
  appealsOf,
  latestAssessment,
  latestOf,
  requestedRights,
  stepsOf,
} from './caseSteps';
import { age18Track, appealDeadline, caseDeadlines, interimReplyDue, interimReplyOutcome } from './deadlines';
import { nextAction } from './nextAction';
import { caseWarnings } from './warnings';

export function deriveCase(
  record: CaseRecord,
  person: Person,
  rules: CaseRules,
  today: string,
): CaseOverview {
  const deadlines = caseDeadlines(record, person, rules, today);
  const warnings = caseWarnings(record, person, rules, today, deadlines);
  return {
    status: caseStatus(record),
    rights: rightsOverview(record, person, rules, today),
    deadlines,
    warnings,
    nextAction: nextAction(record, person, today, deadlines, warnings),
    ageToday: person.birthDate === null ? null : ageOn(person.birthDate, today),
  };
}

function rightsOverview(
  record: CaseRecord,
  person: Person,
  rules: CaseRules,
  today: string,
): RightOverview[] {
  return requestedRights(record).map((right) => {
    const assessment = latestAssessment(record, right);
    return {
      right,
      // As it stands today: an assessment made before the 18th birthday met it then, but an
      // extension that has since run out ends it (the page shows the case as it is now).
      ageConditionMet: ageConditionMet(right, record, person, rules, today),
      latestAssessment: assessment,
      decision: decisionInForce(record, right),
    };
  });
}

/**
 * Only barnekoordinator has an age condition (pasient- og brukerrettighetsloven § 2-5 c): the
 * right lasts until the child turns 18 (an unborn child meets it), and past 18 only while an
 * extension is in force on `onDate`. That is judged from the transitions recorded up to that day:
 * the latest one must be an extension whose end date (inclusive; without one, the day before the
 * extension age in the settings) has not passed. A later "ended" or "ordinary koordinator"
 * transition ends it, and so does an extension running out.
 */
export function ageConditionMet(
  right: Right,
  record: Pick<CaseRecord, 'steps'>,
  person: Pick<Person, 'birthDate'>,
  rules: Pick<CaseRules, 'barnekoordinatorMaxAge'>,
  onDate: string,
): boolean | null {
  if (right !== 'barnekoordinator') return null;
  if (person.birthDate === null) return true;
  const age = ageOn(person.birthDate, onDate);
  if (age < 18) return true;
  if (age >= rules.barnekoordinatorMaxAge) return false;
  const latest = latestOf(stepsOf(record, 'transition').filter((t) => t.date <= onDate));
  if (latest?.outcome !== 'extended') return false;
  const lastDay =
    latest.extendedUntil ?? addDays(birthdayAt(person.birthDate, rules.barnekoordinatorMaxAge), -1);
  return onDate <= lastDay;
}

/**
 * Raise when `caseSummary` or what it calls (status, deadlines, holidays) changes what it
 * answers: core then writes every case's stored summary again when the register is opened.
 */
// 2: the decisions in force and the appeals' stages; 3: a decision awaiting a new one after an appeal;
// 4: the dashboards' facts per case beside it (caseFigures.ts); 5: the agenda's facts among them
export const SUMMARY_VERSION = 5;

/** The facts of a case that do not depend on today, stored by core for fast lists. */
export interface CaseSummary {
  status: CaseStatus;
  /** The earliest deadline the office has not met yet. */
  officeDeadline: string | null;
  officeDeadlineKind: 'interimReply' | 'age18' | null;
  /** The latest appeal deadline of a notified decision not appealed yet, passed or not. */
  appealDeadline: string | null;
  /** The latest decision date, once every requested right has a decision. */
  decidedDate: string | null;
  closedDate: string | null;
  rightsGranted: Right[];
  /** The list's decision and appeal filters and columns read these. */
  decisions: DecisionInForce[];
  appealStages: AppealStage[];
}

export function caseSummary(record: CaseRecord, person: Person, rules: CaseRules): CaseSummary {
  const office: { date: string; kind: 'interimReply' | 'age18' }[] = [];
  if (interimReplyOutcome(record, rules) === 'pending' && !closingInForce(record)) {
    office.push({ date: interimReplyDue(record.receivedDate, rules), kind: 'interimReply' });
  }
  const track = age18Track(record, person, rules);
  if (track && !track.settled) office.push({ date: track.dueDate, kind: 'age18' });
  const first = office.sort((a, b) => compareIso(a.date, b.date))[0] ?? null;

  const appealDates = decisionsInForce(record)
    .flatMap((d) =>
      d.notifiedDate === null || appealsOf(record, d.id).length > 0
        ? []
        : [appealDeadline(d.notifiedDate, rules).dueDate],
    )
    .sort();
  const requested = requestedRights(record);
  const decisionDates = requested.map((r) => decisionInForce(record, r)?.decisionDate ?? '').sort();

  return {
    status: caseStatus(record),
    officeDeadline: first?.date ?? null,
    officeDeadlineKind: first?.kind ?? null,
    appealDeadline: appealDates.at(-1) ?? null,
    decidedDate: everyRightDecided(record) ? (decisionDates.at(-1) ?? null) : null,
    closedDate: closingInForce(record)?.date ?? null,
    rightsGranted: requested.filter((r) => {
      const outcome = decisionInForce(record, r)?.outcome;
      return outcome === 'granted' || outcome === 'partlyGranted';
    }),
    decisions: decisionOutcomesOf(record),
    appealStages: appealStagesOf(record),
  };
}
