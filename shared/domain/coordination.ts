/**
 * Coordinators on cases (DOMAIN.md section 3, steps 7 and 9): appointments, changes, the days a
 * case went without a coordinator, and the warnings that follow. Pure functions of what was
 * recorded, the coordinators' own facts and today.
 */

import { addMonths, daysBetween } from './calendar';
import type { CaseRecord, Right, Warning } from './case';
import { closingInForce, decisionInForce, latestOf, stepsOf } from './caseSteps';
import type { CoordinationRules } from './coordinationRules';
import { hasValidTraining, type TrainingStatus } from './training';

export const appointmentRoles = ['koordinator', 'barnekoordinator'] as const satisfies readonly Right[];
export type AppointmentRole = (typeof appointmentRoles)[number];

/** Whether the family's wish for a coordinator was followed. */
export const familyWishes = ['followed', 'notFollowed', 'noWish'] as const;
export type FamilyWish = (typeof familyWishes)[number];

export const endReasons = [
  'coordinatorLeft',
  'coordinatorRequest',
  'familyRequest',
  'workload',
  'betterMatch',
  'roleChanged',
  'caseClosed',
  'other',
] as const;
export type EndReason = (typeof endReasons)[number];

/** One coordinator on one case for one period; the end is the day the coordinator stopped. */
export interface Appointment {
  id: number;
  caseId: number;
  coordinatorId: number;
  coordinatorName: string;
  serviceUnitName: string;
  role: AppointmentRole;
  startDate: string;
  familyWish: FamilyWish;
  /** When the family was told who the coordinator is (for a change: that it changes). */
  familyNotifiedDate: string | null;
  /** When the partners (services around the family) were told. */
  partnersNotifiedDate: string | null;
  endDate: string | null;
  endReason: EndReason | null;
  endNote: string;
  recordedBy: string;
  recordedAt: string;
}

/** What a coordinator brings to the warnings of a case they hold. */
export interface CoordinatorFacts {
  training: TrainingStatus;
  /** Active appointments on open cases. */
  caseload: number;
  capacity: number | null;
}

export interface AppointmentEntry extends Appointment {
  /**
   * Days the case had no coordinator before this one started: from the grant for the first, from
   * the previous end for the others (0 for a handover on the same day); null for an overlap.
   */
  daysWithout: number | null;
  /** A different coordinator took over from the one before. */
  isChange: boolean;
}

export interface CoordinationOverview {
  /** The role a granted right calls for today, and since when; null when none is owed. */
  need: { role: AppointmentRole; since: string } | null;
  /** The appointment running today or starting later: the one a change ends. */
  current: Appointment | null;
  /** Every appointment, oldest first. */
  history: AppointmentEntry[];
  warnings: Warning[];
}

/** A right to a coordinator in force: granted (or partly), from the decision date. */
export interface GrantedRole {
  role: AppointmentRole;
  from: string;
}

const grants = new Set(['granted', 'partlyGranted']);

/**
 * The roles a coordinator may be appointed in: each right granted by the decision in force. At
 * 18 the transition decides: barnekoordinator ends, or goes on as ordinary koordinator (from the
 * transition date), or is extended. A closed case owes no coordinator.
 */
export function grantedRoles(record: Pick<CaseRecord, 'steps'>): GrantedRole[] {
  if (closingInForce(record)) return [];
  const roles: GrantedRole[] = [];
  const transition = latestOf(stepsOf(record, 'transition'));
  // A child's own arrangement first: where both are granted, the family usually keeps the
  // barnekoordinator (a person never has two).
  for (const role of ['barnekoordinator', 'koordinator'] as const) {
    const decision = decisionInForce(record, role);
    if (decision && grants.has(decision.outcome)) roles.push({ role, from: decision.decisionDate });
  }
  const child = roles.findIndex((r) => r.role === 'barnekoordinator');
  if (transition && transition.outcome !== 'extended' && child >= 0) {
    roles.splice(child, 1);
    if (transition.outcome === 'ordinaryCoordinator' && !roles.some((r) => r.role === 'koordinator'))
      roles.push({ role: 'koordinator', from: transition.date });
  }
  return roles;
}

/** The appointment covering `day` or starting after it: not ended on or before that day. */
export function isRunning(a: Pick<Appointment, 'endDate'>, day: string): boolean {
  return a.endDate === null || a.endDate > day;
}

/** Do two appointments share a day? The end day is the handover day and may be the next one's start. */
export function overlaps(
  a: Pick<Appointment, 'startDate' | 'endDate'>,
  b: Pick<Appointment, 'startDate' | 'endDate'>,
): boolean {
  return (a.endDate === null || b.startDate < a.endDate) && (b.endDate === null || a.startDate < b.endDate);
}

export function appointmentHistory(
  appointments: readonly Appointment[],
  granted: readonly GrantedRole[],
): AppointmentEntry[] {
  const sorted = [...appointments].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id);
  const firstGrant = granted.map((g) => g.from).sort()[0];
  return sorted.map((a, i) => {
    const previous = sorted[i - 1];
    let daysWithout: number | null;
    if (!previous) daysWithout = firstGrant ? Math.max(0, daysBetween(firstGrant, a.startDate)) : null;
    else if (previous.endDate === null || previous.endDate > a.startDate) daysWithout = null;
    else daysWithout = daysBetween(previous.endDate, a.startDate);
    return { ...a, daysWithout, isChange: !!previous && previous.coordinatorId !== a.coordinatorId };
  });
}

/**
 * What a case warns about the coordinator who holds it: no valid required training, more cases
 * than the capacity. The case page (through coordinationOverview) and the appoint and change
 * forms (through choiceWarnings, while a coordinator is chosen) both take them from here, so the
 * form never promises what the case page then contradicts.
 */
