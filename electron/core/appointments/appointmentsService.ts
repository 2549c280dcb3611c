import type { Candidate } from '../../../shared/api/appointments';
import type { AuditAction } from '../../../shared/api/audit';
import {
  appointmentProblems,
  isRunning,
  type Appointment,
  type AppointmentFields,
} from '../../../shared/domain/coordination';
import { hasValidTraining } from '../../../shared/domain/training';
import { closingInForce } from '../../../shared/domain/caseSteps';
import type { CaseRecord } from '../../../shared/domain/case';
import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { loadCaseForChange } from '../cases/caseChecks';
import { caseDetail, loadCaseWithPerson, todayOf } from '../cases/caseDetail';
import { allFacts, coordinationRules } from '../coordinators/coordinatorFacts';
import { findCoordinator, listCoordinators } from '../coordinators/coordinatorsRepo';
import { CoreError, refuseFields as refuse } from '../errors';
import type { Db } from '../storage/database';
import {
  caseAppointments,
  deleteAppointment,
  insertAppointment,
  personAppointmentPeriods,
  updateAppointment,
} from './appointmentsRepo';

const FIELDS = [
  'coordinatorId',
  'role',
  'startDate',
  'familyWish',
  'familyNotifiedDate',
  'partnersNotifiedDate',
];
const END_FIELDS = ['endDate', 'endReason', 'endNote'];

/** The case, open, with its appointments; refuses a closed case. */
function openCase(db: Db, caseId: number) {
  const { record, person } = loadCaseForChange(db, caseId);
  if (closingInForce(record)) throw new CoreError('CASE_CLOSED');
  return { record, person, appointments: caseAppointments(db, caseId) };
}

function requireAppointment(appointments: readonly Appointment[], id: number): Appointment {
  const found = appointments.find((a) => a.id === id);
  if (!found) throw new CoreError('VALIDATION', { appointmentId: 'validation.appointmentUnknown' });
  return found;
}

/**
 * A new or corrected appointment against the register: a coordinator in the pool (active, for a
 * new one), and the rules of appointmentProblems against the person's other appointments.
 */
function checkAppointment(
  ctx: Ctx,
  db: Db,
  record: CaseRecord,
  personId: number,
  a: AppointmentFields,
  options: { prefix?: string; except: readonly number[]; isNew: boolean },
): void {
  const coordinator = findCoordinator(db, a.coordinatorId);
  if (!coordinator) refuse({ coordinatorId: 'validation.coordinatorUnknown' }, options.prefix);
  if (options.isNew && !coordinator!.active)
    refuse({ coordinatorId: 'validation.coordinatorInactive' }, options.prefix);
  const others = personAppointmentPeriods(db, personId).filter((o) => !options.except.includes(o.id));
  refuse(appointmentProblems(record, others, a, todayOf(ctx)), options.prefix);
}

function logChange(
  ctx: Ctx,
  caseId: number,
  action: AuditAction,
  appointmentId: number,
  fields: string[],
): void {
  audit(ctx, {
    action,
    entity: 'case',
    entityId: caseId,
    fields: [`appointment:${appointmentId}`, ...fields],
  });
}

/** The same order as `localeCompare(b, 'nb')`, without building the collation for each pair. */
const byName = new Intl.Collator('nb');

