import type { Coordinator, CoordinatorDetail } from '@shared/api/coordinators';

import { audit, type Ctx } from '../context';
import { CoreError } from '../errors';
import { coordinationRules } from '../settings/rulesInForce';
import type { Db } from '../storage/database';
import { allFacts, coordinatorFacts } from './coordinatorFacts';
import {
  coordinatorCases,
  coordinatorCompletions,
  coordinatorGuidance,
  findCoordinator,
  listCoordinators,
  type CoordinatorRecord,
} from './coordinatorsRepo';

/*
 * The coordinators as the pages read them, with their caseload and training today: the read model
 * the coordinators feature, training and print share.
 */

export function requireCoordinator(db: Db, id: number): CoordinatorRecord {
  const found = findCoordinator(db, id);
  if (!found) throw new CoreError('NOT_FOUND');
  return found;
}

export function withFacts(ctx: Ctx, db: Db, c: CoordinatorRecord): Coordinator {
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
