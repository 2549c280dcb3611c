import type { PlanListRow } from '@shared/api/plans';
import type { CaseStep, StepKind } from '@shared/domain/case';
import type { Goal, Meeting, PlanRules } from '@shared/domain/plan';
import { planValidUntil } from '@shared/domain/planExpiry';
import { planOverview, type PlanFacts } from '@shared/domain/planOverview';

import { stepsGroupedByCase } from '../cases/casesRepo';
import type { StepRow } from '../cases/stepReader';
import type { Db } from '../storage/database';
import { toPlan } from './plansRepo';

/**
 * The rows of the plans list, derived from a handful of set-based queries for the plans in scope
 * (no query per plan); planSummaries.ts stores them, the report counts them on a past day.
 */

/**
 * A list row with what is stored beside it (plans/planSummaries.ts): the plan, the person's sort
 * name, the coordinator's id, the meetings counted in the window, and the day the calendar may
 * change the row (planValidUntil).
 */
export type DerivedRow = PlanListRow & {
  planId: number;
  sortName: string;
  coordinatorId: number | null;
  meetingsLast12Months: number;
  validUntil: string | null;
};

interface StoredRow {
  id: number;
  case_id: number;
  wanted: number;
  tool: PlanListRow['tool'];
  tool_reference: string;
  period_start: string | null;
  period_end: string | null;
  next_revision_date: string | null;
  last_evaluation_date: string | null;
  closed_date: string | null;
  closed_note: string;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
  case_number: string;
  person_id: number;
  person_name: string;
  sort_name: string;
}

/**
 * The plans a list derives: all, or those named (their case ids as a JSON array). Each
 * query below reads only the columns the derivation uses: at 8 000 plans every column counts.
 */
interface Scope {
  where: string;
  params: { ids?: string };
}

const scopeOf = (caseIds: readonly number[] | null): Scope =>
  caseIds === null
    ? { where: '1', params: {} }
    : { where: 'p.case_id IN (SELECT value FROM json_each(@ids))', params: { ids: JSON.stringify(caseIds) } };

/** Step kinds the list's derivation reads: the consents and the closing (the IP decision is not shown). */
const PLAN_STEP_KINDS: readonly StepKind[] = ['consent', 'closing', 'reopening'];

/** The steps of every case in scope, grouped by case, in timeline order: one query. */
function stepsByCase(db: Db, scope: Scope): Map<number, CaseStep[]> {
  const rows = db
    .prepare(
      `SELECT s.case_id, s.id, s.kind, s.data, s.recorded_by, s.recorded_at
       FROM plans p JOIN case_steps s ON s.case_id = p.case_id
       WHERE ${scope.where} AND s.kind IN (${PLAN_STEP_KINDS.map((k) => `'${k}'`).join(', ')})
       ORDER BY s.case_id, s.date, s.id`,
    )
    .all(scope.params) as StepRow[];
  return stepsGroupedByCase(db, rows);
}

