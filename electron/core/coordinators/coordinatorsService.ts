import { audit, inTransaction, session, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { findServiceUnit } from '../serviceUnits/serviceUnitsRepo';
import { coordinationRules, saveCoordinationRules, storedCoordinationRules } from '../settings/rulesInForce';
import type { Db } from '../storage/database';
import { coordinatorList, readCoordinator, requireCoordinator, withFacts } from './coordinatorReadModel';
import {
  findCoordinator,
  insertCoordinator,
  updateCoordinator,
  type CoordinatorFields,
} from './coordinatorsRepo';

const FIELDS = ['name', 'serviceUnitId', 'position', 'phone', 'email', 'capacity', 'active'] as const;

function requireServiceUnit(db: Db, id: number): void {
  if (!findServiceUnit(db, id))
    throw new CoreError('VALIDATION', { serviceUnitId: 'validation.serviceUnitUnknown' });
}

export const coordinatorsHandlers: FeatureHandlers<'coordinators'> = {
  // The pool list is the staff directory the KE works from (names, units, counts, no persons);
  // the coordinator page shows the persons they coordinate for, and its read is logged.
  'coordinators.list': (ctx) => coordinatorList(session(ctx).db, ctx.today()),

  'coordinators.get': (ctx, input) => inTransaction(ctx, (db) => readCoordinator(ctx, db, input.id)),

  'coordinators.create': (ctx, input: CoordinatorFields) =>
    inTransaction(ctx, (db) => {
      requireServiceUnit(db, input.serviceUnitId);
      const id = insertCoordinator(db, input, ctx.config.now().toISOString());
      audit(ctx, { action: 'create', entity: 'coordinator', entityId: id, fields: [...FIELDS] });
      return withFacts(ctx, db, findCoordinator(db, id)!);
    }),

  'coordinators.update': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const before = withFacts(ctx, db, requireCoordinator(db, input.id));
      requireServiceUnit(db, input.serviceUnitId);
      // Nobody is left without a coordinator by a tick in a form: each case is changed first.
      if (before.active && !input.active && before.caseload > 0)
        throw new CoreError('VALIDATION', { active: 'validation.coordinatorHasCases' });
      const changed = FIELDS.filter((f) => before[f] !== input[f]);
      updateCoordinator(db, input.id, input, ctx.config.now().toISOString());
      if (changed.length)
        audit(ctx, { action: 'update', entity: 'coordinator', entityId: input.id, fields: changed });
      return withFacts(ctx, db, findCoordinator(db, input.id)!);
    }),

  'coordinators.rules': (ctx) => coordinationRules(session(ctx).db),

  'coordinators.updateRules': (ctx, input) =>
    inTransaction(ctx, (db) => {
      // The audit row names the rules by their stored keys, as it always has.
      const before = storedCoordinationRules(coordinationRules(db));
      const after = storedCoordinationRules(input);
      saveCoordinationRules(db, input);
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
      if (changed.length) audit(ctx, { action: 'update', entity: 'settings', fields: changed });
      return coordinationRules(db);
    }),
};
