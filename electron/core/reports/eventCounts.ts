import type { ReportTableKey } from '@shared/api/reports';
import { addDays, addMonths, daysBetween } from '@shared/domain/calendar';
import {
  caseChannels,
  decisionOutcomes,
  rights,
  transitionOutcomes,
  type CaseRules,
  type Decision,
  type Right,
} from '@shared/domain/case';
import { isAtGovernor, isLater, stepsOf } from '@shared/domain/caseSteps';
import { endReasons } from '@shared/domain/coordination';
import { interimReplyOutcome } from '@shared/domain/deadlines';
import type { Totals } from '@shared/domain/suppression';

import type { ReportAppointment, ReportCase } from './reportFacts';

/**
 * What happened in the period, counted (DOMAIN.md section 7): applications, decisions, processing
 * times, interim replies, appeals, coordinator changes and transitions at 18. Events are placed in
 * the period by their own date; what became of them (an appeal's outcome, a reply sent late) is
 * what the register knows today.
 */

export interface Period {
  from: string;
  to: string;
}

/** A table of counts before suppression: counts[row][column]. */
export interface CountTable {
  key: ReportTableKey;
  rows: readonly string[];
  columns: readonly string[];
  totals: Totals;
  counts: number[][];
}

export function countTable(
  key: ReportTableKey,
  rows: readonly string[],
  columns: readonly string[],
  totals: Totals,
): CountTable & { add: (row: string, column: string) => void } {
  const counts = rows.map(() => columns.map(() => 0));
  return {
    key,
    rows,
    columns,
    totals,
    counts,
    add(row, column) {
      const r = rows.indexOf(row);
      const c = columns.indexOf(column);
      if (r >= 0 && c >= 0) counts[r]![c]! += 1;
    },
  };
}

const within = (date: string, p: Period) => date >= p.from && date <= p.to;

/** Cases received, by right asked for and channel: a case asking for two rights counts twice. */
export function applications(cases: readonly ReportCase[], period: Period): CountTable {
  const table = countTable('applications', rights, caseChannels, 'both');
  for (const c of cases)
    if (within(c.receivedDate, period)) for (const right of c.rightsRequested) table.add(right, c.channel);
  return table;
}

/** Every decision dated in the period, a new one after an appeal included. */
export function outcomes(cases: readonly ReportCase[], period: Period): CountTable {
  const table = countTable('outcomes', rights, decisionOutcomes, 'both');
  for (const c of cases)
    for (const d of stepsOf(c, 'decision')) if (within(d.decisionDate, period)) table.add(d.right, d.outcome);
  return table;
}

/** A decision within this many months of receipt counts as decided within one month. */
export const DECIDED_WITHIN_MONTHS = 1;

export interface ProcessingTimes {
  right: Right;
  /** Days from receipt to decision, one per decision, ascending. */
  days: number[];
  /** Decisions made by receipt + one month. */
  withinOneMonth: number;
}

/**
 * The first decision on each right of a case, when it falls in the period: a later decision
 * (after an appeal, a correction) is not the time it took to process the application.
 */
