import type { Coordinator, CoordinatorDetail } from '@shared/api/coordinators';

import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { findServiceUnit } from '../serviceUnits/serviceUnitsService';
import { setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { allFacts, coordinationRules, coordinatorFacts } from './coordinatorFacts';
import {
  coordinatorCases,
  coordinatorCompletions,
  coordinatorGuidance,
  findCoordinator,
  insertCoordinator,
  listCoordinators,
  updateCoordinator,
  type CoordinatorFields,
  type CoordinatorRecord,
} from './coordinatorsRepo';

const FIELDS = ['name', 'serviceUnitId', 'position', 'phone', 'email', 'capacity', 'active'] as const;

function requireServiceUnit(db: Db, id: number): void {
  if (!findServiceUnit(db, id))
    throw new CoreError('VALIDATION', { serviceUnitId: 'validation.serviceUnitUnknown' });
}

function requireCoordinator(db: Db, id: number): CoordinatorRecord {
  const found = findCoordinator(db, id);
  if (!found) throw new CoreError('NOT_FOUND');
  return found;
}

function withFacts(ctx: Ctx, db: Db, c: CoordinatorRecord): Coordinator {
  const { caseload, training } = coordinatorFacts(db, c.id, c.capacity, ctx.today(), coordinationRules(db));
  return { ...c, caseload, training };
}

function coordinatorDetail(ctx: Ctx, db: Db, id: number): CoordinatorDetail {
  return {
    coordinator: withFacts(ctx, db, requireCoordinator(db, id)),
    cases: coordinatorCases(db, id, ctx.today()),
    completions: coordinatorCompletions(db, id),
    guidance: coordinatorGuidance(db, id),
  };
}

/** Reads the coordinator page and writes its audit row: the cases on it name their persons. */
export function readCoordinator(ctx: Ctx, db: Db, id: number): CoordinatorDetail {
  const detail = coordinatorDetail(ctx, db, id);
  const shown = db
    .prepare(
      `SELECT DISTINCT c.person_id AS id FROM appointments a JOIN cases c ON c.id = a.case_id
       WHERE a.coordinator_id = ? ORDER BY c.person_id`,
    )
    .all(id) as { id: number }[];
  audit(ctx, {
    action: 'read',
    entity: 'coordinator',
    entityId: id,
    fields: shown.map((p) => `person:${p.id}`),
  });
  return detail;
}

/** The pool with each coordinator's caseload and training today (Koordinatorer, and its print). */
export function coordinatorList(db: Db, today: string): Coordinator[] {
  const facts = allFacts(db, today, coordinationRules(db));
  return listCoordinators(db).map((c) => ({
    ...c,
    caseload: facts.caseload(c.id),
    training: facts.training(c.id),
  }));
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
      const before = coordinationRules(db);
      setSetting(db, 'coordination.rules', input);
      const changed = (Object.keys(input) as (keyof typeof input)[]).filter((k) => before[k] !== input[k]);
      if (changed.length) audit(ctx, { action: 'update', entity: 'settings', fields: changed });
      return coordinationRules(db);
    }),
};
