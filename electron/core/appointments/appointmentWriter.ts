import type { z } from 'zod';

import type { changeInput, correctInput, endInput } from '@shared/api/appointments';
import type { AuditAction } from '@shared/api/audit';
import type { CaseRecord } from '@shared/domain/case';
import { closingInForce } from '@shared/domain/caseSteps';
import {
  appointmentProblems,
  isRunning,
  type Appointment,
  type AppointmentFields,
} from '@shared/domain/coordination';

import { loadCaseForChange } from '../cases/caseChecks';
import { findCoordinator } from '../coordinators/coordinatorsRepo';
import { refreshAfterWrite, type Writer } from '../derived/writer';
import { CoreError, refuseFields as refuse } from '../errors';
import type { Db } from '../storage/database';
import { caseAppointments, personAppointmentPeriods, type AppointmentEndFields } from './appointmentsRepo';

/**
 * The one way an appointment is written (the case page, a closing, the import and the demo):
 * checked, written, the case's derived state refreshed and logged on the case, in the caller's
 * transaction.
 */

const FIELDS = [
  'coordinatorId',
  'role',
  'startDate',
  'familyWish',
  'familyNotifiedDate',
  'partnersNotifiedDate',
];
const END_FIELDS = ['endDate', 'endReason', 'endNote'];

type NewAppointment = Omit<AppointmentFields, 'endDate'>;

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
  w: Writer,
  record: CaseRecord,
  personId: number,
  a: AppointmentFields,
  options: { prefix?: string; except: readonly number[]; isNew: boolean },
): void {
  const coordinator = findCoordinator(w.db, a.coordinatorId);
  if (!coordinator) refuse({ coordinatorId: 'validation.coordinatorUnknown' }, options.prefix);
  if (options.isNew && !coordinator!.active)
    refuse({ coordinatorId: 'validation.coordinatorInactive' }, options.prefix);
  const others = personAppointmentPeriods(w.db, personId).filter((o) => !options.except.includes(o.id));
  refuse(appointmentProblems(record, others, a, w.today), options.prefix);
}

function logChange(w: Writer, caseId: number, action: AuditAction, appointmentId: number, fields: string[]) {
  w.audit({ action, entity: 'case', entityId: caseId, fields: [`appointment:${appointmentId}`, ...fields] });
}

/** Appoints a coordinator to an open case after the checks. The case page's and the import's way in. */
export function appoint(w: Writer, caseId: number, fields: NewAppointment): number {
  const { record, person } = openCase(w.db, caseId);
  checkAppointment(w, record, person.id, { ...fields, endDate: null }, { except: [], isNew: true });
  const id = insertAppointment(w, { caseId, personId: person.id }, fields, NOT_ENDED);
  refreshAfterWrite(w, caseId);
  logChange(w, caseId, 'appointment_create', id, FIELDS);
  return id;
}

/** A change of coordinator: the running appointment ends on the handover day and the next begins. */
export function handOver(w: Writer, input: z.output<typeof changeInput>): void {
  const { db } = w;
  const { record, person, appointments } = openCase(db, input.caseId);
  const ending = requireAppointment(appointments, input.appointmentId);
  if (!isRunning(ending, w.today)) refuse({ appointmentId: 'validation.appointmentEnded' });
  if (input.endDate < ending.startDate) refuse({ endDate: 'validation.endBeforeStart' });
  if (input.next.startDate < input.endDate) refuse({ 'next.startDate': 'validation.startBeforeEnd' });
  // The ended appointment is checked as it will be: ending on the handover day.
  const others = personAppointmentPeriods(db, person.id).map((o) =>
    o.id === ending.id ? { ...o, endDate: input.endDate } : o,
  );
  const coordinator = findCoordinator(db, input.next.coordinatorId);
  if (!coordinator) refuse({ 'next.coordinatorId': 'validation.coordinatorUnknown' });
  if (!coordinator!.active) refuse({ 'next.coordinatorId': 'validation.coordinatorInactive' });
  refuse(appointmentProblems(record, others, { ...input.next, endDate: null }, w.today), 'next.');
  updateAppointment(w, ending.id, {
    ...ending,
    endDate: input.endDate,
    endReason: input.endReason,
    endNote: input.endNote,
  });
  const id = insertAppointment(w, { caseId: input.caseId, personId: person.id }, input.next, NOT_ENDED);
  refreshAfterWrite(w, input.caseId);
  logChange(w, input.caseId, 'appointment_end', ending.id, END_FIELDS);
  logChange(w, input.caseId, 'appointment_create', id, FIELDS);
}

/** Ends a running appointment. */
export function endAppointment(w: Writer, input: z.output<typeof endInput>): void {
  const { appointments } = openCase(w.db, input.caseId);
  const ending = requireAppointment(appointments, input.appointmentId);
  if (!isRunning(ending, w.today)) refuse({ appointmentId: 'validation.appointmentEnded' });
  if (input.endDate < ending.startDate) refuse({ endDate: 'validation.endBeforeStart' });
  const { caseId, appointmentId: _, ...end } = input;
  updateAppointment(w, ending.id, { ...ending, ...end });
  refreshAfterWrite(w, caseId);
  logChange(w, caseId, 'appointment_end', ending.id, END_FIELDS);
}