export function coordinatorWarnings(name: string, f: CoordinatorFacts): Warning[] {
  const warnings: Warning[] = [];
  if (!hasValidTraining(f.training)) warnings.push({ kind: 'coordinatorUntrained', params: { name } });
  if (f.capacity !== null && f.caseload > f.capacity)
    warnings.push({
      kind: 'coordinatorOverCapacity',
      params: { name, caseload: f.caseload, capacity: f.capacity },
    });
  return warnings;
}

/** What the appoint and change forms say while a coordinator is chosen. */
export interface ChoiceWarnings {
  warnings: Warning[];
  /**
   * The start date when it is still ahead: the case warns about its coordinator only from the day
   * they start (coordinationOverview), not when the appointment is saved.
   */
  from: string | null;
}

/**
 * The warnings the case will show once this coordinator holds it: their caseload then counts this
 * case too, unless they hold it already. `startDate` is the appointment's start as ISO, or null
 * while the field holds no date that can be read.
 */
export function choiceWarnings(
  c: CoordinatorFacts & { name: string; /** Holds this case already. */ current: boolean },
  startDate: string | null,
  today: string,
): ChoiceWarnings {
  return {
    warnings: coordinatorWarnings(c.name, { ...c, caseload: c.current ? c.caseload : c.caseload + 1 }),
    from: startDate !== null && startDate > today ? startDate : null,
  };
}

/** Two or more changes of coordinator within this many months are a warning. */
export const FREQUENT_CHANGES = { count: 2, months: 12 } as const;

export function coordinationOverview(
  record: Pick<CaseRecord, 'steps'>,
  appointments: readonly Appointment[],
  facts: ReadonlyMap<number, CoordinatorFacts>,
  rules: CoordinationRules,
  today: string,
): CoordinationOverview {
  const granted = grantedRoles(record);
  const history = appointmentHistory(appointments, granted);
  // Who holds the case: the one started and not ended; a successor whose start is still ahead
  // is planned, and only counts as current while nobody holds the case.
  const running = history.filter((a) => isRunning(a, today));
  const current = running.filter((a) => a.startDate <= today).at(-1) ?? running.at(-1) ?? null;
  const latest = running.at(-1) ?? null;
  const need = granted[0] ? { role: granted[0].role, since: granted[0].from } : null;
  const warnings: Warning[] = [];

  if (need && !current) {
    const lastEnd = history
      .map((a) => a.endDate!)
      .sort()
      .at(-1);
    const since = lastEnd && lastEnd > need.since ? lastEnd : need.since;
    const days = daysBetween(since, today);
    if (days > rules.withoutCoordinatorDays)
      warnings.push({ kind: 'withoutCoordinator', params: { since, days } });
  }
  const open = closingInForce(record) === null;
  if (open && current && current.startDate <= today) {
    const f = facts.get(current.coordinatorId);
    if (f) warnings.push(...coordinatorWarnings(current.coordinatorName, f));
  }
  // The latest change, running or planned: the family is to be told before the handover. Once that
  // coordinator has left, it is history (the dashboard of changes still counts it).
  if (latest?.isChange && latest.familyNotifiedDate === null)
    warnings.push({
      kind: 'familyNotInformed',
      params: { name: latest.coordinatorName, date: latest.startDate },
    });
  const windowStart = addMonths(today, -FREQUENT_CHANGES.months);
  const recentChanges = history.filter(
    (a) => a.isChange && a.startDate > windowStart && a.startDate <= today,
  );
  if (recentChanges.length >= FREQUENT_CHANGES.count)
    warnings.push({
      kind: 'frequentChanges',
      params: { count: recentChanges.length, months: FREQUENT_CHANGES.months },
    });
  return { need, current, history, warnings };
}

/** The fields of an appointment a user types in (the coordinator chosen from the pool). */
export interface AppointmentFields {
  coordinatorId: number;
  role: AppointmentRole;
  startDate: string;
  familyWish: FamilyWish;
  familyNotifiedDate: string | null;
  partnersNotifiedDate: string | null;
  endDate: string | null;
}

/**
 * An appointment against its case and the person's other appointments (on any case): the role
 * must be granted, the start on or after the decision, the end not before the start, the
 * notifications not in the future, and the person must never have two coordinators on one day.
 * Returns field -> translation key; empty when it may be recorded.
 */
export function appointmentProblems(
  record: Pick<CaseRecord, 'steps'>,
  others: readonly Pick<Appointment, 'id' | 'startDate' | 'endDate'>[],
  a: AppointmentFields,
  today: string,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const granted = grantedRoles(record).find((g) => g.role === a.role);
  if (!granted) problems.role = 'validation.roleNotGranted';
  else if (a.startDate < granted.from) problems.startDate = 'validation.appointmentBeforeDecision';
  if (a.endDate !== null && a.endDate < a.startDate) problems.endDate = 'validation.endBeforeStart';
  for (const f of ['familyNotifiedDate', 'partnersNotifiedDate'] as const) {
    if (a[f] !== null && a[f] > today) problems[f] = 'validation.dateInFuture';
  }
  if (!problems.startDate && others.some((o) => overlaps(o, a)))
    problems.startDate = 'validation.personHasCoordinator';
  return problems;
}

/**
 * Bands of running cases per coordinator, the same on the Saksfordeling dashboard and in the
 * leadership report, so a leader sees one spread in both places.
 */
export const caseloadBands = ['none', 'oneToThree', 'fourToSix', 'sevenToTen', 'overTen'] as const;

export function caseloadBand(cases: number): (typeof caseloadBands)[number] {
  if (cases === 0) return 'none';
  if (cases <= 3) return 'oneToThree';
  if (cases <= 6) return 'fourToSix';
  if (cases <= 10) return 'sevenToTen';
  return 'overTen';
}
