import type { ServiceUnit } from '@shared/api/serviceUnits';

import type { Db } from '../storage/database';

interface Stored {
  id: number;
  name: string;
  active: number;
  coordinator_count: number;
}

const SELECT = `
  SELECT s.id, s.name, s.active,
    (SELECT count(*) FROM coordinators c WHERE c.service_unit_id = s.id AND c.active = 1) AS coordinator_count
  FROM service_units s`;

const toUnit = (r: Stored): ServiceUnit => ({
  id: r.id,
  name: r.name,
  active: r.active === 1,
  coordinatorCount: r.coordinator_count,
});

export function findServiceUnit(db: Db, id: number): ServiceUnit | undefined {
  const r = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as Stored | undefined;
  return r && toUnit(r);
}

/** Every unit, by name, with its count of active coordinators. */
export function listServiceUnits(db: Db): ServiceUnit[] {
  return (db.prepare(`${SELECT} ORDER BY s.name`).all() as Stored[]).map(toUnit);
}