/** Members of each plan's responsibility group. */
function memberCounts(db: Db, scope: Scope): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT m.plan_id, count(*) AS n FROM plans p JOIN plan_members m ON m.plan_id = p.id
       WHERE ${scope.where} GROUP BY m.plan_id`,
    )
    .all(scope.params) as { plan_id: number; n: number }[];
  return new Map(rows.map((r) => [r.plan_id, r.n]));
}

/** A case's coordinator as the list names it, and the appointments it may change with. */
interface CaseCoordinator {
  chosen: { id: number; name: string } | null;
  /** Appointments running today or later: their start or end may change the one named. */
  appointments: { startDate: string; endDate: string | null }[];
}

/** The coordinator of each case with a plan: running today or appointed to start later. */
function coordinatorsByCase(db: Db, today: string, scope: Scope): Map<number, CaseCoordinator> {
  const rows = db
    .prepare(
      `SELECT a.case_id, k.id, k.name, a.start_date, a.end_date FROM plans p
       JOIN appointments a ON a.case_id = p.case_id JOIN coordinators k ON k.id = a.coordinator_id
       WHERE ${scope.where} AND (a.end_date IS NULL OR a.end_date > @today)
       ORDER BY a.case_id, a.start_date, a.id`,
    )
    .all({ today, ...scope.params }) as {
    case_id: number;
    id: number;
    name: string;
    start_date: string;
    end_date: string | null;
  }[];
  const byCase = new Map<number, CaseCoordinator>();
  for (const r of rows) {
    let c = byCase.get(r.case_id);
    if (!c) byCase.set(r.case_id, (c = { chosen: null, appointments: [] }));
    c.appointments.push({ startDate: r.start_date, endDate: r.end_date });
    // The one started latest by today wins; only planned ones: the first of them.
    if (c.chosen === null || r.start_date <= today) c.chosen = { id: r.id, name: r.name };
  }
  return byCase;
}

/**
 * Goals with their measures, as far as status and progress need them (statuses and due dates;
 * no texts, no service unit names).
 */
function goalsByPlan(db: Db, scope: Scope): Map<number, Goal[]> {
  const goals = db
    .prepare(
      `SELECT g.id, g.plan_id, g.status FROM plans p JOIN plan_goals g ON g.plan_id = p.id
       WHERE ${scope.where} ORDER BY g.plan_id, g.position`,
    )
    .all(scope.params) as { id: number; plan_id: number; status: Goal['status'] }[];
  const measures = db
    .prepare(
      `SELECT m.id, m.goal_id, m.status, m.due_date FROM plans p JOIN plan_goals g ON g.plan_id = p.id
       JOIN plan_measures m ON m.goal_id = g.id WHERE ${scope.where} ORDER BY m.goal_id, m.position`,
    )
    .all(scope.params) as {
    id: number;
    goal_id: number;
    status: Goal['measures'][number]['status'];
    due_date: string | null;
  }[];
  const byGoal = new Map<number, Goal['measures']>();
  for (const m of measures) {
    const measure = {
      id: m.id,
      goalId: m.goal_id,
      position: 0,
      text: '',
      serviceUnitId: null,
      serviceUnitName: null,
      dueDate: m.due_date,
      status: m.status,
    };
    const list = byGoal.get(m.goal_id);
    if (list) list.push(measure);
    else byGoal.set(m.goal_id, [measure]);
  }
  const byPlan = new Map<number, Goal[]>();
  for (const g of goals) {
    const goal: Goal = {
      id: g.id,
      position: 0,
      text: '',
      area: 'other',
      status: g.status,
      targetDate: null,
      achievedDate: null,
      measures: byGoal.get(g.id) ?? [],
    };
    const list = byPlan.get(g.plan_id);
    if (list) list.push(goal);
    else byPlan.set(g.plan_id, [goal]);
  }
  return byPlan;
}

/** Meetings as the derivation counts them: dates, kinds, the next date; not who came. */
function meetingsByPlan(db: Db, scope: Scope): Map<number, Meeting[]> {
  const rows = db
    .prepare(
      `SELECT m.id, m.plan_id, m.date, m.kind, m.next_meeting_date FROM plans p
       JOIN plan_meetings m ON m.plan_id = p.id WHERE ${scope.where} ORDER BY m.plan_id, m.date DESC, m.id DESC`,
    )
    .all(scope.params) as {
    id: number;
    plan_id: number;
    date: string;
    kind: Meeting['kind'];
    next_meeting_date: string | null;
  }[];
  const byPlan = new Map<number, Meeting[]>();
  for (const r of rows) {
    const meeting: Meeting = {
      id: r.id,
      date: r.date,
      kind: r.kind,
      participantIds: [],
      otherParticipants: '',
      minutesWritten: false,
      minutesReference: '',
      nextMeetingDate: r.next_meeting_date,
    };
    const list = byPlan.get(r.plan_id);
    if (list) list.push(meeting);
    else byPlan.set(r.plan_id, [meeting]);
  }
  return byPlan;
}

/**
 * Derives the list rows of the plans in scope (all when null) from a few set-based queries: plans
 * with their case and person, goal and measure statuses, meeting dates, consent and closing
 * steps, coordinators. About 35 µs a plan (docs/benchmarks.md).
 */
export function deriveRows(
  db: Db,
  caseIds: readonly number[] | null,
  today: string,
  rules: PlanRules,
): DerivedRow[] {
  const scope = scopeOf(caseIds);
  const stored = db
    .prepare(
      `SELECT p.*, c.case_number, c.person_id, pe.name AS person_name, pe.sort_name
       FROM plans p JOIN cases c ON c.id = p.case_id JOIN persons pe ON pe.id = c.person_id
       WHERE ${scope.where}`,
    )
    .all(scope.params) as StoredRow[];
  // Most writes are to cases without a plan: nothing more to read.
  if (stored.length === 0) return [];
  const goals = goalsByPlan(db, scope);
  const meetings = meetingsByPlan(db, scope);
  const steps = stepsByCase(db, scope);
  const members = memberCounts(db, scope);
  const coordinators = coordinatorsByCase(db, today, scope);
  return stored.map((r) => {
    const plan = toPlan(r);
    const coordinator = coordinators.get(r.case_id);
    const facts: PlanFacts = {
      plan,
      goals: goals.get(plan.id) ?? [],
      meetings: meetings.get(plan.id) ?? [],
      // The list shows no points: what is missing is for the plan's page.
      points: [],
      members: members.get(plan.id) ?? 0,
      record: { steps: steps.get(r.case_id) ?? [] },
      hasCoordinator: coordinator !== undefined,
    };
    const overview = planOverview(facts, rules, today);
    return {
      planId: plan.id,
      caseId: r.case_id,
      caseNumber: r.case_number,
      personId: r.person_id,
      personName: r.person_name,
      sortName: r.sort_name,
      status: overview.status,
      tool: plan.tool,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      nextRevisionDate: plan.nextRevisionDate,
      lastEvaluation: overview.lastEvaluation,
      progress: overview.progress,
      coordinatorName: coordinator?.chosen?.name ?? null,
      warnings: overview.warnings,
      coordinatorId: coordinator?.chosen?.id ?? null,
      meetingsLast12Months: overview.meetingsLast12Months,
      validUntil: planValidUntil(facts, rules, today, coordinator?.appointments ?? []),
    };
  });
}
