import type { CoordinatorFacts } from '@shared/domain/coordination';
import type { CoordinationRules } from '@shared/domain/coordinationRules';
import { trainingStatus, type CompletionFacts, type TrainingStatus } from '@shared/domain/training';

import type { Db } from '../storage/database';

/** Appointments running today or starting later: the end is the handover day. */
const RUNNING = '(a.end_date IS NULL OR a.end_date > @today)';

export const CASELOADS_RUNNING = `SELECT a.coordinator_id AS id, COUNT(*) AS n FROM appointments a
  WHERE ${RUNNING} GROUP BY a.coordinator_id`;
export const CASELOADS_ON_CLOSED = `SELECT a.coordinator_id AS id, COUNT(*) AS n
  FROM cases c JOIN appointments a ON a.case_id = c.id
  WHERE c.status = 'closed' AND ${RUNNING} GROUP BY a.coordinator_id`;

/**
 * Caseload per coordinator (all, or the one named): appointments running today or starting later,
 * on cases not closed. A coordinator with none is left out.
 *
 * For the whole pool the running appointments are counted on the coordinator index alone, and
 * those on closed cases (few: closing a case ends its appointments, all but one planned to start
 * later) are taken off again: joining every appointment to its case read each row of both tables
 * (11 ms at 15 000 appointments against about 1.3 ms this way).
 */
export function caseloads(db: Db, today: string, coordinatorId?: number): Map<number, number> {
  if (coordinatorId !== undefined) {
    const row = db
      .prepare(
        `SELECT COUNT(*) AS n FROM appointments a JOIN cases c ON c.id = a.case_id
         WHERE a.coordinator_id = @one AND ${RUNNING} AND c.status != 'closed'`,
      )
      .get({ today, one: coordinatorId }) as { n: number };
    return new Map(row.n > 0 ? [[coordinatorId, row.n]] : []);
  }
  const running = db.prepare(CASELOADS_RUNNING).all({ today }) as { id: number; n: number }[];
  const onClosed = db.prepare(CASELOADS_ON_CLOSED).all({ today }) as { id: number; n: number }[];
  const loads = new Map(running.map((r) => [r.id, r.n]));
  for (const r of onClosed) {
    const n = loads.get(r.id)! - r.n;
    if (n > 0) loads.set(r.id, n);
    else loads.delete(r.id);
  }
  return loads;
}

const latestCompletions = (one: boolean) =>
  `SELECT t.coordinator_id AS id, MAX(t.date) AS date, k.validity_months AS validityMonths
  FROM training_completions t JOIN courses k ON k.id = t.course_id
  WHERE k.required = 1 AND t.date <= @today ${one ? 'AND t.coordinator_id = @one' : ''}
  GROUP BY t.coordinator_id, t.course_id`;

/** The statements allFacts runs (for the dashboards' benchmark, as dashboards/dashboardSql.ts). */
export const ALL_FACTS_SQL = [CASELOADS_RUNNING, CASELOADS_ON_CLOSED, latestCompletions(false)] as const;

/**
 * Training status per coordinator (all, or the one named). Only the latest completion of each
 * required course can decide the status, so SQL hands over one row per coordinator and course.
 * Most of the pool share their facts (the same session), so each set of facts is derived once.
 */
export function trainingStatuses(
  db: Db,
  today: string,
  rules: CoordinationRules,
  coordinatorId?: number,
): Map<number, TrainingStatus> {
  const rows = db
    .prepare(latestCompletions(coordinatorId !== undefined))
    .all(coordinatorId === undefined ? { today } : { today, one: coordinatorId }) as {
    id: number;
    date: string;
    validityMonths: number | null;
  }[];
  const byCoordinator = new Map<number, CompletionFacts[]>();
  for (const r of rows) {
    const list = byCoordinator.get(r.id) ?? [];
    list.push({ date: r.date, validityMonths: r.validityMonths, required: true });
    byCoordinator.set(r.id, list);
  }
  const derived = new Map<string, TrainingStatus>();
  const statusOf = (facts: CompletionFacts[]) => {
    const key = facts.map((f) => `${f.date}/${f.validityMonths}`).join(' ');
    let status = derived.get(key);
    if (!status) {
      status = trainingStatus(facts, today, rules.trainingNoticeDays);
      derived.set(key, status);
    }
    return status;
  };
  const ids = coordinatorId === undefined ? [...byCoordinator.keys()] : [coordinatorId];
  return new Map(ids.map((id) => [id, statusOf(byCoordinator.get(id) ?? [])]));
}

const NEVER: TrainingStatus = { state: 'never', validUntil: null };

/** What one coordinator brings to a case's warnings. */
export function coordinatorFacts(
  db: Db,
  id: number,
  capacity: number | null,
  today: string,
  rules: CoordinationRules,
): CoordinatorFacts {
  return {
    training: trainingStatuses(db, today, rules, id).get(id) ?? NEVER,
    caseload: caseloads(db, today, id).get(id) ?? 0,
    capacity,
  };
}

/** Every coordinator's caseload and training, for lists and the picker. */
export function allFacts(db: Db, today: string, rules: CoordinationRules) {
  const loads = caseloads(db, today);
  const training = trainingStatuses(db, today, rules);
  return {
    caseload: (id: number) => loads.get(id) ?? 0,
    training: (id: number) => training.get(id) ?? NEVER,
  };
}
