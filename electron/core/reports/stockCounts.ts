import { addDays, addMonths } from '@shared/domain/calendar';
import type { CaseRules, CaseRecord } from '@shared/domain/case';
import { closingInForce, decisionInForce, stepDate } from '@shared/domain/caseSteps';
import { caseloadBand, caseloadBands, grantedRoles, isRunning } from '@shared/domain/coordination';
import { age18Track } from '@shared/domain/deadlines';
import { planStatuses } from '@shared/domain/plan';
import { hasValidTraining } from '@shared/domain/training';

import { countTable, type CountTable } from './eventCounts';
import type { ReportAppointment, ReportCase, ReportFacts } from './reportFacts';

/**
 * How things stood on one day, the period's end (DOMAIN.md section 7): open cases and the rights
 * granted on them, coordinators and their caseloads, plans, children soon turning 18. A case is
 * read as it was that day: only the steps dated by then count, so a past period shows its own end,
 * not today. Coordinators' active flag and plans' goals are as recorded now.
 */

/**
 * The last day of the notice window for turning 18: the end of the month `months` whole months
 * after the month of `day`. For a period ending on a month's last day (a quarter, half-year or
 * year) that is the `months` whole months after the period, so 30 September gives 31 March, not
 * 30 March. Whole months are what lets an anonymised person's year and month of birth give the
 * same count as the birth date (reportFacts.ts).
 */
export function noticeWindowEnd(day: string, months: number): string {
  return addDays(addMonths(`${day.slice(0, 7)}-01`, months + 1), -1);
}

/** The case as it stood at the end of `day`: steps dated later had not happened. */
export function asOfDay<T extends Pick<CaseRecord, 'steps'>>(record: T, day: string): T {
  // Most cases have nothing after the day: no copy then.
  if (record.steps.every((s) => stepDate(s) <= day)) return record;
  return { ...record, steps: record.steps.filter((s) => stepDate(s) <= day) };
}

const grants: ReadonlySet<string> = new Set(['granted', 'partlyGranted']);

/** The appointment held on `day` (started by then, not yet handed over). */
const heldOn = (a: ReportAppointment, day: string) => a.startDate <= day && isRunning(a, day);

export const activeCaseRows = [
  'open',
  'koordinator',
  'barnekoordinator',
  'individuellPlan',
  'withoutCoordinator',
] as const;

export interface Stock {
  activeCases: CountTable;
  /** Children with a barnekoordinator whose 18th birthday comes within the notice months. */
  turning18: number;
  /** Ids of the cases open on the day. */
  open: Set<number>;
}

export function caseStock(
  cases: readonly ReportCase[],
  appointments: readonly ReportAppointment[],
  rules: Pick<CaseRules, 'barnekoordinatorMaxAge' | 'age18WarningMonths'>,
  day: string,
): Stock {
  const table = countTable('activeCases', activeCaseRows, ['cases'], 'none');
  const held = new Set(appointments.filter((a) => heldOn(a, day)).map((a) => a.caseId));
  const open = new Set<number>();
  const noticeEnd = noticeWindowEnd(day, rules.age18WarningMonths);
  let turning18 = 0;
  for (const c of cases) {
    if (c.receivedDate > day) continue;
    const then = asOfDay(c, day);
    if (closingInForce(then)) continue;
    open.add(c.id);
    table.add('open', 'cases');
    const roles = grantedRoles(then);
    for (const { role } of roles) table.add(role, 'cases');
    const ip = decisionInForce(then, 'individuellPlan');
    if (ip && grants.has(ip.outcome)) table.add('individuellPlan', 'cases');
    if (roles.length > 0 && !held.has(c.id)) table.add('withoutCoordinator', 'cases');
    const track = age18Track(then, c, rules);
    if (track && !track.settled && track.extendedUntil === null) {
      if (track.birthday18 > day && track.birthday18 <= noticeEnd) turning18 += 1;
    }
  }
  return { activeCases: table, turning18, open };
}

export interface CoordinatorCounts {
  active: number;
  activeTrained: number;
  holding: number;
  holdingTrained: number;
  spread: CountTable;
}

/** Active coordinators, those holding a case open on the day, their training, their caseloads. */
export function coordinatorCounts(
  facts: Pick<ReportFacts, 'coordinators' | 'appointments'>,
  open: ReadonlySet<number>,
  day: string,
): CoordinatorCounts {
  const loads = new Map<number, number>();
  for (const a of facts.appointments)
    if (open.has(a.caseId) && heldOn(a, day))
      loads.set(a.coordinatorId, (loads.get(a.coordinatorId) ?? 0) + 1);
  const spread = countTable('caseloadSpread', ['coordinators'], caseloadBands, 'rows');
  const counts = { active: 0, activeTrained: 0, holding: 0, holdingTrained: 0 };
  for (const k of facts.coordinators) {
    const load = loads.get(k.id) ?? 0;
    const trained = hasValidTraining(k.training) ? 1 : 0;
    spread.add('coordinators', caseloadBand(load));
    counts.active += 1;
    counts.activeTrained += trained;
    if (load > 0) {
      counts.holding += 1;
      counts.holdingTrained += trained;
    }
  }
  return { ...counts, spread };
}

export const planColumns = ['plans', 'revisionOverdue', 'evaluationOverdue'] as const;

/** Plans by status on the day, with their overdue revisions and evaluations. */
export function planStock(facts: Pick<ReportFacts, 'plans' | 'cases'>, day: string): CountTable {
  const table = countTable('plans', planStatuses, planColumns, 'columns');
  // A plan on a case received after the day did not exist yet.
  const received = new Map(facts.cases.map((c) => [c.id, c.receivedDate]));
  for (const p of facts.plans) {
    if ((received.get(p.caseId) ?? day) > day) continue;
    table.add(p.status, 'plans');
    if (p.warnings.includes('revisionOverdue')) table.add(p.status, 'revisionOverdue');
    if (p.warnings.includes('evaluationOverdue')) table.add(p.status, 'evaluationOverdue');
  }
  return table;
}
