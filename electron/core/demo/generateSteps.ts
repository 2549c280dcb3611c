import { addDays, addMonths, ageOn, birthdayAt, isWorkingDay } from '@shared/domain/calendar';
import {
  defaultCaseRules,
  type CaseStep,
  type governorOutcomes,
  type reassessmentOutcomes,
  type Right,
} from '@shared/domain/case';
import { stepDate } from '@shared/domain/caseSteps';

import type { StepFields as NewStep } from '../cases/casesRepo';
import type { Random } from './random';

/**
 * The workflow of one generated case: the steps it has reached, each dated after the one before
 * and never after today, in the shares a KE sees: most decided within two months, an interim
 * reply on most of those that take longer than a month (a few late, some forgotten), about one
 * refusal in seven, and about one refusal in four appealed, the appeals at every stage from
 * awaiting the municipality's reassessment to Statsforvalteren's outcome.
 */

/** A step to write; an appeal names the decision it concerns by its place in the list. */
export interface PlannedStep {
  step: NewStep;
  appealOf?: number;
}

/**
 * How far a case is made to come (coverage.ts asks for it so that every status and every stage
 * of an appeal is in the demo): the stage of the workflow (0 to 1, as drawn otherwise), the
 * first right refused and appealed, and the outcomes of that appeal.
 */
export interface Force {
  stage?: number;
  refuseAndAppeal?: boolean;
  reassessment?: (typeof reassessmentOutcomes)[number];
  governor?: (typeof governorOutcomes)[number];
}

export interface StepOptions {
  /** The person's birth date (null: not yet born): who takes part, who consents, why it closes. */
  birthDate?: string | null;
  force?: Force;
}

const REFUSED = 0.14;
const APPEALED = 0.25;
/** Of the cases that take longer than a month: reply in time, reply late (the rest: none). */
const REPLY_IN_TIME = 0.8;
const REPLY_LATE = 0.08;

/**
 * A received date within `years` before today, on the days applications arrive: working days
 * (paper and forms sent at weekends are registered on Monday; a few are registered anyway), fewer
 * in July and at Christmas, and a slow rise over the years as the rights became known.
 */
export function receivedDate(
  random: Random,
  today: string,
  years: number,
  /** Days back from today the date must lie within (a forced case's window). */
  window: readonly [number, number] = [0, Math.round(years * 365)],
): string {
  const span = Math.round(years * 365);
  const latest = Math.min(window[0], span);
  const earliest = Math.min(window[1], span);
  for (;;) {
    const back = random.int(latest, earliest);
    const day = addDays(today, -back);
    const month = Number(day.slice(5, 7));
    const date = Number(day.slice(8, 10));
    let p = isWorkingDay(day) ? 1 : 0.08;
    if (month === 7) p *= 0.4;
    else if ((month === 12 && date >= 20) || (month === 1 && date <= 3)) p *= 0.5;
    p *= 0.7 + 0.3 * (1 - back / span);
    if (random.next() < p) return day;
  }
}

