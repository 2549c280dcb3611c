import { audit, inTransaction, session, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import type { Db } from '../storage/database';
import { findServiceUnit, listServiceUnits } from './serviceUnitsRepo';

function nameTaken(db: Db, name: string, exceptId: number): boolean {
  return (
    db.prepare('SELECT 1 FROM service_units WHERE name = ? AND id != ?').get(name, exceptId) !== undefined
  );
}

export const serviceUnitsHandlers: FeatureHandlers<'serviceUnits'> = {
  'serviceUnits.list': (ctx) => listServiceUnits(session(ctx).db),

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
