import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { findServiceUnit } from '../serviceUnits/serviceUnitsService';
import type { Db } from '../storage/database';
import {
  findCoordinator,
  insertCoordinator,
  listCoordinators,
  updateCoordinator,
  type CoordinatorFields,
} from './coordinatorsRepo';

const FIELDS = ['name', 'serviceUnitId', 'position', 'phone', 'email', 'capacity', 'active'] as const;

function requireServiceUnit(db: Db, id: number): void {
  if (!findServiceUnit(db, id))
    throw new CoreError('VALIDATION', { serviceUnitId: 'validation.serviceUnitUnknown' });
}

function requireCoordinator(ctx: Ctx, id: number) {
  const found = findCoordinator(session(ctx).db, id);
  if (!found) throw new CoreError('NOT_FOUND');
  return found;
}

export const coordinatorsHandlers: FeatureHandlers<'coordinators'> = {
  // The pool list is the staff directory the KE works from; reading one coordinator's full
  // record is what the log records, like every read of a single person's data.
  'coordinators.list': (ctx) => listCoordinators(session(ctx).db),

  'coordinators.get': (ctx, input) =>
    inTransaction(ctx, () => {
      const found = requireCoordinator(ctx, input.id);
      audit(ctx, { action: 'read', entity: 'coordinator', entityId: input.id });
      return found;
    }),

  'coordinators.create': (ctx, input: CoordinatorFields) =>
    inTransaction(ctx, (db) => {
      requireServiceUnit(db, input.serviceUnitId);
      const id = insertCoordinator(db, input, ctx.config.now().toISOString());
      audit(ctx, { action: 'create', entity: 'coordinator', entityId: id, fields: [...FIELDS] });
      return findCoordinator(db, id)!;
    }),

  'coordinators.update': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const before = requireCoordinator(ctx, input.id);
      requireServiceUnit(db, input.serviceUnitId);
      const changed = FIELDS.filter((f) => before[f] !== input[f]);
      updateCoordinator(db, input.id, input, ctx.config.now().toISOString());
      if (changed.length)
        audit(ctx, { action: 'update', entity: 'coordinator', entityId: input.id, fields: changed });
      return findCoordinator(db, input.id)!;
    }),
};