export function stepsFor(
  random: Random,
  rights: Right[],
  received: string,
  today: string,
  options: StepOptions = {},
): PlannedStep[] {
  const steps: PlannedStep[] = [];
  const push = (step: NewStep) => steps.push({ step });
  const force = options.force ?? {};
  const birthDate = options.birthDate ?? null;
  // Older cases have come further: most of those received months ago are decided.
  const stage = force.stage ?? (received < addDays(today, -90) ? 0.28 + random.next() * 0.72 : random.next());
  let day = received;
  const next = (min: number, max: number) => {
    const d = addDays(day, random.int(min, max));
    if (d > today) return null;
    day = d;
    return d;
  };
  // Drawn before the steps, so that a seed gives the same timeline with or without the reply.
  const reply = random.next();
  const replyDays = random.int(14, 28);
  const lateDays = random.int(1, 20);
  const expectedWeeks = random.int(2, 8);
  const withReply = (until: string | null) => {
    // The reply is owed when nothing is decided a month after receipt.
    const due = addMonths(received, 1);
    if (until !== null && until <= due) return;
    const sent =
      reply < REPLY_IN_TIME
        ? addDays(received, replyDays)
        : reply < REPLY_IN_TIME + REPLY_LATE
          ? addDays(due, lateDays)
          : null;
    if (sent === null || sent > today || (until !== null && sent >= until)) return;
    const at = steps.findIndex((s) => dateOf(s.step) > sent);
    const step: NewStep = {
      kind: 'interimReply',
      sentDate: sent,
      reason: 'Saken trenger mer kartlegging før vedtak.',
      expectedDate: addDays(sent, expectedWeeks * 7),
    };
    steps.splice(at === -1 ? steps.length : at, 0, { step });
  };

  if (stage < 0.1) {
    withReply(null);
    return steps;
  }
  const mapped = next(3, 20);
  if (!mapped) {
    withReply(null);
    return steps;
  }
  // A child not yet born or under 18 is the foresatte's case; from school age the child takes
  // part (from the participation age as a rule, now and then not recorded); an adult applies.
  const age = birthDate === null ? null : ageOn(birthDate, mapped);
  const child = age === null || age < 18;
  const participated =
    age !== null &&
    age >= 6 &&
    age < 18 &&
    random.chance(age >= defaultCaseRules.participationAge ? 0.85 : 0.5);
  const adultParticipants = random.pick(['Søker, KE', 'Søker, pårørende, KE']);
  push({
    kind: 'mapping',
    date: mapped,
    form: random.pick(['homeVisit', 'office', 'phone', 'video'] as const),
    participants: child ? (participated ? 'Barnet, foresatte, KE' : 'Foresatte, KE') : adultParticipants,
    childParticipated: participated,
    childViews: participated ? 'Fortalte selv om skole, venner og fritid.' : '',
  });
  push({
    kind: 'consent',
    type: 'process',
    givenBy: consentGiver(birthDate, mapped),
    givenByName: '',
    date: mapped,
    validUntil: null,
    scope: 'Kartlegging og samarbeid',
    withdrawnDate: null,
  });
  const assessed = stage < 0.2 ? null : next(5, 30);
  const decided = assessed === null || stage < 0.28 ? null : next(1, 20);
  if (assessed)
    for (const right of rights) push({ kind: 'assessment', right, date: assessed, conditions: [] });
  withReply(decided);
  if (!decided) return steps;
  // Told within a few days of the decision, never later than today.
  const told = addDays(decided, random.int(0, 3));
  const notified = told <= today ? told : today;
  let pending = false;
  let last = notified;
  for (const [i, right] of rights.entries()) {
    const forced = force.refuseAndAppeal === true && i === 0;
    const refused = forced || random.chance(REFUSED);
    steps.push({ step: decision(right, refused ? 'refused' : 'granted', decided, notified) });
    if (!refused || !(forced || random.chance(APPEALED))) continue;
    const appeal = appealOf(random, right, steps.length - 1, notified, today, forced ? force : {});
    steps.push(...appeal.steps);
    pending ||= appeal.pending;
    if (appeal.last > last) last = appeal.last;
  }
  day = last;
  // Closed some time after the last decision, never while an appeal is still under way.
  if (stage > 0.93 && !pending) {
    const closed = next(30, 400);
    // "Turned 18" only for a child who has: an adult's case or a young child's ends otherwise.
    const grewUp =
      birthDate !== null && ageOn(birthDate, received) < 18 && birthdayAt(birthDate, 18) <= (closed ?? today);
    const reasons = grewUp
      ? (['turned18', 'turned18', 'needEnded'] as const)
      : (['needEnded', 'moved'] as const);
    if (closed) push({ kind: 'closing', date: closed, reason: random.pick(reasons), note: '' });
  }
  return steps;
}

/** The young person consents from the own-consent age; a guardian for a younger child. */
export function consentGiver(birthDate: string | null, on: string): 'person' | 'guardian' {
  return birthDate !== null && ageOn(birthDate, on) >= defaultCaseRules.ownConsentAge ? 'person' : 'guardian';
}

