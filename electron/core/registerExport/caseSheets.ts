import { letterKinds } from '@shared/api/letters';
import { caseStatuses, decisionOutcomes, relationKinds, rights, stepKinds } from '@shared/domain/case';
import { appointmentRoles, endReasons, familyWishes } from '@shared/domain/coordination';

import { caseColumns, caseFieldKeys, type CaseColumn } from '../cases/caseColumns';
import { stepJson, type StepField } from '../cases/stepJson';
import {
  caseNumber,
  code,
  date,
  derived,
  flag,
  id,
  integer,
  recorded,
  ref,
  since,
  stamp,
  text,
  type ColumnDef,
  type SheetDef,
} from './exportColumns';
import { STEP_FIELDS, stepRow } from './stepFields';

/** A field of a decision step, as SQL reads it from the step's JSON. */
const decision = (field: StepField<'decision'>) => stepJson('s', 'decision', field);

/** A case field's column in the export, by its kind in the one table of case fields. */
function exportColumn(c: CaseColumn): ColumnDef | null {
  const column: ColumnDef | null =
    c.kind === 'date'
      ? date(c.column)
      : c.kind === 'code'
        ? code(c.column, c.values)
        : c.kind === 'codes'
          ? { key: c.column, type: 'list', values: c.values, required: true }
          : c.kind === 'text'
            ? text(c.column)
            : null;
  return column && c.since !== undefined ? since(c.since, column) : column;
}

/** The case's own fields on the cases sheet (the services have a sheet of their own). */
export const EXPORTED_CASE_FIELDS = caseFieldKeys.flatMap((key) => {
  const column = exportColumn(caseColumns[key]);
  return column ? [{ key, column }] : [];
});

/**
 * The export's sheets of persons and their cases: relations, cases with their services, workflow
 * steps (and the decisions among them, for reading only), appointments of coordinators, letters.
 * A case's status and deadlines are written for reading; a load derives them again.
 */

