import type { Coordinator } from '../../../shared/api/coordinators';
import type { Db } from '../storage/database';

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

const toCoordinator = (r: Stored): Coordinator => ({
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

export function listCoordinators(db: Db): Coordinator[] {
  return (db.prepare(`${SELECT} ORDER BY c.name`).all() as Stored[]).map(toCoordinator);
}

export function findCoordinator(db: Db, id: number): Coordinator | undefined {
  const r = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Stored | undefined;
  return r && toCoordinator(r);
}

export type CoordinatorFields = Pick<
  Coordinator,
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
