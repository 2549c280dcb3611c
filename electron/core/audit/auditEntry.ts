import type { AuditAction, AuditEntity } from '@shared/api/audit';

/** One row of the audit log as written: who did what to which record, and the fields it touched. */
export interface AuditEntry {
  userId: number | null;
  username: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | number | null;
  /** Names of the fields read or changed; never their values. */
  fields?: string[];
}