export const CASE_SHEETS: readonly SheetDef[] = [
  {
    key: 'persons',
    loaded: true,
    hasId: true,
    sql: `SELECT id, name, national_id, birth_date, due_date, birth_year, birth_month, address, phone, email,
            interpreter_needed, interpreter_language, created_at, updated_at FROM persons ORDER BY id`,
    columns: [
      id,
      text('name', { required: true }),
      text('national_id', { nullable: true }),
      date('birth_date', true),
      date('due_date', true),
      since(2, integer('birth_year', true)),
      since(2, integer('birth_month', true)),
      text('address'),
      text('phone'),
      text('email'),
      flag('interpreter_needed'),
      text('interpreter_language'),
      stamp('created_at'),
      stamp('updated_at'),
    ],
  },
  {
    key: 'relations',
    loaded: true,
    hasId: true,
    sql: `SELECT id, person_id, position, name, relation, parental_responsibility, may_consent, phone, email,
            address FROM person_relations ORDER BY id`,
    columns: [
      id,
      ref('person_id', 'persons'),
      integer('position'),
      text('name', { required: true }),
      code('relation', relationKinds),
      flag('parental_responsibility'),
      flag('may_consent'),
      text('phone'),
      text('email'),
      text('address'),
    ],
  },
  {
    key: 'cases',
    loaded: true,
    hasId: true,
    sql: `SELECT id, case_number, person_id, ${EXPORTED_CASE_FIELDS.map((f) => f.column.key).join(', ')},
            created_at, updated_at, anonymised_at, status, office_deadline, office_deadline_kind, appeal_deadline,
            decided_date, closed_date, rights_granted
          FROM cases ORDER BY id`,
    columns: [
      id,
      text('case_number', { required: true }),
      ref('person_id', 'persons'),
      ...EXPORTED_CASE_FIELDS.map((f) => f.column),
      stamp('created_at'),
      stamp('updated_at'),
      since(2, stamp('anonymised_at')),
      derived(code('status', caseStatuses)),
      derived(date('office_deadline')),
      derived(code('office_deadline_kind', ['interimReply', 'age18'])),
      derived(date('appeal_deadline')),
      derived(date('decided_date')),
      derived(date('closed_date')),
      derived({ key: 'rights_granted', type: 'list', values: rights }),
    ],
  },
  {
    key: 'services',
    loaded: true,
    hasId: false,
    sql: `SELECT c.id AS case_id, c.case_number, CAST(s.key AS INTEGER) AS position,
            json_extract(s.value, '$.serviceUnitId') AS service_unit_id,
            json_extract(s.value, '$.provider') AS provider, json_extract(s.value, '$.contact') AS contact,
            json_extract(s.value, '$.status') AS status
          FROM cases c, json_each(c.services) s ORDER BY c.id, s.key`,
    columns: [
      ref('case_id', 'cases'),
      caseNumber,
      integer('position'),
      ref('service_unit_id', 'serviceUnits', true),
      text('provider'),
      text('contact'),
      code('status', ['receives', 'needs']),
    ],
  },
  {
    key: 'steps',
    loaded: true,
    hasId: true,
    sql: `SELECT s.id, s.case_id, c.case_number, s.kind, s.date, s.data, s.recorded_by, s.recorded_at,
            s.updated_at
          FROM case_steps s JOIN cases c ON c.id = s.case_id ORDER BY s.id`,
    columns: [
      id,
      ref('case_id', 'cases'),
      caseNumber,
      code('kind', stepKinds),
      date('date'),
      ...STEP_FIELDS.map((f): ColumnDef => ({
        key: f.key,
        type: f.type,
        nullable: true,
        technical: `data.${f.key}`,
        ...(f.ref ? { ref: f.ref } : {}),
      })),
      ...recorded,
    ],
    expand: stepRow,
  },
  {
    key: 'decisions',
    loaded: false,
    hasId: true,
    sql: `SELECT s.id, s.case_id, c.case_number, ${decision('right')} AS "right",
            ${decision('outcome')} AS outcome, ${decision('decisionDate')} AS decision_date,
            ${decision('notifiedDate')} AS notified_date,
            ${decision('legalBasis')} AS legal_basis, ${decision('reasons')} AS reasons,
            s.recorded_by
          FROM case_steps s JOIN cases c ON c.id = s.case_id WHERE s.kind = 'decision' ORDER BY s.id`,
    columns: [
      { ...id, technical: 'case_steps.id' },
      ref('case_id', 'cases'),
      text('case_number'),
      code('right', rights),
      code('outcome', decisionOutcomes),
      date('decision_date'),
      date('notified_date', true),
      text('legal_basis'),
      text('reasons'),
      text('recorded_by'),
    ],
  },
  {
    key: 'appointments',
    loaded: true,
    hasId: true,
    sql: `SELECT a.id, a.case_id, c.case_number, a.person_id, a.coordinator_id, a.role, a.start_date,
            a.family_wish, a.family_notified_date, a.partners_notified_date, a.end_date, a.end_reason,
            a.end_note, a.recorded_by, a.recorded_at, a.updated_at
          FROM appointments a JOIN cases c ON c.id = a.case_id ORDER BY a.id`,
    columns: [
      id,
      ref('case_id', 'cases'),
      caseNumber,
      derived(ref('person_id', 'persons')),
      ref('coordinator_id', 'coordinators'),
      code('role', appointmentRoles),
      date('start_date'),
      code('family_wish', familyWishes),
      date('family_notified_date', true),
      date('partners_notified_date', true),
      date('end_date', true),
      code('end_reason', endReasons, true),
      text('end_note'),
      ...recorded,
    ],
  },
];

/** Apart from the others: in the workbook the letters come after the plans. */
export const LETTER_SHEET: SheetDef = {
  key: 'letters',
  loaded: true,
  hasId: true,
  sql: `SELECT l.id, l.case_id, c.case_number, l.kind, l.decision_step_id, l.letter_date, l.body,
            l.created_by, l.created_at
          FROM letters l JOIN cases c ON c.id = l.case_id ORDER BY l.id`,
  columns: [
    id,
    ref('case_id', 'cases'),
    caseNumber,
    code('kind', letterKinds),
    ref('decision_step_id', 'steps', true),
    date('letter_date'),
    text('body', { required: true }),
    text('created_by'),
    stamp('created_at'),
  ],
};

/**
 * When a case's archive copy was handed over (schema v10): retention asks for it before a closed
 * case goes, so a moved register keeps the fact. Who made it is a user name; a load links it to
 * the user of that name in the register, if there is one.
 */
export const ARCHIVE_COPY_SHEET: SheetDef = {
  key: 'archiveCopies',
  loaded: true,
  hasId: false,
  since: 2,
  sql: `SELECT a.case_id, c.case_number, a.made_at, coalesce(u.username, '') AS made_by, a.documents
        FROM archive_copies a JOIN cases c ON c.id = a.case_id LEFT JOIN users u ON u.id = a.made_by
        ORDER BY a.id`,
  columns: [ref('case_id', 'cases'), caseNumber, stamp('made_at'), text('made_by'), integer('documents')],
};
