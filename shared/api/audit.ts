import { z } from 'zod';

import { ADMIN_ONLY, channel } from './channel';
import { id, isoDate } from './fields';

/**
 * What the log records, exactly as core writes it (the stored strings never change: the rows are
 * hash-chained). A new action or record kind is added here first, with its text in
 * `shared/i18n/auditLog.*.json`; core's `AuditEntry` is typed by these lists, so an unlisted
 * one fails to compile.
 */
export const AUDIT_ACTIONS = [
  // Sessions and the register
  'setup',
  'login',
  'login_failed',
  'logout',
  'lock',
  'idle_lock',
  'close',
  'unlock',
  'user_locked',
  // Reading and taking data out
  'read',
  'list',
  'print',
  'export',
  // Records in general
  'create',
  'update',
  'remove',
  'deactivate',
  // Users and keys
  'password_change',
  'password_reset',
  'password_reset_recovery',
  'recovery_confirmed',
  'key_change_unrecorded',
  'slot_dropped',
  // Safekeeping
  'backup',
  'restore',
  'audit_cut_found',
  'archive_copy',
  'anonymise',
  'delete',
  // Imports
  'import',
  'import_undo',
  // A case's steps, letters and coordination
  'step_create',
  'step_update',
  'step_remove',
  'letter_create',
  'appointment_create',
  'appointment_update',
  'appointment_end',
  'appointment_remove',
  // A case's plan
  'plan_create',
  'plan_update',
  'plan_points',
  'goal_create',
  'goal_update',
  'goal_remove',
  'goal_move',
  'measure_create',
  'measure_update',
  'measure_remove',
  'measure_move',
  'member_create',
  'member_update',
  'member_remove',
  'meeting_create',
  'meeting_update',
  'meeting_remove',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Which kind of record a row is about. */
export const AUDIT_ENTITIES = [
  'session',
  'register',
  'user',
  'keys',
  'settings',
  'serviceUnit',
  'coordinator',
  'person',
  'case',
  'course',
  'training_session',
  'completion',
  'guidance',
  'import',
  'backup',
  'audit',
  'demo',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** A person a row names, as far as the register still knows them. */
export interface AuditPerson {
  id: number;
  /** Null when the person is no longer in the register (deleted): shown with a neutral word. */
  name: string | null;
  /** The person's case numbers, oldest first. */
  caseNumbers: string[];
}

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  username: string;
  /** The user's name as the register has it now; null for `system` and unknown names. */
  userDisplayName: string | null;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string | null;
  /** The case number of a row about one case (entity `case`); null otherwise or when it is gone. */
  caseNumber: string | null;
  /** Every person the row names (its `person:<id>` fields, the person or the case's person). */
  persons: AuditPerson[];
  /** Names of the fields read or changed (never their values), as stored. */
  fields: string[];
}

/**
 * The log against its head recorded outside the database (key file, backup): the newest rows
 * cut (`missing` of them), the log emptied, or the chain rewritten since `since`.
 */
export interface AuditAnchorFinding {
  kind: 'rowsMissing' | 'emptied' | 'rewritten';
  missing: number;
  since: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first row whose hash or link to the row before does not match. */
  firstBrokenId: number | null;
  anchor: AuditAnchorFinding | null;
}

/** The longest case number the log's filter takes; the register's own are far shorter. */
export const CASE_NUMBER_MAX = 100;
const NO_CONTROL_CHARS = /^[^\p{Cc}]*$/u;

export const auditQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  username: z.string().trim().max(64).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  entity: z.enum(AUDIT_ENTITIES).optional(),
  /** Every row naming this person. */
  personId: id.optional(),
  /** The case's own rows and the rows naming its person that belong to no other case. */
  caseId: id.optional(),
  /**
   * The same by the case's number, as a user types it: any shape the register holds (2027-0042,
   * or SAK/2019/17 from a loaded register), trimmed and bounded; the number is only compared.
   */
  caseNumber: z
    .string()
    .trim()
    .min(1)
    .max(CASE_NUMBER_MAX)
    .regex(NO_CONTROL_CHARS, { message: 'validation.invalid' })
    .optional(),
  limit: z.number().int().min(1).max(1000).default(200),
  offset: z.number().int().min(0).default(0),
});
export type AuditQuery = z.input<typeof auditQuery>;

/** A person offered by the log's person filter. */
export interface AuditPersonMatch extends AuditPerson {
  name: string;
  birthDate: string | null;
}

/** "Innsyn i logg": every row naming one person, for the person to see. */
export interface AuditPersonLog {
  person: AuditPerson;
  rows: AuditRow[];
}

/** A page of the log; `person` is the person filtered on (by person or by case), as known now. */
export interface AuditPage {
  rows: AuditRow[];
  total: number;
  person: AuditPerson | null;
  /** The case filtered on, when it is still in the register. */
  caseId: number | null;
}

export const auditApi = {
  'audit.list': channel<AuditPage>()(auditQuery, ADMIN_ONLY),
  'audit.verify': channel<AuditVerification>()(z.object({}), ADMIN_ONLY),
  /** The log's person filter: by name (words) or fødselsnummer (digits); logged as a list. */
  'audit.findPersons': channel<AuditPersonMatch[]>()(
    z.object({ q: z.string().trim().min(2).max(120) }),
    ADMIN_ONLY,
  ),
  /** A person's log for printing; the print is logged, naming the person. */
  'audit.personLog': channel<AuditPersonLog>()(z.object({ personId: id }), ADMIN_ONLY),
};