/** Most suitable first: in the case's services, trained, with room, fewest cases, then by name. */
function candidates(ctx: Ctx, db: Db, caseId: number): Candidate[] {
  const { record } = loadCaseWithPerson(db, caseId);
  const today = todayOf(ctx);
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

/** Appoints a coordinator to an open case after the checks; logged on the case. Also the import's way in. */
export function appointCoordinator(
  ctx: Ctx,
  db: Db,
  caseId: number,
  fields: Omit<AppointmentFields, 'endDate'>,
): number {
  const { record, person } = openCase(db, caseId);
  checkAppointment(ctx, db, record, person.id, { ...fields, endDate: null }, { except: [], isNew: true });
  const id = insertAppointment(
    db,
    { caseId, personId: person.id },
    fields,
    session(ctx).user.username,
    ctx.config.now().toISOString(),
  );
  logChange(ctx, caseId, 'appointment_create', id, FIELDS);
  return id;
}

export const appointmentsHandlers: FeatureHandlers<'appointments'> = {
  // Names, units and caseloads of the pool: staff data, no persons; not logged per view.
  'appointments.candidates': (ctx, input) => candidates(ctx, session(ctx).db, input.caseId),

  'appointments.appoint': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { caseId, ...fields } = input;
      appointCoordinator(ctx, db, caseId, fields);
      return caseDetail(ctx, db, caseId);
    }),

  'appointments.change': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { record, person, appointments } = openCase(db, input.caseId);
      const ending = requireAppointment(appointments, input.appointmentId);
      const today = todayOf(ctx);
      if (!isRunning(ending, today)) refuse({ appointmentId: 'validation.appointmentEnded' });
      if (input.endDate < ending.startDate) refuse({ endDate: 'validation.endBeforeStart' });
      if (input.next.startDate < input.endDate) refuse({ 'next.startDate': 'validation.startBeforeEnd' });
      // The ended appointment is checked as it will be: ending on the handover day.
      const others = personAppointmentPeriods(db, person.id).map((o) =>
        o.id === ending.id ? { ...o, endDate: input.endDate } : o,
      );
      const coordinator = findCoordinator(db, input.next.coordinatorId);
      if (!coordinator) refuse({ 'next.coordinatorId': 'validation.coordinatorUnknown' });
      if (!coordinator!.active) refuse({ 'next.coordinatorId': 'validation.coordinatorInactive' });
      refuse(appointmentProblems(record, others, { ...input.next, endDate: null }, today), 'next.');
      const at = ctx.config.now().toISOString();
      updateAppointment(
        db,
        ending.id,
        { ...ending, endDate: input.endDate, endReason: input.endReason, endNote: input.endNote },
        at,
      );
      logChange(ctx, input.caseId, 'appointment_end', ending.id, END_FIELDS);
      const id = insertAppointment(
        db,
        { caseId: input.caseId, personId: person.id },
        input.next,
        session(ctx).user.username,
        at,
      );
      logChange(ctx, input.caseId, 'appointment_create', id, FIELDS);
      return caseDetail(ctx, db, input.caseId);
    }),

  'appointments.end': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { appointments } = openCase(db, input.caseId);
      const ending = requireAppointment(appointments, input.appointmentId);
      if (!isRunning(ending, todayOf(ctx))) refuse({ appointmentId: 'validation.appointmentEnded' });
      if (input.endDate < ending.startDate) refuse({ endDate: 'validation.endBeforeStart' });
      const { caseId: _, appointmentId: __, ...end } = input;
      updateAppointment(db, ending.id, { ...ending, ...end }, ctx.config.now().toISOString());
      logChange(ctx, input.caseId, 'appointment_end', ending.id, END_FIELDS);
      return caseDetail(ctx, db, input.caseId);
    }),

  'appointments.correct': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { record, person, appointments } = openCase(db, input.caseId);
      const before = requireAppointment(appointments, input.appointmentId);
      const { caseId, appointmentId, ...fields } = input;
      const next = { ...fields, coordinatorId: before.coordinatorId };
      checkAppointment(ctx, db, record, person.id, next, { except: [appointmentId], isNew: false });
      updateAppointment(db, appointmentId, next, ctx.config.now().toISOString());
      const changed = [...FIELDS, ...END_FIELDS].filter(
        (f) => (before as unknown as Record<string, unknown>)[f] !== (next as Record<string, unknown>)[f],
      );
      if (changed.length) logChange(ctx, caseId, 'appointment_update', appointmentId, changed);
      return caseDetail(ctx, db, caseId);
    }),

  'appointments.remove': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { appointments } = openCase(db, input.caseId);
      requireAppointment(appointments, input.appointmentId);
      deleteAppointment(db, input.appointmentId);
      logChange(ctx, input.caseId, 'appointment_remove', input.appointmentId, []);
      return caseDetail(ctx, db, input.caseId);
    }),
};
