/**
 * The deadlines of a case (DOMAIN.md section 3): the interim reply the office owes, the appeal
 * deadline the family has, and the transition at 18. The legal lengths come from CaseRules; the
 * law names are only shown beside the dates.
 */

import {
  addDays,
  addMonths,
  addWeeks,
  birthdayAt,
  daysBetween,
  lastWorkingDayOnOrBefore,
  nextWorkingDayOnOrAfter,
} from './calendar';
import type { Appeal, CaseRecord, CaseRules, Deadline, DeadlineState, Decision, Person } from './case';
import {
  appealsOf,
  closingInForce,
  decisionInForce,
  decisionsInForce,
  everyRightDecided,
  latestOf,
  requestedRights,
  stepsOf,
} from './caseSteps';

/** A state for a deadline not yet met: how close it is to today. */
export function stateByToday(
  dueDate: string,
  today: string,
  rules: Pick<CaseRules, 'dueSoonDays'>,
  passed: 'overdue' | 'expired',
): DeadlineState {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return passed;
  return daysLeft <= rules.dueSoonDays ? 'dueSoon' : 'running';
}

// ---- Interim reply ----

/** The office must act in time, so a deadline on a closed day moves back to the working day before. */
export function interimReplyDue(receivedDate: string, rules: Pick<CaseRules, 'interimReplyMonths'>): string {
  return lastWorkingDayOnOrBefore(addMonths(receivedDate, rules.interimReplyMonths));
}

export type InterimReplyOutcome = 'sentInTime' | 'sentLate' | 'notNeeded' | 'missed' | 'pending';

/**
 * How the interim reply went, for reports. `notNeeded`: every requested right was decided (or the
 * case closed) by the due date. `missed`: no reply, and the case was decided or closed after the
 * due date. `pending`: nothing settles it yet; whether it is overdue depends on today (deriveCase).
 */
export function interimReplyOutcome(
  record: Pick<CaseRecord, 'receivedDate' | 'steps' | 'rightsRequested'>,
  rules: Pick<CaseRules, 'interimReplyMonths'>,
): InterimReplyOutcome {
  // Judged against the law's own date: the office is shown the last working day before it, to act
  // in time, but a reply sent on the Sunday the month ends is still in time.
  const due = addMonths(record.receivedDate, rules.interimReplyMonths);
  const replies = stepsOf(record, 'interimReply');
  if (replies.some((r) => r.sentDate <= due)) return 'sentInTime';
  const decisions = stepsOf(record, 'decision');
  const requested = requestedRights(record);
  const decidedInTime =
    requested.length > 0 &&
    requested.every((right) => decisions.some((d) => d.right === right && d.decisionDate <= due));
  const closing = closingInForce(record);
  if (decidedInTime || (closing && closing.date <= due)) return 'notNeeded';
  if (replies.length > 0) return 'sentLate';
  if (everyRightDecided(record) || closing) return 'missed';
  return 'pending';
}

function interimReplyDeadline(record: CaseRecord, rules: CaseRules, today: string): Deadline | null {
  const dueDate = interimReplyDue(record.receivedDate, rules);
  const shown = shownInterimOutcome(record, rules);
  if (shown === null) return null;
  const state = interimReplyState(shown, dueDate, today, rules);
  const daysLeft = daysBetween(today, dueDate);
  return {
    kind: 'interimReply',
    dueDate,
    state,
    legalReference: rules.legalReferences.interimReply,
    daysLeft,
  };
}

/**
 * The interim reply's outcome as the case page shows its deadline, or null when it shows none: an
 * office deadline that no longer can be met is not shown for a closed case. Today plays no part,
 * so core stores it per case (caseFigures.ts) and the agenda reads it.
 */
export function shownInterimOutcome(
  record: Pick<CaseRecord, 'receivedDate' | 'steps' | 'rightsRequested'>,
  rules: Pick<CaseRules, 'interimReplyMonths'>,
): InterimReplyOutcome | null {
  const outcome = interimReplyOutcome(record, rules);
  const met = outcome === 'sentInTime' || outcome === 'notNeeded';
  return !met && outcome !== 'sentLate' && closingInForce(record) ? null : outcome;
}

/** The interim reply deadline's state on a day, from its outcome and due date. */
export function interimReplyState(
  outcome: InterimReplyOutcome,
  dueDate: string,
  today: string,
  rules: Pick<CaseRules, 'dueSoonDays'>,
): DeadlineState {
  if (outcome === 'sentInTime' || outcome === 'notNeeded') return 'met';
  // A reply sent late settles the deadline, but as missed: the record must not say "in time".
  if (outcome === 'sentLate' || outcome === 'missed') return 'expired';
  return stateByToday(dueDate, today, rules, 'overdue');
}

