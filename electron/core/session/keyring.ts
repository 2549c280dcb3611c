import { readAuditHead } from '../audit/auditAnchor';
import { appendAudit } from '../audit/auditLog';
import { getSetting, setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { writeKeyFile, type KeyFile } from '../storage/keyFile';

/**
 * The changes of who can unlock the register that the key file records (stored there as written;
 * a late audit row names one as `action:<it>`).
 */
export type KeyChangeAction =
  'user_create' | 'password_change' | 'password_reset' | 'password_reset_recovery' | 'deactivate';

/** A change of who can unlock the register, as the key file records it until its audit row exists. */
export interface KeyChange {
  action: KeyChangeAction;
  entityId?: string | number | null;
}

/**
 * Writes the key file and its copy with the audit log's head of this moment (the anchor that
 * shows a cut log). A change of who can unlock is numbered in the key file first and in the
 * database with its audit row (`markKeyChangeRecorded`, same transaction): a crash between the
 * two is found by `reconcileKeyChanges` at the next login.
 */
export function saveKeyFile(
  keysPath: string,
  db: Db,
  keyFile: KeyFile,
  change: KeyChange | null,
  at: Date,
): KeyFile {
  const keyChange = change
    ? {
        serial: (keyFile.keyChange?.serial ?? 0) + 1,
        action: change.action,
        entityId: change.entityId == null ? null : String(change.entityId),
        at: at.toISOString(),
      }
    : keyFile.keyChange;
  return writeKeyFile(keysPath, {
    ...keyFile,
    keyChange,
    anchor: { ...readAuditHead(db), at: at.toISOString() },
  });
}

/** In the transaction of the change's audit row: the key file's change is now recorded. */
export function markKeyChangeRecorded(db: Db, keyFile: KeyFile): void {
  setSetting(db, 'keys.recordedChange', keyFile.keyChange?.serial ?? 0);
}

/**
 * A change the key file has but the log has not (the process stopped between the two writes):
 * recorded now, naming what the key file says happened and when.
 */
export function reconcileKeyChanges(db: Db, keyFile: KeyFile, at: Date): void {
  const change = keyFile.keyChange;
  if (!change || change.serial <= getSetting(db, 'keys.recordedChange')) return;
  db.transaction(() => {
    // A deactivation stopped after its re-key: the key file no longer lets the user in, so the
    // register says so too.
    if (change.action === 'deactivate' && change.entityId !== null) {
      db.prepare('UPDATE users SET active = 0, updated_at = ? WHERE id = ?').run(
        at.toISOString(),
        change.entityId,
      );
      db.prepare('DELETE FROM drafts WHERE user_id = ?').run(change.entityId);
    }
    appendAudit(
      db,
      {
        userId: null,
        username: 'system',
        action: 'key_change_unrecorded',
        entity: 'keys',
        entityId: change.entityId,
        fields: [`action:${change.action}`, `at:${change.at}`],
      },
      at,
    );
    markKeyChangeRecorded(db, keyFile);
  })();
}
