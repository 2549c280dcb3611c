import path from 'node:path';

import type { BackupFile, BackupReason, BackupSettings, BackupStatus } from '@shared/api/backup';
import errorsNb from '@shared/i18n/errors.nb.json' with { type: 'json' };

import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { hasDatabase } from '../session/register';
import { getSetting, setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { readKeyFiles, type AuditHead } from '../storage/keyFile';
import { isNetworkPath, registerPaths } from '../storage/paths';
import { readBackupHead } from './backupFile';
import { listBackups } from './backupFolders';
import { removeMigrationCopies } from './migrationCopies';
import { inspect, restoreBackup } from './restoreBackup';
import { takeBackup } from './takeBackup';

const DAY_MS = 86_400_000;

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

function backupNow(ctx: Ctx, reason: BackupReason, createdBy: string) {
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

/**
 * The audit heads recorded in the newest backup of this register in each place: anchors outside
 * the database and outside the key file, so a log cut together with the key file's anchor still
 * shows (`audit.verify`).
 */
export function backupAnchors(ctx: Ctx): AuditHead[] {
  const { db, keyFile } = session(ctx);
  const { secondFolder } = getSetting(db, 'backup.settings');
  const places = [listBackups(registerPaths(ctx.config.dataDir).backups, 'local', keyFile.registerId)];
  if (secondFolder) places.push(listBackups(secondFolder, 'second', keyFile.registerId));
  return places.flatMap((files) => {
    const head = files[0] && readBackupHead(files[0].file);
    return head ? [{ ...head.manifest.auditHead, at: head.manifest.createdAt }] : [];
  });
}

function status(ctx: Ctx): BackupStatus {
  const { db, keyFile } = session(ctx);
  const settings = getSetting(db, 'backup.settings');
  const localFolder = registerPaths(ctx.config.dataDir).backups;
  const local = listBackups(localFolder, 'local', keyFile.registerId);
  const second = settings.secondFolder
    ? listBackups(settings.secondFolder, 'second', keyFile.registerId)
    : [];
  const files = [...local, ...second].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  // A file dated ahead (a clock that was wrong once) would otherwise silence the warning forever.
  const now = ctx.config.now().getTime();
  const believable = (f: BackupFile) => Date.parse(f.createdAt) <= now + DAY_MS;
  const newest = files.find(believable) ?? null;
  const age = newest ? now - Date.parse(newest.createdAt) : Infinity;
  return {
    settings,
    localFolder,
    newest,
    newestSecond: second.find(believable) ?? null,
    overdue: age > settings.maxAgeDays * DAY_MS,
    secondMissing: second.length === 0,
    lastFailure: getSetting(db, 'backup.lastFailure'),
    files,
  };
}

/**
 * Inspecting and restoring without a session is for a PC with no usable register (new PC, lost
 * key file, damaged database); a working register is restored over only by its administrator.
 */
function assertMayRestore(ctx: Ctx): void {
  const open = ctx.vault.current();
  if (open) {
    if (open.user.role !== 'admin') throw new CoreError('FORBIDDEN');
    return;
  }
  const paths = registerPaths(ctx.config.dataDir);
  // No database, a damaged one, or no readable key file of its own: restoring is the way back.
  if (ctx.vault.damaged || !hasDatabase(paths.db) || readKeyFiles(paths.keys).length === 0) return;
  throw new CoreError('REGISTER_EXISTS');
}

export const backupHandlers: FeatureHandlers<'backup'> = {
  'backup.status': (ctx) => status(ctx),

  'backup.create': (ctx) => backupNow(ctx, 'manual', session(ctx).user.username),

  'backup.updateSettings': (ctx, input) => {
    const next: BackupSettings = { ...input, secondFolder: input.secondFolder || null };
    // A relative path would depend on where the program was started from.
    if (next.secondFolder && !path.isAbsolute(next.secondFolder) && !isNetworkPath(next.secondFolder))
      throw new CoreError('VALIDATION', { secondFolder: 'validation.folderNotAbsolute' });
    inTransaction(ctx, (db) => {
      setSetting(db, 'backup.settings', next);
      audit(ctx, { action: 'update', entity: 'backup', fields: Object.keys(next) });
    });
    return status(ctx);
  },

  'backup.inspect': (ctx, input) => {
    assertMayRestore(ctx);
    return inspect(input.file);
  },

  'backup.restore': async (ctx, input) => {
    assertMayRestore(ctx);
    const result = await restoreBackup(ctx.config, input.file, input.secret, () => {
      const open = ctx.vault.current();
      if (!open) return;
      // The register being replaced is backed up and closed first; it is moved aside, not deleted.
      backupNow(ctx, 'beforeRestore', open.user.username);
      ctx.vault.lock();
    });
    ctx.vault.damaged = false;
    return result;
  },
};
