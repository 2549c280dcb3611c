import { roles } from '../../../shared/api/channel';
import { letterKinds } from '../../../shared/api/letters';
import type { RegisterExportSheet } from '../../../shared/api/registerExport';
import {
  applicants,
  caseChannels,
  caseStatuses,
  consentGivers,
  consentTypes,
  decisionOutcomes,
  governorOutcomes,
  mappingForms,
  reassessmentOutcomes,
  relationKinds,
  rights,
  stepKinds,
  transitionOutcomes,
  type StepKind,
} from '../../../shared/domain/case';
import { appointmentRoles, endReasons, familyWishes } from '../../../shared/domain/coordination';
import {
  goalStatuses,
  lifeAreas,
  measureStatuses,
  meetingKinds,
  memberKinds,
  planPointKeys,
  planTools,
} from '../../../shared/domain/plan';
import { courseTypes } from '../../../shared/domain/training';
import texts from '../../../shared/i18n/registerExport.nb.json' with { type: 'json' };
import type { Db } from '../storage/database';

/**
 * What the export of the whole register holds, sheet by sheet: the SQL that reads each kind of
 * record, its columns with their value types, and (from registerExport.nb.json) the header text
 * and the explanation the first sheet gives. The header texts are the format: `loadExport` finds
 * the columns by them, so changing one is a new format version.
 *
 * Never in it: the key file, password hashes, key slots, the recovery code, drafts, the audit log
 * or the settings about backups and keys that only this installation needs.
 */

/** Written on the first sheet; `loadExport` reads a workbook only when it finds them. */
export const EXPORT_FORMAT = 'samordna-eksport';
export const EXPORT_FORMAT_VERSION = 1;

/**
 * How a value is written and read back. `date` is a real Excel date (a calendar day, no time);
 * `timestamp` is an ISO instant in UTC kept as text, so it survives to the millisecond; `list`
 * is codes joined by ", "; `json` is JSON text.
 */
export const valueTypes = ['text', 'number', 'date', 'timestamp', 'boolean', 'json', 'list'] as const;
export type ValueType = (typeof valueTypes)[number];

/** One cell as the export holds it: dates and timestamps as ISO text, lists joined. */
export type Cell = string | number | boolean | null;

export interface ColumnDef {
  /** The name in the register (the SQL alias), and the key of its texts. */
  key: string;
  type: ValueType;
  /** May be empty; an empty text column that is not nullable reads as ''. */
  nullable?: boolean;
  /** Must not be empty (a name, a code). */
  required?: boolean;
  /** Holds an Id of this sheet. */
  ref?: RegisterExportSheet;
  /** The codes it may hold. */
  values?: readonly string[];
  /** Computed by Samordna or repeated from another sheet: written for reading, never read back. */
  derived?: boolean;
  /** The register's own name where it is not `key` (a field inside case_steps.data). */
  technical?: string;
}

export interface SheetDef {
  key: RegisterExportSheet;
  /** Read back by registerExport.load (the others are there for reading only). */
  loaded: boolean;
  /** Ids of its own in the column `id` (the others hang on their parents' ids). */
  hasId: boolean;
  sql: string;
  columns: ColumnDef[];
  /** The rows one SQL row becomes, by column key; by default the SQL row itself. */
  expand?: (row: Record<string, unknown>) => Record<string, unknown>[];
}