// ---- Appeal ----

/**
 * The family's deadline to appeal a decision on one of the three rights (every decision here is),
 * counted from the notification; it moves forward past weekends and public holidays.
 */
export function appealDeadline(
  notifiedDate: string,
  rules: Pick<CaseRules, 'appealWeeksRights' | 'legalReferences'>,
): { dueDate: string; legalReference: string } {
  return {
    dueDate: nextWorkingDayOnOrAfter(addWeeks(notifiedDate, rules.appealWeeksRights)),
    legalReference: rules.legalReferences.appealRight,
  };
}

/** Before the family is notified the deadline has not started, so an appeal is never late. */
export function appealWithinDeadline(
  appeal: Pick<Appeal, 'receivedDate'>,
  decision: Pick<Decision, 'notifiedDate'>,
  rules: Pick<CaseRules, 'appealWeeksRights' | 'legalReferences'>,
): boolean {
  if (decision.notifiedDate === null) return true;
  return appeal.receivedDate <= appealDeadline(decision.notifiedDate, rules).dueDate;
}

function appealDeadlines(record: CaseRecord, rules: CaseRules, today: string): Deadline[] {
  return decisionsInForce(record).flatMap((decision) => {
    if (decision.notifiedDate === null) return [];
    const { dueDate, legalReference } = appealDeadline(decision.notifiedDate, rules);
    const state: DeadlineState =
      appealsOf(record, decision.id).length > 0 ? 'met' : stateByToday(dueDate, today, rules, 'expired');
    const daysLeft = daysBetween(today, dueDate);
    return [
      {
        kind: 'appeal',
        dueDate,
        state,
        legalReference,
        decisionId: decision.id,
        right: decision.right,
        daysLeft,
      },
    ];
  });
}

// ---- Transition at 18 ----

export interface Age18Track {
  birthday18: string;
  /** When the next transition outcome is due: the 18th birthday, or the end of an extension. */
  dueDate: string;
  /** A transition outcome other than an extension has been recorded: nothing more is due. */
  settled: boolean;
  /** The end of the extension in force, when the latest transition is an extension. */
  extendedUntil: string | null;
}

/**
 * The barnekoordinator ends at 18 unless extended: this applies while a granted barnekoordinator
 * is in force for a born child and the case is open; null otherwise.
 */
export function age18Track(
  record: Pick<CaseRecord, 'steps'>,
  person: Pick<Person, 'birthDate'>,
  rules: Pick<CaseRules, 'barnekoordinatorMaxAge'>,
): Age18Track | null {
  const decision = decisionInForce(record, 'barnekoordinator');
  if (!decision || (decision.outcome !== 'granted' && decision.outcome !== 'partlyGranted')) return null;
  if (person.birthDate === null || closingInForce(record)) return null;
  const birthday18 = birthdayAt(person.birthDate, 18);
  const transition = latestOf(stepsOf(record, 'transition'));
  if (!transition) return { birthday18, dueDate: birthday18, settled: false, extendedUntil: null };
  if (transition.outcome !== 'extended') {
    return { birthday18, dueDate: birthday18, settled: true, extendedUntil: null };
  }
  // An extension without an end date lasts as long as the settings allow.
  const extendedUntil =
    transition.extendedUntil ?? addDays(birthdayAt(person.birthDate, rules.barnekoordinatorMaxAge), -1);
  return { birthday18, dueDate: extendedUntil, settled: false, extendedUntil };
}

function age18Deadline(track: Age18Track, rules: CaseRules, today: string): Deadline {
  const state = track.settled ? 'met' : stateByToday(track.dueDate, today, rules, 'overdue');
  return {
    kind: 'age18',
    dueDate: track.dueDate,
    state,
    legalReference: rules.legalReferences.age18,
    right: 'barnekoordinator',
    daysLeft: daysBetween(today, track.dueDate),
  };
}

const kindOrder = { interimReply: 0, age18: 1, appeal: 2 } as const;

/** Every deadline of the case as of today, earliest first. */
export function caseDeadlines(
  record: CaseRecord,
  person: Person,
  rules: CaseRules,
  today: string,
): Deadline[] {
  const list: Deadline[] = [];
  const interim = interimReplyDeadline(record, rules, today);
  if (interim) list.push(interim);
  const track = age18Track(record, person, rules);
  if (track) list.push(age18Deadline(track, rules, today));
  list.push(...appealDeadlines(record, rules, today));
  return list.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || kindOrder[a.kind] - kindOrder[b.kind]);
}
