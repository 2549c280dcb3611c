import type { Candidate } from '@shared/api/appointments';
import { isRunning } from '@shared/domain/coordination';
import { hasValidTraining } from '@shared/domain/training';

import { caseDetail, loadCaseWithPerson } from '../cases/caseDetail';
import { inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { allFacts } from '../coordinators/coordinatorFacts';
import { listCoordinators } from '../coordinators/coordinatorsRepo';
import { writerOf } from '../derived/writer';
import { coordinationRules } from '../settings/rulesInForce';
import type { Db } from '../storage/database';
import { caseAppointments } from './appointmentsRepo';
import {
  appoint,
  correctAppointment,
  endAppointment,
  handOver,
  removeAppointment,
} from './appointmentWriter';

/** The same order as `localeCompare(b, 'nb')`, without building the collation for each pair. */
const byName = new Intl.Collator('nb');

/** Most suitable first: in the case's services, trained, with room, fewest cases, then by name. */
function candidates(ctx: Ctx, db: Db, caseId: number): Candidate[] {
  const { record } = loadCaseWithPerson(db, caseId);
  const today = ctx.today();
  const current = new Set(
    caseAppointments(db, caseId)
      .filter((a) => isRunning(a, today))
      .map((a) => a.coordinatorId),
  );
  const units = new Set(record.services.flatMap((s) => (s.serviceUnitId === null ? [] : [s.serviceUnitId])));
  const facts = allFacts(db, today, coordinationRules(db));
  const rows = listCoordinators(db)
    .filter((c) => c.active)
    .map((c): Candidate => ({
      id: c.id,
      name: c.name,
      serviceUnitId: c.serviceUnitId,
      serviceUnitName: c.serviceUnitName,
      position: c.position,
      caseload: facts.caseload(c.id),
      capacity: c.capacity,
      training: facts.training(c.id),
      inCaseServices: units.has(c.serviceUnitId),
      current: current.has(c.id),
    }));
  const hasRoom = (c: Candidate) => c.capacity === null || c.caseload < c.capacity;
  // Each reason to come later is one bit, the first the weightiest: computed once per candidate,
  // not once per comparison.
  const rank = new Map(
    rows.map((c) => [
      c.id,
      (c.current ? 8 : 0) +
        (c.inCaseServices ? 0 : 4) +
        (hasValidTraining(c.training) ? 0 : 2) +
        (hasRoom(c) ? 0 : 1),
    ]),
  );
  return rows.sort(
    (a, b) => rank.get(a.id)! - rank.get(b.id)! || a.caseload - b.caseload || byName.compare(a.name, b.name),
  );
}

export const appointmentsHandlers: FeatureHandlers<'appointments'> = {
  // Names, units and caseloads of the pool: staff data, no persons; not logged per view.
  'appointments.candidates': (ctx, input) => candidates(ctx, session(ctx).db, input.caseId),

  'appointments.appoint': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { caseId, ...fields } = input;
      appoint(writerOf(ctx, db), caseId, fields);
      return caseDetail(ctx, db, caseId);
    }),

  'appointments.change': (ctx, input) =>
    inTransaction(ctx, (db) => {
      handOver(writerOf(ctx, db), input);
      return caseDetail(ctx, db, input.caseId);
    }),

  'appointments.end': (ctx, input) =>
    inTransaction(ctx, (db) => {
      endAppointment(writerOf(ctx, db), input);
      return caseDetail(ctx, db, input.caseId);
    }),

  'appointments.correct': (ctx, input) =>
    inTransaction(ctx, (db) => {
      correctAppointment(writerOf(ctx, db), input);
      return caseDetail(ctx, db, input.caseId);
    }),

  'appointments.remove': (ctx, input) =>
    inTransaction(ctx, (db) => {
      removeAppointment(writerOf(ctx, db), input.caseId, input.appointmentId);
      return caseDetail(ctx, db, input.caseId);
    }),
};
