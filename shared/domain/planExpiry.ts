/**
 * How long a plan's overview holds: the first day on which the calendar alone (no change to what
 * is recorded) may give planOverview a different result. Core stores the list's and the
 * dashboard's values of each plan with this date and derives them again only once it has come
 * (issue 17: about 1 % of plans change from one day to the next).
 *
 * Every comparison of today against a date in planOverview.ts has its day here. A day given too
 * early costs one derivation; one given too late would leave a stale row in the list, so where
 * the exact day is not worth computing an earlier one is given. The property test
 * test/core/plans/planSummaries.property.test.ts holds the two files together.
 */

import { addDays, addMonths, daysBetween } from './calendar';
import { stepsOf } from './caseSteps';
import type { Appointment } from './coordination';
import type { PlanRules } from './plan';
import { MEETING_WINDOW, measureIsOverdue, planConsentTypes, type PlanFacts } from './planOverview';

/**
 * The first day `t` with addMonths(t, -months) >= date: when a date leaves a window of that many
 * months before today. addMonths clamps to the month's last day, so this is found by stepping
 * from a few days before the plain answer (addMonths is monotone in its date).
 */
export function firstDayMonthsAfter(date: string, months: number): string {
  let t = addDays(addMonths(date, months), -3);
  while (addMonths(t, -months) < date) t = addDays(t, 1);
  return t;
}

/** A day after every date: asks whether a measure can ever be late (open, under an open goal, with a due date). */
const MAX_DAY = '9999-12-31';

/** The day a prorated minimum of meetings goes up by one, for each step before the full window. */
function prorationSteps(periodStart: string, rules: PlanRules): string[] {
  const full = firstDayMonthsAfter(periodStart, MEETING_WINDOW.months);
  const steps = [full];
  for (let k = 1; k <= rules.minMeetingsPerYear; k++) {
    // minimumMeetings is floor(min * days / daysPerYear): it reaches k after this many days.
    const day = addDays(periodStart, Math.ceil((k * MEETING_WINDOW.daysPerYear) / rules.minMeetingsPerYear));
    if (daysBetween(day, full) > 0) steps.push(day);
  }
  return steps;
}

/**
 * The date until which planOverview(facts, rules, today) stays as it is, as far as the values
 * stored from it go (status, progress, last evaluation, meetings in the window, warnings with
 * their parameters) and the coordinator the list names; null when no day will change them.
 * `appointments` are the case's, as the list picks its coordinator from them.
 */
export function planValidUntil(
  facts: PlanFacts,
  rules: PlanRules,
  today: string,
  appointments: readonly Pick<Appointment, 'startDate' | 'endDate'>[],
): string | null {
  const { plan, goals, meetings } = facts;
  const days: (string | null)[] = [plan.closedDate, plan.periodStart];
  const notice = (d: string | null) => (d === null ? null : addDays(d, -rules.revisionNoticeDays));
  const dayAfter = (d: string | null) => (d === null ? null : addDays(d, 1));

  // Status: the revision date, the period's end and the evaluation due, each with its notice.
  days.push(notice(plan.nextRevisionDate), notice(plan.periodEnd), dayAfter(plan.nextRevisionDate));
  // The last evaluation moves on the day of an evaluation meeting still to come; until then the
  // evaluation is due evaluationMonths after the later of it and the period's start.
  const evaluations = meetings.filter((m) => m.kind === 'evaluation').map((m) => m.date);
  const held = evaluations.filter((d) => d <= today).sort();
  const since = [plan.lastEvaluationDate, held.at(-1) ?? null, plan.periodStart]
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  days.push(...evaluations);
  if (since !== undefined) {
    const due = addMonths(since, rules.evaluationMonths);
    days.push(notice(due), dayAfter(due));
  }

  // Meetings entering and leaving the window, and the prorated minimum of a new plan.
  for (const m of meetings) days.push(m.date, firstDayMonthsAfter(m.date, MEETING_WINDOW.months));
  if (plan.periodStart !== null) days.push(...prorationSteps(plan.periodStart, rules));

  // Measures becoming late (the day after their due date); a status changes only by a write.
  for (const g of goals)
    for (const m of g.measures) if (measureIsOverdue(g, m, MAX_DAY)) days.push(dayAfter(m.dueDate));

  // Consents: given, withdrawn, run out (the day after valid until).
  for (const c of stepsOf(facts.record, 'consent'))
    if ((planConsentTypes as readonly string[]).includes(c.type))
      days.push(c.date, c.withdrawnDate, dayAfter(c.validUntil));

  // The coordinator: one appointed to start later takes over on its start, one ends on its end.
  for (const a of appointments) days.push(a.startDate, a.endDate);

  let first: string | null = null;
  for (const d of days) if (d !== null && d > today && (first === null || d < first)) first = d;
  return first;
}
