import type {
  Coordinator,
  CoordinatorCase,
  CoordinatorCompletion,
  CoordinatorGuidance,
} from '@shared/api/coordinators';
import { completionExpiry } from '@shared/domain/training';

import type { Db } from '../storage/database';

/** A coordinator as stored; caseload and training are derived by the service. */
export type CoordinatorRecord = Omit<Coordinator, 'caseload' | 'training'>;

interface Stored {
  id: number;
  name: string;
  service_unit_id: number;
  service_unit_name: string;
  position: string;
  phone: string;
  email: string;
  capacity: number | null;
  active: number;
  created_at: string;
  updated_at: string;
}

const SELECT = `
  SELECT c.*, s.name AS service_unit_name
  FROM coordinators c JOIN service_units s ON s.id = c.service_unit_id`;

const toCoordinator = (r: Stored): CoordinatorRecord => ({
  id: r.id,
  name: r.name,
  serviceUnitId: r.service_unit_id,
  serviceUnitName: r.service_unit_name,
  position: r.position,
  phone: r.phone,
  email: r.email,
  capacity: r.capacity,
  active: r.active === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const LIST_COORDINATORS = `${SELECT} ORDER BY c.name`;

export function listCoordinators(db: Db): CoordinatorRecord[] {
  return (db.prepare(LIST_COORDINATORS).all() as Stored[]).map(toCoordinator);
}

export function findCoordinator(db: Db, id: number): CoordinatorRecord | undefined {
  const r = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Stored | undefined;
  return r && toCoordinator(r);
}

export type CoordinatorFields = Pick<
  CoordinatorRecord,
  'name' | 'serviceUnitId' | 'position' | 'phone' | 'email' | 'capacity' | 'active'
>;

const params = (c: CoordinatorFields) => ({ ...c, active: c.active ? 1 : 0 });

export function insertCoordinator(db: Db, c: CoordinatorFields, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO coordinators (name, service_unit_id, position, phone, email, capacity, active, created_at, updated_at)
       VALUES (@name, @serviceUnitId, @position, @phone, @email, @capacity, @active, @at, @at)`,
    )
    .run({ ...params(c), at });
  return Number(lastInsertRowid);
}

export function updateCoordinator(db: Db, id: number, c: CoordinatorFields, at: string): void {
  db.prepare(
    `UPDATE coordinators SET name = @name, service_unit_id = @serviceUnitId, position = @position, phone = @phone,
       email = @email, capacity = @capacity, active = @active, updated_at = @at WHERE id = @id`,
  ).run({ ...params(c), at, id });
}

/** The cases a coordinator holds or has held, the running ones first, then newest first. */
export function coordinatorCases(db: Db, id: number, today: string): CoordinatorCase[] {
  const rows = db
    .prepare(
      `SELECT a.id AS appointmentId, c.id AS caseId, c.case_number AS caseNumber, p.name AS personName,
         c.status AS caseStatus, a.role, a.start_date AS startDate, a.end_date AS endDate, a.end_reason AS endReason,
         ((a.end_date IS NULL OR a.end_date > @today) AND c.status != 'closed') AS running
       FROM appointments a JOIN cases c ON c.id = a.case_id JOIN persons p ON p.id = c.person_id
       WHERE a.coordinator_id = @id
       ORDER BY running DESC, a.start_date DESC, a.id DESC`,
    )
    .all({ id, today }) as (Omit<CoordinatorCase, 'running'> & { running: number })[];
  return rows.map((r) => ({ ...r, running: r.running === 1 }));
}

export function coordinatorCompletions(db: Db, id: number): CoordinatorCompletion[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.course_id AS courseId, k.name AS courseName, k.type AS courseType, k.required,
         t.date, k.validity_months AS validityMonths, t.session_id AS sessionId, t.note
       FROM training_completions t JOIN courses k ON k.id = t.course_id
       WHERE t.coordinator_id = ? ORDER BY t.date DESC, t.id DESC`,
    )
    .all(id) as (Omit<CoordinatorCompletion, 'validUntil' | 'required'> & {
    required: number;
    validityMonths: number | null;
  })[];
  return rows.map(({ validityMonths, required, ...r }) => ({
    ...r,
    required: required === 1,
    validUntil: completionExpiry({ date: r.date, validityMonths }),
  }));
}

export function coordinatorGuidance(db: Db, id: number): CoordinatorGuidance[] {
  return db
    .prepare(
      `SELECT g.id, g.date, g.topic FROM guidance_sessions g
       JOIN guidance_participants p ON p.session_id = g.id
       WHERE p.coordinator_id = ? ORDER BY g.date DESC, g.id DESC`,
    )
    .all(id) as CoordinatorGuidance[];
}