/** A correction of what was recorded (the coordinator stays); logged with the fields that changed. */
export function correctAppointment(w: Writer, input: z.output<typeof correctInput>): void {
  const { record, person, appointments } = openCase(w.db, input.caseId);
  const before = requireAppointment(appointments, input.appointmentId);
  const { caseId, appointmentId, ...fields } = input;
  const next = { ...fields, coordinatorId: before.coordinatorId };
  checkAppointment(w, record, person.id, next, { except: [appointmentId], isNew: false });
  updateAppointment(w, appointmentId, next);
  refreshAfterWrite(w, caseId);
  const changed = [...FIELDS, ...END_FIELDS].filter(
    (f) => (before as unknown as Record<string, unknown>)[f] !== (next as Record<string, unknown>)[f],
  );
  if (changed.length) logChange(w, caseId, 'appointment_update', appointmentId, changed);
}

/** Removes an appointment recorded by mistake; the log keeps that it was there. */
export function removeAppointment(w: Writer, caseId: number, appointmentId: number): void {
  const { appointments } = openCase(w.db, caseId);
  requireAppointment(appointments, appointmentId);
  w.db.prepare('DELETE FROM appointments WHERE id = ?').run(appointmentId);
  refreshAfterWrite(w, caseId);
  logChange(w, caseId, 'appointment_remove', appointmentId, []);
}

/**
 * When a case is closed its running appointments end on the closing day (or on their start, for
 * one that had not begun): a closed case owes no coordinator. Called by the closing's step writer
 * after its own row; each end is logged.
 */
export function endAppointmentsOnClosing(w: Writer, caseId: number, date: string): void {
  const running = w.db
    .prepare('SELECT id FROM appointments WHERE case_id = ? AND (end_date IS NULL OR end_date > ?)')
    .all(caseId, date) as { id: number }[];
  if (running.length === 0) return;
  const end = w.db.prepare(
    `UPDATE appointments SET end_date = MAX(start_date, @date), end_reason = 'caseClosed', updated_at = @at
     WHERE id = @id`,
  );
  for (const { id } of running) end.run({ id, date, at: w.at });
  refreshAfterWrite(w, caseId);
  for (const { id } of running) logChange(w, caseId, 'appointment_end', id, ['endDate', 'endReason']);
}

/**
 * Appointments of the register's past as the demo makes them, each with its end: written without
 * today's checks of a new appointment (a coordinator who has left since, a case closed since),
 * refreshed once and logged each.
 */
export function recordPastAppointments(
  w: Writer,
  ids: { caseId: number; personId: number },
  appointments: readonly (NewAppointment & AppointmentEndFields)[],
): number[] {
  const written = appointments.map((a) => insertAppointment(w, ids, a, a));
  refreshAfterWrite(w, ids.caseId);
  for (const id of written) logChange(w, ids.caseId, 'appointment_create', id, [...FIELDS, ...END_FIELDS]);
  return written;
}

const NOT_ENDED: AppointmentEndFields = { endDate: null, endReason: null, endNote: '' };

const pick = (a: NewAppointment) => ({
  coordinatorId: a.coordinatorId,
  role: a.role,
  startDate: a.startDate,
  familyWish: a.familyWish,
  familyNotifiedDate: a.familyNotifiedDate,
  partnersNotifiedDate: a.partnersNotifiedDate,
});

function insertAppointment(
  w: Writer,
  ids: { caseId: number; personId: number },
  a: NewAppointment,
  end: AppointmentEndFields,
): number {
  const { lastInsertRowid } = w.db
    .prepare(
      `INSERT INTO appointments (case_id, person_id, coordinator_id, role, start_date, family_wish,
         family_notified_date, partners_notified_date, end_date, end_reason, end_note, recorded_by, recorded_at,
         updated_at)
       VALUES (@caseId, @personId, @coordinatorId, @role, @startDate, @familyWish,
         @familyNotifiedDate, @partnersNotifiedDate, @endDate, @endReason, @endNote, @by, @at, @at)`,
    )
    .run({ ...ids, ...pick(a), ...end, by: w.by, at: w.at });
  return Number(lastInsertRowid);
}

function updateAppointment(w: Writer, id: number, a: NewAppointment & AppointmentEndFields): void {
  w.db
    .prepare(
      `UPDATE appointments SET role = @role, start_date = @startDate, family_wish = @familyWish,
         family_notified_date = @familyNotifiedDate, partners_notified_date = @partnersNotifiedDate,
         end_date = @endDate, end_reason = @endReason, end_note = @endNote, updated_at = @at
       WHERE id = @id`,
    )
    .run({ ...pick(a), endDate: a.endDate, endReason: a.endReason, endNote: a.endNote, at: w.at, id });
}
