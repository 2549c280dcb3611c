import type { CoordinatorFacts } from '../../../shared/domain/coordination';
import {
  defaultCoordinationRules,
  trainingStatus,
  type CompletionFacts,
  type CoordinationRules,
  type TrainingStatus,
} from '../../../shared/domain/training';
import { getSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';

/** The settings for coordinators' work in force; one added later starts at its default. */
export function coordinationRules(db: Db): CoordinationRules {
  return { ...defaultCoordinationRules, ...getSetting(db, 'coordination.rules') };
}

/** Appointments running today or starting later, on cases not closed: what a coordinator holds. */
const RUNNING = `(a.end_date IS NULL OR a.end_date > @today) AND c.status != 'closed'`;

/** Caseload per coordinator (all, or the one named); a coordinator with none is left out. */
export function caseloads(db: Db, today: string, coordinatorId?: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT a.coordinator_id AS id, COUNT(*) AS n
       FROM appointments a JOIN cases c ON c.id = a.case_id
       WHERE ${RUNNING} AND (@one IS NULL OR a.coordinator_id = @one)
       GROUP BY a.coordinator_id`,
    )
    .all({ today, one: coordinatorId ?? null }) as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

/**
 * Training status per coordinator (all, or the one named). Only the latest completion of each
 * required course can decide the status, so SQL hands over one row per coordinator and course.
 */
export function trainingStatuses(
  db: Db,
  today: string,
  rules: CoordinationRules,
  coordinatorId?: number,
): Map<number, TrainingStatus> {
  const rows = db
    .prepare(
      `SELECT t.coordinator_id AS id, MAX(t.date) AS date, k.validity_months AS validityMonths
       FROM training_completions t JOIN courses k ON k.id = t.course_id
       WHERE k.required = 1 AND t.date <= @today AND (@one IS NULL OR t.coordinator_id = @one)
       GROUP BY t.coordinator_id, t.course_id`,
    )
    .all({ today, one: coordinatorId ?? null }) as {
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
  const ids = coordinatorId === undefined ? [...byCoordinator.keys()] : [coordinatorId];
  return new Map(
    ids.map((id) => [id, trainingStatus(byCoordinator.get(id) ?? [], today, rules.trainingNoticeDays)]),
  );
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