const id: ColumnDef = { key: 'id', type: 'number', required: true };
const ref = (key: string, sheet: RegisterExportSheet, nullable = false): ColumnDef => ({
  key,
  type: 'number',
  ref: sheet,
  ...(nullable ? { nullable } : { required: true }),
});
const text = (key: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({ key, type: 'text', ...extra });
const code = (key: string, values: readonly string[], nullable = false): ColumnDef => ({
  key,
  type: 'text',
  values,
  ...(nullable ? { nullable } : { required: true }),
});
const date = (key: string, nullable = false): ColumnDef => ({
  key,
  type: 'date',
  ...(nullable ? { nullable } : { required: true }),
});
const flag = (key: string): ColumnDef => ({ key, type: 'boolean', required: true });
const stamp = (key: string): ColumnDef => ({ key, type: 'timestamp', required: true });
const derived = (column: ColumnDef): ColumnDef => ({
  ...column,
  derived: true,
  nullable: true,
  required: false,
});
const caseNumber = derived(text('case_number'));
const recorded = [text('recorded_by'), stamp('recorded_at'), stamp('updated_at')];

/**
 * The fields of a workflow step (case_steps.data), one column each across all kinds, with the kinds
 * that have it. The step's own date is the sheet's `date` column (see `stepDateField`). A test
 * holds this list to the contract's step schemas, so a new field cannot be left out of the export.
 */
export interface StepField {
  key: string;
  type: ValueType;
  kinds: readonly StepKind[];
  values?: readonly string[];
  ref?: RegisterExportSheet;
}
export const STEP_FIELDS: readonly StepField[] = [
  { key: 'form', type: 'text', kinds: ['mapping'], values: mappingForms },
  { key: 'participants', type: 'text', kinds: ['mapping'] },
  { key: 'childParticipated', type: 'boolean', kinds: ['mapping'] },
  { key: 'childViews', type: 'text', kinds: ['mapping'] },
  { key: 'type', type: 'text', kinds: ['consent'], values: consentTypes },
  { key: 'givenBy', type: 'text', kinds: ['consent'], values: consentGivers },
  { key: 'givenByName', type: 'text', kinds: ['consent'] },
  { key: 'validUntil', type: 'date', kinds: ['consent'] },
  { key: 'scope', type: 'text', kinds: ['consent'] },
  { key: 'withdrawnDate', type: 'date', kinds: ['consent'] },
  { key: 'sentDate', type: 'date', kinds: ['interimReply'] },
  {
    key: 'reason',
    type: 'text',
    kinds: ['interimReply', 'closing', 'reopening'],
  },
  { key: 'expectedDate', type: 'date', kinds: ['interimReply'] },
  { key: 'right', type: 'text', kinds: ['assessment', 'decision'], values: rights },
  { key: 'conditions', type: 'json', kinds: ['assessment'] },
  {
    key: 'outcome',
    type: 'text',
    kinds: ['decision', 'transition'],
    values: [...decisionOutcomes, ...transitionOutcomes],
  },
  { key: 'reasons', type: 'text', kinds: ['decision'] },
  { key: 'legalBasis', type: 'text', kinds: ['decision'] },
  { key: 'decisionDate', type: 'date', kinds: ['decision'] },
  { key: 'notifiedDate', type: 'date', kinds: ['decision'] },
  { key: 'decisionId', type: 'number', kinds: ['appeal'], ref: 'steps' },
  { key: 'receivedDate', type: 'date', kinds: ['appeal'] },
  { key: 'reassessment', type: 'text', kinds: ['appeal'], values: reassessmentOutcomes },
  { key: 'reassessmentDate', type: 'date', kinds: ['appeal'] },
  { key: 'forwardedDate', type: 'date', kinds: ['appeal'] },
  { key: 'governorOutcome', type: 'text', kinds: ['appeal'], values: governorOutcomes },
  { key: 'governorOutcomeDate', type: 'date', kinds: ['appeal'] },
  { key: 'extendedUntil', type: 'date', kinds: ['transition'] },
  { key: 'note', type: 'text', kinds: ['transition', 'closing'] },
];

/** The kinds whose data holds `date` itself; the others' date is sentDate, decisionDate or receivedDate. */
export const KINDS_WITH_DATE: ReadonlySet<StepKind> = new Set([
  'mapping',
  'consent',
  'assessment',
  'transition',
  'closing',
  'reopening',
]);

function stepRow(r: Record<string, unknown>): Record<string, unknown>[] {
  const data = JSON.parse(String(r.data)) as Record<string, unknown>;
  const row: Record<string, unknown> = { ...r };
  delete row.data;
  for (const f of STEP_FIELDS) {
    const value = data[f.key];
    row[f.key] =
      value === undefined || value === null ? null : f.type === 'json' ? JSON.stringify(value) : value;
  }
  return [row];
}

/** Settings that belong to the register, not to this PC's installation or its keys. */
export const EXPORTED_SETTINGS = [
  'municipality.name',
  'session.idleTimeoutMinutes',
  'register.demo',
  'case.rules',
  'coordination.rules',
  'plan.rules',
  'report.rules',
  'letters.settings',
  'backup.settings',
] as const;
/** What a load takes over: the rules and the letters' set-up. */
export const LOADED_SETTINGS = [
  'case.rules',
  'coordination.rules',
  'plan.rules',
  'report.rules',
  'letters.settings',
] as const;
export type LoadedSetting = (typeof LOADED_SETTINGS)[number];

/** Excel holds at most 32 767 characters in a cell; a longer value (a logo) goes over several rows. */
export const SETTING_PART_CHARS = 30_000;

function settingRows(r: Record<string, unknown>): Record<string, unknown>[] {
  const value = String(r.value);
  const rows: Record<string, unknown>[] = [];
  for (let at = 0, part = 1; at < value.length || part === 1; at += SETTING_PART_CHARS, part++)
    rows.push({ key: r.key, part, value: value.slice(at, at + SETTING_PART_CHARS) });
  return rows;
}

const inList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

export const SHEETS: readonly SheetDef[] = [
  {
    key: 'persons',
    loaded: true,
    hasId: true,
    sql: `SELECT id, name, national_id, birth_date, due_date, address, phone, email, interpreter_needed,
            interpreter_language, created_at, updated_at FROM persons ORDER BY id`,
    columns: [
      id,
      text('name', { required: true }),
      text('national_id', { nullable: true }),
      date('birth_date', true),
      date('due_date', true),
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
      { key: 'position', type: 'number', required: true },
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
    sql: `SELECT id, case_number, person_id, received_date, channel, applied_by, applied_by_name,
            rights_requested, need_description, created_at, updated_at, status, office_deadline,
            office_deadline_kind, appeal_deadline, decided_date, closed_date, rights_granted
          FROM cases ORDER BY id`,
    columns: [
      id,
      text('case_number', { required: true }),
      ref('person_id', 'persons'),
      date('received_date'),
      code('channel', caseChannels),
      code('applied_by', applicants),
      text('applied_by_name'),
      { key: 'rights_requested', type: 'list', values: rights, required: true },
      text('need_description'),
      stamp('created_at'),
      stamp('updated_at'),
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
      { key: 'position', type: 'number', required: true },
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
    sql: `SELECT s.id, s.case_id, c.case_number, json_extract(s.data, '$.right') AS "right",
            json_extract(s.data, '$.outcome') AS outcome, json_extract(s.data, '$.decisionDate') AS decision_date,
            json_extract(s.data, '$.notifiedDate') AS notified_date,
            json_extract(s.data, '$.legalBasis') AS legal_basis, json_extract(s.data, '$.reasons') AS reasons,
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
  {
    key: 'coordinators',
    loaded: true,
    hasId: true,
    sql: `SELECT id, name, service_unit_id, position, phone, email, capacity, active, created_at, updated_at
          FROM coordinators ORDER BY id`,
    columns: [
      id,
      text('name', { required: true }),
      ref('service_unit_id', 'serviceUnits'),
      text('position'),
      text('phone'),
      text('email'),
      { key: 'capacity', type: 'number', nullable: true },
      flag('active'),
      stamp('created_at'),
      stamp('updated_at'),
    ],
  },
  {
    key: 'serviceUnits',
    loaded: true,
    hasId: true,
    sql: 'SELECT id, name, active, created_at, updated_at FROM service_units ORDER BY id',
    columns: [id, text('name', { required: true }), flag('active'), stamp('created_at'), stamp('updated_at')],
  },
  {
    key: 'courses',
    loaded: true,
    hasId: true,
    sql: `SELECT id, name, provider, type, validity_months, required, active, created_at, updated_at
          FROM courses ORDER BY id`,
    columns: [
      id,
      text('name', { required: true }),
      text('provider'),
      code('type', courseTypes),
      { key: 'validity_months', type: 'number', nullable: true },
      flag('required'),
      flag('active'),
      stamp('created_at'),
      stamp('updated_at'),
    ],
  },
  {
    key: 'trainingSessions',
    loaded: true,
    hasId: true,
    sql: `SELECT id, course_id, date, place, note, recorded_by, recorded_at, updated_at
          FROM training_sessions ORDER BY id`,
    columns: [id, ref('course_id', 'courses'), date('date'), text('place'), text('note'), ...recorded],
  },
  {
    key: 'completions',
    loaded: true,
    hasId: true,
    sql: `SELECT id, coordinator_id, course_id, session_id, date, note, recorded_by, recorded_at
          FROM training_completions ORDER BY id`,
    columns: [
      id,
      ref('coordinator_id', 'coordinators'),
      ref('course_id', 'courses'),
      ref('session_id', 'trainingSessions', true),
      date('date'),
      text('note'),
      text('recorded_by'),
      stamp('recorded_at'),
    ],
  },
  {
    key: 'guidance',
    loaded: true,
    hasId: true,
    sql: `SELECT id, date, topic, note, recorded_by, recorded_at, updated_at FROM guidance_sessions ORDER BY id`,
    columns: [id, date('date'), text('topic', { required: true }), text('note'), ...recorded],
  },
  {
    key: 'guidanceParticipants',
    loaded: true,
    hasId: false,
    sql: `SELECT session_id, coordinator_id FROM guidance_participants ORDER BY session_id, coordinator_id`,
    columns: [ref('session_id', 'guidance'), ref('coordinator_id', 'coordinators')],
  },
  {
    key: 'plans',
    loaded: true,
    hasId: true,
    sql: `SELECT p.id, p.case_id, c.case_number, p.wanted, p.tool, p.tool_reference, p.period_start,
            p.period_end, p.next_revision_date, p.last_evaluation_date, p.closed_date, p.closed_note,
            p.recorded_by, p.recorded_at, p.updated_at
          FROM plans p JOIN cases c ON c.id = p.case_id ORDER BY p.id`,
    columns: [
      id,
      ref('case_id', 'cases'),
      caseNumber,
      flag('wanted'),
      code('tool', planTools, true),
      text('tool_reference'),
      date('period_start', true),
      date('period_end', true),
      date('next_revision_date', true),
      date('last_evaluation_date', true),
      date('closed_date', true),
      text('closed_note'),
      ...recorded,
    ],
  },
  {
    key: 'planPoints',
    loaded: true,
    hasId: false,
    sql: `SELECT plan_id, point, covered, note FROM plan_points ORDER BY plan_id, point`,
    columns: [ref('plan_id', 'plans'), code('point', planPointKeys), flag('covered'), text('note')],
  },
  {
    key: 'goals',
    loaded: true,
    hasId: true,
    sql: `SELECT id, plan_id, position, text, area, status, target_date, achieved_date FROM plan_goals ORDER BY id`,
    columns: [
      id,
      ref('plan_id', 'plans'),
      { key: 'position', type: 'number', required: true },
      text('text', { required: true }),
      code('area', lifeAreas),
      code('status', goalStatuses),
      date('target_date', true),
      date('achieved_date', true),
    ],
  },
  {
    key: 'measures',
    loaded: true,
    hasId: true,
    sql: `SELECT id, goal_id, position, text, service_unit_id, due_date, status FROM plan_measures ORDER BY id`,
    columns: [
      id,
      ref('goal_id', 'goals'),
      { key: 'position', type: 'number', required: true },
      text('text', { required: true }),
      ref('service_unit_id', 'serviceUnits', true),
      date('due_date', true),
      code('status', measureStatuses),
    ],
  },
  {
    key: 'members',
    loaded: true,
    hasId: true,
    sql: `SELECT id, plan_id, kind, name, role, service_unit_id FROM plan_members ORDER BY id`,
    columns: [
      id,
      ref('plan_id', 'plans'),
      code('kind', memberKinds),
      text('name', { required: true }),
      text('role'),
      ref('service_unit_id', 'serviceUnits', true),
    ],
  },
  {
    key: 'meetings',
    loaded: true,
    hasId: true,
    sql: `SELECT id, plan_id, date, kind, other_participants, minutes_written, minutes_reference,
            next_meeting_date, recorded_by, recorded_at, updated_at FROM plan_meetings ORDER BY id`,
    columns: [
      id,
      ref('plan_id', 'plans'),
      date('date'),
      code('kind', meetingKinds),
      text('other_participants'),
      flag('minutes_written'),
      text('minutes_reference'),
      date('next_meeting_date', true),
      ...recorded,
    ],
  },
  {
    key: 'meetingParticipants',
    loaded: true,
    hasId: false,
    sql: `SELECT meeting_id, member_id FROM plan_meeting_participants ORDER BY meeting_id, member_id`,
    columns: [ref('meeting_id', 'meetings'), ref('member_id', 'members')],
  },
  {
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
  },
  {
    key: 'users',
    loaded: false,
    hasId: false,
    // Only these columns: the users table holds no secret, and the key slots live in the key file.
    sql: 'SELECT username, display_name, role, active, created_at FROM users ORDER BY id',
    columns: [
      text('username'),
      text('display_name'),
      code('role', roles),
      flag('active'),
      stamp('created_at'),
    ],
  },
  {
    key: 'settings',
    loaded: true,
    hasId: false,
    sql: `SELECT key, value FROM settings WHERE key IN (${inList(EXPORTED_SETTINGS)}) ORDER BY key`,
    columns: [
      text('key', { required: true }),
      { key: 'part', type: 'number', required: true },
      text('value', { required: true }),
    ],
    expand: settingRows,
  },
];

export const sheetDef = (key: RegisterExportSheet): SheetDef => SHEETS.find((s) => s.key === key)!;

// ---- Texts (bokmål: the workbook is written in it) ----

const sheetTexts = texts.registerExport.sheets as Record<string, { name: string; description: string }>;
const columnTexts = texts.registerExport.columns as Record<string, Record<string, string>>;
const columnHelp = texts.registerExport.columnHelp as Record<string, Record<string, string> | undefined>;
const commonHelp = texts.registerExport.help as Record<string, string>;

/** A text with its {{placeholders}} filled. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

export const sheetName = (key: RegisterExportSheet) => sheetTexts[key]!.name;
export const sheetDescription = (key: RegisterExportSheet) => sheetTexts[key]!.description;
export const columnHeader = (sheet: RegisterExportSheet, column: string) => columnTexts[sheet]![column]!;
export const typeName = (type: ValueType) => texts.registerExport.types[type];

/** The explanation of a column on the first sheet: what it holds, what it points to, its codes. */
export function columnExplanation(sheet: SheetDef, column: ColumnDef): string {
  const own = columnHelp[sheet.key]?.[column.key] ?? commonHelp[column.key];
  return [
    own,
    column.ref ? fill(commonHelp.refTo!, { sheet: sheetName(column.ref) }) : null,
    column.values ? fill(commonHelp.values!, { values: column.values.join(', ') }) : null,
    column.nullable && !column.derived ? commonHelp.nullable : null,
    column.derived ? commonHelp.derived : null,
    sheet.key === 'settings' && column.key === 'part' ? commonHelp.parts : null,
  ]
    .filter(Boolean)
    .join(' ');
}

// ---- Reading ----

/** A value as SQLite (or a step's JSON) gives it, as the cell the export holds. */
function cellOf(type: ValueType, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'boolean':
      return value === 1 || value === true;
    case 'number':
      return Number(value);
    case 'list':
      return (JSON.parse(String(value)) as string[]).join(', ');
    default:
      return String(value);
  }
}

/** Every row of one sheet, as cells in the order of its columns. */
export function readSheet(db: Db, sheet: SheetDef): Cell[][] {
  const rows: Cell[][] = [];
  for (const raw of db.prepare(sheet.sql).iterate() as Iterable<Record<string, unknown>>)
    for (const r of sheet.expand ? sheet.expand(raw) : [raw])
      rows.push(sheet.columns.map((c) => cellOf(c.type, r[c.key])));
  return rows;
}

/** Rows per sheet as an export would write them now (for the settings screen: no values read). */
export function countSheets(db: Db): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sheet of SHEETS)
    counts[sheet.key] =
      sheet.key === 'settings'
        ? readSheet(db, sheet).length
        : (db.prepare(`SELECT count(*) AS n FROM (${sheet.sql})`).get() as { n: number }).n;
  return counts;
}

/** No persons, cases, coordinators or plans: an export may be loaded. */
export function registerIsEmpty(db: Db): boolean {
  return (
    (
      db
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM persons) OR EXISTS (SELECT 1 FROM cases)
           OR EXISTS (SELECT 1 FROM coordinators) OR EXISTS (SELECT 1 FROM plans) AS taken`,
        )
        .get() as { taken: number }
    ).taken === 0
  );
}
