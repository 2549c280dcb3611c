import { z } from 'zod';
import { ADMIN_ONLY, channel } from './channel';
import { isoDate } from './fields';

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  username: string;
  /** What happened: read, create, update, deactivate, login, login_failed, ... */
  action: string;
  /** Which kind of record: coordinator, user, serviceUnit, settings, session, audit, ... */
  entity: string;
  entityId: string | null;
  /** Names of the fields read or changed (never their values). */
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

export const auditQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  username: z.string().trim().max(64).optional(),
  action: z.string().trim().max(40).optional(),
  entity: z.string().trim().max(40).optional(),
  limit: z.number().int().min(1).max(1000).default(200),
  offset: z.number().int().min(0).default(0),
});
export type AuditQuery = z.input<typeof auditQuery>;

export const auditApi = {
  'audit.list': channel<{ rows: AuditRow[]; total: number }>()(auditQuery, ADMIN_ONLY),
  'audit.verify': channel<AuditVerification>()(z.object({}), ADMIN_ONLY),
};
