import type { ServiceUnit } from '@shared/api/serviceUnits';

import { audit, inTransaction, session, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
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

function nameTaken(db: Db, name: string, exceptId: number): boolean {
  return (
    db.prepare('SELECT 1 FROM service_units WHERE name = ? AND id != ?').get(name, exceptId) !== undefined
  );
}

export const serviceUnitsHandlers: FeatureHandlers<'serviceUnits'> = {
  'serviceUnits.list': (ctx) =>
    (session(ctx).db.prepare(`${SELECT} ORDER BY s.name`).all() as Stored[]).map(toUnit),

  'serviceUnits.create': (ctx, input) =>
    inTransaction(ctx, (db) => {
      if (nameTaken(db, input.name, 0)) throw new CoreError('CONFLICT', { name: 'validation.nameTaken' });
      const at = ctx.config.now().toISOString();
      const { lastInsertRowid } = db
        .prepare('INSERT INTO service_units (name, active, created_at, updated_at) VALUES (?, ?, ?, ?)')
        .run(input.name, input.active ? 1 : 0, at, at);
      const id = Number(lastInsertRowid);
      audit(ctx, { action: 'create', entity: 'serviceUnit', entityId: id, fields: ['name', 'active'] });
      return findServiceUnit(db, id)!;
    }),

  'serviceUnits.update': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const before = findServiceUnit(db, input.id);
      if (!before) throw new CoreError('NOT_FOUND');
      if (nameTaken(db, input.name, input.id))
        throw new CoreError('CONFLICT', { name: 'validation.nameTaken' });
      const changed = (['name', 'active'] as const).filter((f) => before[f] !== input[f]);
      db.prepare('UPDATE service_units SET name = ?, active = ?, updated_at = ? WHERE id = ?').run(
        input.name,
        input.active ? 1 : 0,
        ctx.config.now().toISOString(),
        input.id,
      );
      if (changed.length)
        audit(ctx, { action: 'update', entity: 'serviceUnit', entityId: input.id, fields: changed });
      return findServiceUnit(db, input.id)!;
    }),
};
