import type { CaseStep } from '@shared/domain/case';
import { stepDate } from '@shared/domain/caseSteps';

import { caseColumns, caseFieldColumns, caseFieldKeys, type CaseColumn } from '../cases/caseColumns';
import { searchFold, sortKey } from '../cases/searchText';
import { bit, byId, type LoadWriter } from './loadWriter';
import type { Row } from './parsedExport';

/**
 * A load's writing of persons and their cases: relations, the cases with their services, the
 * workflow steps, the coordinators' appointments, and (after the plans) the letters. A case's
 * status and deadlines are not written: they are derived from its steps once all is in.
 */
export function writeLoadedCases(w: LoadWriter): void {
  w.insertRows(
    'persons',
    `INSERT INTO persons (name, search_name, sort_name, national_id, birth_date, due_date, birth_year, birth_month,
       address, phone, email, interpreter_needed, interpreter_language, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    (v) => {
      const name = String(v.name);
      return [
        name,
        searchFold(name),
        sortKey(name),
        v.national_id,
        v.birth_date,
        v.due_date,
        v.birth_year,
        v.birth_month,
        v.address,
        v.phone,
        v.email,
        bit(v.interpreter_needed),
        v.interpreter_language,
        v.created_at,
        v.updated_at,
      ];
    },
  );
  w.insertRows(
    'relations',
    `INSERT INTO person_relations (person_id, position, name, relation, parental_responsibility, may_consent, phone,
       email, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    (v) => [
      w.newId('persons', v.person_id),
      v.position,
      v.name,
      v.relation,
      bit(v.parental_responsibility),
      bit(v.may_consent),
      v.phone,
      v.email,
      v.address,
    ],
  );
  const personOfCase = writeCases(w);
  writeSteps(w);
  writeAppointments(w, personOfCase);
}

/** The cases, each with its services; returns each new case's new person id. */
function writeCases(w: LoadWriter): Map<number, number> {
  const { rows } = w.checked;
  // A case's services are one JSON list on the case, in the order of their positions.
  const servicesOf = new Map<number, Row[]>();
  for (const r of rows.services)
    servicesOf.set(r.v.case_id as number, [...(servicesOf.get(r.v.case_id as number) ?? []), r]);
  const insertCase = w.inserter(
    'cases',
    `INSERT INTO cases (case_number, person_id, ${caseFieldColumns.join(', ')}, created_at, updated_at,
       anonymised_at, status)
     VALUES (?, ?, ${caseFieldColumns.map(() => '?').join(', ')}, ?, ?, ?, 'received')`,
  );
  const personOfCase = new Map<number, number>();
  for (const r of byId(rows.cases)) {
    const v = r.v;
    const services = (servicesOf.get(v.id as number) ?? [])
      .sort((a, b) => (a.v.position as number) - (b.v.position as number))
      .map((s) => ({
        serviceUnitId: w.newId('serviceUnits', s.v.service_unit_id),
        provider: s.v.provider,
        contact: s.v.contact,
        status: s.v.status,
      }));
    const personId = w.newId('persons', v.person_id)!;
    const id = insertCase(r, [
      v.case_number,
      personId,
      ...caseFieldKeys.map((key) => {
        const c: CaseColumn = caseColumns[key];
        if (c.kind === 'services') return JSON.stringify(services);
        if (c.kind === 'codes') return JSON.stringify(v[c.column]);
        // A text column a file of an older format lacks is empty.
        return c.kind === 'text' ? (v[c.column] ?? '') : v[c.column];
      }),
      v.created_at,
      v.updated_at,
      v.anonymised_at,
    ]);
    w.ids.cases.set(v.id as number, id);
    personOfCase.set(id, personId);
  }
  return personOfCase;
}

function writeSteps(w: LoadWriter): void {
  const { rows, stepData } = w.checked;
  // Steps in Id order; an appeal names its decision's new id, filled in afterwards when the
  // decision comes later in the file.
  const insertStep = w.inserter(
    'steps',
    `INSERT INTO case_steps (case_id, kind, date, data, recorded_by, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const setStepData = w.db.prepare('UPDATE case_steps SET data = ? WHERE id = ?');
  const appeals: { id: number; data: Record<string, unknown>; row: Row }[] = [];
  for (const r of byId(rows.steps)) {
    const v = r.v;
    const data = { ...stepData.get(r)! };
    const date = stepDate({ kind: v.kind, ...data } as unknown as CaseStep);
    if (v.kind === 'appeal') data.decisionId = w.newId('steps', data.decisionId) ?? 0;
    const id = insertStep(r, [
      w.newId('cases', v.case_id),
      v.kind,
      date,
      JSON.stringify(data),
      v.recorded_by,
      v.recorded_at,
      v.updated_at,
    ]);
    w.ids.steps.set(v.id as number, id);
    if (v.kind === 'appeal' && data.decisionId === 0) appeals.push({ id, data, row: r });
  }
  for (const a of appeals) {
    const data = { ...a.data, decisionId: w.newId('steps', stepData.get(a.row)!.decisionId) };
    setStepData.run(JSON.stringify(data), a.id);
  }
}

/** The appointments; their person is their case's, whatever the file's derived column says. */
function writeAppointments(w: LoadWriter, personOfCase: Map<number, number>): void {
  w.insertRows(
    'appointments',
    `INSERT INTO appointments (case_id, person_id, coordinator_id, role, start_date, family_wish, family_notified_date,
       partners_notified_date, end_date, end_reason, end_note, recorded_by, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    (v) => {
      const caseId = w.newId('cases', v.case_id)!;
      return [
        caseId,
        personOfCase.get(caseId),
        w.newId('coordinators', v.coordinator_id),
        v.role,
        v.start_date,
        v.family_wish,
        v.family_notified_date,
        v.partners_notified_date,
        v.end_date,
        v.end_reason,
        v.end_note,
        v.recorded_by,
        v.recorded_at,
        v.updated_at,
      ];
    },
  );
}

/** The letters, after the plans as in the file; a decision letter names its decision's new id. */
export function writeLoadedLetters(w: LoadWriter): void {
  w.insertRows(
    'letters',
    `INSERT INTO letters (case_id, kind, decision_step_id, letter_date, body, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    (v) => [
      w.newId('cases', v.case_id),
      v.kind,
      w.newId('steps', v.decision_step_id),
      v.letter_date,
      v.body,
      v.created_by,
      v.created_at,
    ],
  );
}

/** The archive copies; who made one is the user of that name here, or no one. */
export function writeLoadedArchiveCopies(w: LoadWriter): void {
  const user = w.db.prepare('SELECT id FROM users WHERE username = ?');
  w.insertRows(
    'archiveCopies',
    'INSERT INTO archive_copies (case_id, made_at, made_by, documents) VALUES (?, ?, ?, ?)',
    (v) => [
      w.newId('cases', v.case_id),
      v.made_at,
      v.made_by ? ((user.get(v.made_by) as { id: number } | undefined)?.id ?? null) : null,
      v.documents,
    ],
  );
}
