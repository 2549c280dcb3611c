import type { BackupReason } from '@shared/api/backup';
import errorsNb from '@shared/i18n/errors.nb.json' with { type: 'json' };

import { audit, inTransaction, session, type Ctx } from '../context';
import { CoreError } from '../errors';
import { getSetting, setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { registerPaths } from '../storage/paths';
import { removeMigrationCopies } from './migrationCopies';
import { takeBackup } from './takeBackup';

/*
 * Taking a backup: on request, when the register is closed after a change, and at least daily
 * while it is open. The backup feature, the session and core's timer all take them through here.
 */

export const DAY_MS = 86_400_000;

/** Audit rows that change nothing (reads, sessions, backups) do not call for a new backup. */
function changedSinceLastBackup(db: Db): boolean {
  const last = getSetting(db, 'backup.last');
  return (
    db
      .prepare(
        `SELECT 1 FROM audit WHERE id > ? AND action NOT IN ('read', 'list', 'print', 'export')
           AND entity NOT IN ('session', 'backup') LIMIT 1`,
      )
      .get(last?.auditCount ?? 0) !== undefined
  );
}

export function backupNow(ctx: Ctx, reason: BackupReason, createdBy: string) {
  const open = session(ctx);
  const settings = getSetting(open.db, 'backup.settings');
  const now = ctx.config.now();
  let result: ReturnType<typeof takeBackup>;
  try {
    result = takeBackup(
      open,
      { local: registerPaths(ctx.config.dataDir).backups, second: settings.secondFolder, keep: settings },
      { reason, createdBy, municipality: getSetting(open.db, 'municipality.name'), now },
    );
  } catch (error) {
    // The register failed its page check: nothing more is written to it; the first screen now
    // leads to the newest good backup.
    if (error instanceof CoreError && error.code === 'DATABASE_DAMAGED') {
      ctx.vault.damaged = true;
      ctx.vault.lock();
    }
    throw error;
  }
  // The verified backup holds the register as migrated: the copies from before the migrations go.
  removeMigrationCopies(registerPaths(ctx.config.dataDir).db, result.manifest.schemaVersion);
  inTransaction(ctx, (db) => {
    setSetting(db, 'backup.last', { at: now.toISOString(), auditCount: result.manifest.auditHead.count });
    setSetting(
      db,
      'backup.lastFailure',
      result.secondError
        ? { at: now.toISOString(), message: secondFailureText(settings.secondFolder!) }
        : null,
    );
    audit(ctx, {
      action: 'backup',
      entity: 'backup',
      fields: result.files.map((f) => `${f.location}:${f.fileName}`),
    });
  });
  return result.files;
}

const secondFailureText = (folder: string) =>
  `Sikkerhetskopien ble lagret ved registeret, men ikke i ${folder}. Sjekk at mappen finnes og at du kan skrive til den.`;

/**
 * An automatic backup must never stop a lock or a logout: a failure is kept for the
 * administrator's Oversikt and Innstillinger instead.
 */
function automaticBackup(ctx: Ctx, reason: BackupReason): boolean {
  const open = ctx.vault.current();
  if (!open || !changedSinceLastBackup(open.db)) return true;
  try {
    backupNow(ctx, reason, `automatisk (${open.user.username})`);
    return true;
  } catch (error) {
    const message = error instanceof CoreError ? error.message : errorsNb.BACKUP_FAILED;
    try {
      inTransaction(ctx, (db) =>
        setSetting(db, 'backup.lastFailure', { at: ctx.config.now().toISOString(), message }),
      );
    } catch {
      // the register itself cannot be written: the lock goes on
    }
    return false;
  }
}

/** When the register is closed, locked or logged out after a change. */
export function backupOnClose(ctx: Ctx, reason: 'lock' | 'logout' | 'close'): void {
  automaticBackup(ctx, reason);
}

/** At least daily while open: called by core's timer, looks at the register at most once a minute. */
const nextLook = new WeakMap<Db, number>();
export function backupIfDue(ctx: Ctx): void {
  const open = ctx.vault.current();
  const now = ctx.config.now().getTime();
  if (!open || (nextLook.get(open.db) ?? 0) > now) return;
  nextLook.set(open.db, now + 60_000);
  const last = getSetting(open.db, 'backup.last');
  if (last && now - Date.parse(last.at) < DAY_MS) return;
  // A folder that cannot be written is not tried every minute: each try reads every page.
  if (!automaticBackup(ctx, 'daily')) nextLook.set(open.db, now + 60 * 60_000);
}
