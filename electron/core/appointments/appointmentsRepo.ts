import type { Appointment, EndReason } from '@shared/domain/coordination';

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