export function processingTimes(cases: readonly ReportCase[], period: Period): ProcessingTimes[] {
  const byRight = new Map(rights.map((r) => [r, { right: r, days: [] as number[], withinOneMonth: 0 }]));
  for (const c of cases) {
    if (!c.steps.some((s) => s.kind === 'decision' && within(s.decisionDate, period))) continue;
    const first = new Map<Right, Decision>();
    for (const d of stepsOf(c, 'decision')) {
      const seen = first.get(d.right);
      if (!seen || isLater(seen, d)) first.set(d.right, d);
    }
    for (const d of first.values()) {
      if (!within(d.decisionDate, period)) continue;
      const entry = byRight.get(d.right)!;
      entry.days.push(daysBetween(c.receivedDate, d.decisionDate));
      if (d.decisionDate <= addMonths(c.receivedDate, DECIDED_WITHIN_MONTHS)) entry.withinOneMonth += 1;
    }
  }
  return [...byRight.values()].map((e) => ({ ...e, days: e.days.sort((a, b) => a - b) }));
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest rank: the smallest value with at least p % of the values at or below it. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const interimReplyColumns = ['sentInTime', 'sentLate', 'missed', 'pending'] as const;

/**
 * Cases whose interim reply fell due in the period (the law's date: receipt + the months of the
 * settings), unless a decision or closing by then made it unnecessary. A reply still not sent is
 * missing once the date has passed, pending before.
 */
export function interimReplies(
  cases: readonly ReportCase[],
  period: Period,
  rules: Pick<CaseRules, 'interimReplyMonths'>,
  today: string,
): CountTable {
  const table = countTable('interimReplies', ['cases'], interimReplyColumns, 'rows');
  // Received from a few days before (end-of-month clamping) the period's start less the months.
  const earliest = addDays(addMonths(period.from, -rules.interimReplyMonths), -3);
  for (const c of cases) {
    if (c.receivedDate < earliest || c.receivedDate > period.to) continue;
    const due = addMonths(c.receivedDate, rules.interimReplyMonths);
    if (!within(due, period)) continue;
    const outcome = interimReplyOutcome(c, rules);
    if (outcome === 'notNeeded') continue;
    table.add('cases', outcome === 'pending' ? (due < today ? 'missed' : 'pending') : outcome);
  }
  return table;
}

export const appealColumns = [
  'municipalityUpheld',
  'governorUpheld',
  'governorPartlyUpheld',
  'governorNotUpheld',
  'governorQuashed',
  'governorDismissed',
  'awaitingMunicipality',
  'atGovernor',
] as const;

const governorColumn = {
  upheld: 'governorUpheld',
  partlyUpheld: 'governorPartlyUpheld',
  notUpheld: 'governorNotUpheld',
  quashed: 'governorQuashed',
  dismissed: 'governorDismissed',
} as const;

/** Appeals received in the period, by the right of the decision appealed and where they stand. */
export function appeals(cases: readonly ReportCase[], period: Period): CountTable {
  const table = countTable('appeals', rights, appealColumns, 'both');
  for (const c of cases) {
    if (!c.steps.some((s) => s.kind === 'appeal' && within(s.receivedDate, period))) continue;
    const decisions = new Map(stepsOf(c, 'decision').map((d) => [d.id, d]));
    for (const a of stepsOf(c, 'appeal')) {
      const right = decisions.get(a.decisionId)?.right;
      if (!right || !within(a.receivedDate, period)) continue;
      if (a.governorOutcome !== null) table.add(right, governorColumn[a.governorOutcome]);
      else if (isAtGovernor(a)) table.add(right, 'atGovernor');
      else if (a.reassessment === 'upheld') table.add(right, 'municipalityUpheld');
      else table.add(right, 'awaitingMunicipality');
    }
  }
  return table;
}

/** Reasons a coordinator stops other than the case closing: those are the changes. */
export const changeReasons = endReasons.filter((r) => r !== 'caseClosed');

export function changes(appointments: readonly ReportAppointment[], period: Period): CountTable {
  const table = countTable('changes', changeReasons, ['changes'], 'columns');
  for (const a of appointments)
    if (a.endDate !== null && a.endReason !== null && within(a.endDate, period))
      table.add(a.endReason, 'changes');
  return table;
}

/** Transitions at 18 recorded with a date in the period, by outcome. */
export function transitions(cases: readonly ReportCase[], period: Period): Map<string, number> {
  const counts = new Map<string, number>(transitionOutcomes.map((o) => [o, 0]));
  for (const c of cases)
    for (const t of stepsOf(c, 'transition'))
      if (within(t.date, period)) counts.set(t.outcome, counts.get(t.outcome)! + 1);
  return counts;
}
