import path from 'node:path';

import type { BackupFile, BackupSettings, BackupStatus } from '@shared/api/backup';

import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { hasDatabase } from '../session/register';
import { getSetting, setSetting } from '../settings/settingsRepo';
import { readKeyFiles } from '../storage/keyFile';
import { isNetworkPath, registerPaths } from '../storage/paths';
import { listBackups } from './backupFolders';
import { backupNow, DAY_MS } from './backupRuns';
import { inspect, restoreBackup } from './restoreBackup';

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
