import type { Appointment, AppointmentFields, EndReason } from '../../../shared/domain/coordination';
import type { Db } from '../storage/database';

interface Stored {
  id: number;
  case_id: number;
  coordinator_id: number;
  coordinator_name: string;
  service_unit_name: string;
  role: Appointment['role'];
  start_date: string;
  family_wish: Appointment['familyWish'];
  family_notified_date: string | null;
  partners_notified_date: string | null;
  end_date: string | null;
  end_reason: EndReason | null;
  end_note: string;
  recorded_by: string;
  recorded_at: string;
}

const toAppointment = (r: Stored): Appointment => ({
  id: r.id,
  caseId: r.case_id,
  coordinatorId: r.coordinator_id,
  coordinatorName: r.coordinator_name,
  serviceUnitName: r.service_unit_name,
  role: r.role,
  startDate: r.start_date,
  familyWish: r.family_wish,
  familyNotifiedDate: r.family_notified_date,
  partnersNotifiedDate: r.partners_notified_date,
  endDate: r.end_date,
  endReason: r.end_reason,
  endNote: r.end_note,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

/** A case's appointments, oldest first, with each coordinator's name and unit as they are now. */
export function caseAppointments(db: Db, caseId: number): Appointment[] {
  const rows = db
    .prepare(
      `SELECT a.*, k.name AS coordinator_name, s.name AS service_unit_name
       FROM appointments a JOIN coordinators k ON k.id = a.coordinator_id
       JOIN service_units s ON s.id = k.service_unit_id
       WHERE a.case_id = ? ORDER BY a.start_date, a.id`,
    )
    .all(caseId) as Stored[];
  return rows.map(toAppointment);
}

/** The periods a person has had a coordinator, on any of their cases. */
export function personAppointmentPeriods(db: Db, personId: number) {
  return db
    .prepare('SELECT id, start_date AS startDate, end_date AS endDate FROM appointments WHERE person_id = ?')
    .all(personId) as { id: number; startDate: string; endDate: string | null }[];
}

export interface AppointmentEndFields {
  endDate: string | null;
  endReason: EndReason | null;
  endNote: string;
}

export function insertAppointment(
  db: Db,
  ids: { caseId: number; personId: number },
  a: Omit<AppointmentFields, 'endDate'>,
  by: string,
  at: string,
): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO appointments (case_id, person_id, coordinator_id, role, start_date, family_wish,
         family_notified_date, partners_notified_date, recorded_by, recorded_at, updated_at)
       VALUES (@caseId, @personId, @coordinatorId, @role, @startDate, @familyWish,
         @familyNotifiedDate, @partnersNotifiedDate, @by, @at, @at)`,
    )
    .run({ ...ids, ...pick(a), by, at });
  return Number(lastInsertRowid);
}

const pick = (a: Omit<AppointmentFields, 'endDate'>) => ({
  coordinatorId: a.coordinatorId,
  role: a.role,
  startDate: a.startDate,
  familyWish: a.familyWish,
  familyNotifiedDate: a.familyNotifiedDate,
  partnersNotifiedDate: a.partnersNotifiedDate,
});

export function updateAppointment(
  db: Db,
  id: number,
  a: Omit<AppointmentFields, 'endDate'> & AppointmentEndFields,
  at: string,
): void {
  db.prepare(
    `UPDATE appointments SET role = @role, start_date = @startDate, family_wish = @familyWish,
       family_notified_date = @familyNotifiedDate, partners_notified_date = @partnersNotifiedDate,
       end_date = @endDate, end_reason = @endReason, end_note = @endNote, updated_at = @at
     WHERE id = @id`,
  ).run({ ...pick(a), endDate: a.endDate, endReason: a.endReason, endNote: a.endNote, at, id });
}

export function deleteAppointment(db: Db, id: number): void {
  db.prepare('DELETE FROM appointments WHERE id = ?').run(id);
}

/**
 * When a case is closed its running appointments end on the closing day (or on their start, for
 * one that had not begun): a closed case owes no coordinator. Returns the ids ended.
 */
export function endAppointmentsOnClosing(db: Db, caseId: number, date: string, at: string): number[] {
  const running = db
    .prepare('SELECT id FROM appointments WHERE case_id = ? AND (end_date IS NULL OR end_date > ?)')
    .all(caseId, date) as { id: number }[];
  const end = db.prepare(
    `UPDATE appointments SET end_date = MAX(start_date, @date), end_reason = 'caseClosed', updated_at = @at
     WHERE id = @id`,
  );
  for (const { id } of running) end.run({ id, date, at });
  return running.map((r) => r.id);
}
