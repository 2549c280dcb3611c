import type { CaseRecord, CaseStep, Person, StepKind } from '../../../shared/domain/case';
import type { Appointment } from '../../../shared/domain/coordination';
import {
  STEP_COLUMNS,
  stepsGroupedByCase,
  toRecord,
  type StoredCase,
  type StoredStep,
} from '../cases/casesRepo';
import type { Db } from '../storage/database';

/**
 * The few cases a dashboard must derive with the shared/domain functions (appeals, the interim
 * reply behind an earlier age-18 deadline, cases without a coordinator), read for a set of ids in
 * three queries instead of three per case. SQL finds the candidates; the domain functions decide,
 * so a dashboard agrees with the case page.
 */

export interface LoadedCase {
  record: CaseRecord;
  /** What the derivation reads of the person (dates); relations are not read, so not loaded. */
  person: Person;
}

const IDS = 'SELECT value FROM json_each(@ids)';

/** The case without its free text and services (not read by any derivation: data minimisation). */
interface CaseWithPerson extends StoredCase {
  name: string;
  national_id: string | null;
  birth_date: string | null;
  due_date: string | null;
}

/** `kinds`: only the steps of these kinds (what the derivation reads), for a cheaper read. */
export function loadCases(
  db: Db,
  ids: readonly number[],
  kinds?: readonly StepKind[],
): Map<number, LoadedCase> {
  const loaded = new Map<number, LoadedCase>();
  if (ids.length === 0) return loaded;
  const params = { ids: JSON.stringify(ids) };
  const rows = db
    .prepare(
      `SELECT c.id, c.case_number, c.person_id, c.received_date, c.channel, c.applied_by, c.applied_by_name,
         c.rights_requested, c.created_at, c.updated_at, p.name, p.national_id, p.birth_date, p.due_date
       FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id IN (${IDS})`,
    )
    .all(params) as CaseWithPerson[];
  const steps = stepsByCase(db, params, kinds);
  for (const r of rows) {
    loaded.set(r.id, {
      record: toRecord(r, steps.get(r.id) ?? []),
      person: {
        id: r.person_id,
        name: r.name,
        nationalId: r.national_id,
        birthDate: r.birth_date,
        dueDate: r.due_date,
        address: '',
        phone: '',
        email: '',
        interpreterNeeded: false,
        interpreterLanguage: '',
        relations: [],
      },
    });
  }
  return loaded;
}

/** Steps in timeline order, as loadSteps in casesRepo reads them for one case. */
function stepsByCase(db: Db, params: { ids: string }, kinds?: readonly StepKind[]): Map<number, CaseStep[]> {
  // Kinds are from the fixed list of step kinds, never from input.
  const only = kinds ? `AND kind IN (${kinds.map((k) => `'${k}'`).join(', ')})` : '';
  const rows = db
    .prepare(
      `SELECT case_id, ${STEP_COLUMNS} FROM case_steps
       WHERE case_id IN (${IDS}) ${only} ORDER BY case_id, date, id`,
    )
    .all(params) as (StoredStep & { case_id: number })[];
  return stepsGroupedByCase(rows);
}

/** Appointments of the cases named, oldest first, as caseAppointments reads them for one case. */
export function appointmentsByCase(db: Db, ids: readonly number[]): Map<number, Appointment[]> {
  const byCase = new Map<number, Appointment[]>();
  if (ids.length === 0) return byCase;
  const rows = db
    .prepare(
      `SELECT a.id, a.case_id AS caseId, a.coordinator_id AS coordinatorId, k.name AS coordinatorName,
         s.name AS serviceUnitName, a.role, a.start_date AS startDate, a.family_wish AS familyWish,
         a.family_notified_date AS familyNotifiedDate, a.partners_notified_date AS partnersNotifiedDate,
         a.end_date AS endDate, a.end_reason AS endReason, a.end_note AS endNote, a.recorded_by AS recordedBy,
         a.recorded_at AS recordedAt
       FROM appointments a JOIN coordinators k ON k.id = a.coordinator_id JOIN service_units s ON s.id = k.service_unit_id
       WHERE a.case_id IN (${IDS}) ORDER BY a.case_id, a.start_date, a.id`,
    )
    .all({ ids: JSON.stringify(ids) }) as Appointment[];
  for (const a of rows) {
    const list = byCase.get(a.caseId);
    if (list) list.push(a);
    else byCase.set(a.caseId, [a]);
  }
  return byCase;
}