function decision(right: Right, outcome: 'granted' | 'refused', decided: string, notified: string): NewStep {
  return {
    kind: 'decision',
    right,
    outcome,
    reasons: '',
    legalBasis: '',
    decisionDate: decided,
    notifiedDate: notified,
  };
}

const REASSESSED = [
  ['notUpheld', 0.72],
  ['partlyUpheld', 0.1],
  ['upheld', 0.18],
] as const;
const GOVERNOR = [
  ['notUpheld', 0.68],
  ['partlyUpheld', 0.08],
  ['upheld', 0.1],
  ['quashed', 0.1],
  ['dismissed', 0.04],
] as const;

function weighted<T extends string>(random: Random, choices: readonly (readonly [T, number])[]): T {
  let x = random.next();
  for (const [value, p] of choices) if ((x -= p) < 0) return value;
  return choices.at(-1)![0];
}

/**
 * An appeal against the refusal at `decisionAt`, as far as it has come by today: received within
 * the deadline, reassessed by the municipality within a month, forwarded to Statsforvalteren within
 * two weeks unless the municipality gave the family full support, and decided there within months.
 * An outcome in the family's favour is followed by a new decision granting the right.
 */
function appealOf(
  random: Random,
  right: Right,
  decisionAt: number,
  notified: string,
  today: string,
  force: Force,
): { steps: PlannedStep[]; pending: boolean; last: string } {
  const receivedOn = addDays(notified, random.int(5, 26));
  const reassessedOn = addDays(receivedOn, random.int(7, 35));
  // Usually sent on within two weeks; now and then it lies on someone's desk for weeks.
  const forwardedOn = addDays(reassessedOn, random.chance(0.8) ? random.int(0, 14) : random.int(15, 75));
  const decidedOn = addDays(forwardedOn, random.int(40, 160));
  const drawn = weighted(random, REASSESSED);
  const governor = force.governor ?? weighted(random, GOVERNOR);
  // An outcome at Statsforvalteren needs an appeal the municipality did not uphold itself.
  const reassessment = force.reassessment ?? (force.governor && drawn === 'upheld' ? 'notUpheld' : drawn);
  const newDecisionOn = (from: string) => addDays(from, random.int(3, 21));
  const step = {
    kind: 'appeal' as const,
    decisionId: 0,
    receivedDate: receivedOn,
    reassessment: null as (typeof REASSESSED)[number][0] | null,
    reassessmentDate: null as string | null,
    forwardedDate: null as string | null,
    governorOutcome: null as (typeof GOVERNOR)[number][0] | null,
    governorOutcomeDate: null as string | null,
  };
  const steps: PlannedStep[] = [{ step, appealOf: decisionAt }];
  if (receivedOn > today) return { steps: [], pending: false, last: notified };
  if (reassessedOn > today) return { steps, pending: true, last: receivedOn };
  step.reassessment = reassessment;
  step.reassessmentDate = reassessedOn;
  let final: string = reassessment;
  let finalOn = reassessedOn;
  if (reassessment !== 'upheld') {
    if (forwardedOn > today) return { steps, pending: true, last: reassessedOn };
    step.forwardedDate = forwardedOn;
    if (decidedOn > today) return { steps, pending: true, last: forwardedOn };
    step.governorOutcome = governor;
    step.governorOutcomeDate = decidedOn;
    final = governor;
    finalOn = decidedOn;
  }
  if (final !== 'upheld' && final !== 'partlyUpheld' && final !== 'quashed')
    return { steps, pending: false, last: finalOn };
  // Quashed: decided again from the start, not always in the family's favour.
  const again = newDecisionOn(finalOn);
  if (again > today) return { steps, pending: true, last: finalOn };
  const outcome = final === 'quashed' && random.chance(0.3) ? 'refused' : 'granted';
  steps.push({ step: decision(right, outcome, again, again) });
  return { steps, pending: false, last: again };
}

const dateOf = (step: NewStep): string => stepDate(step as CaseStep);
