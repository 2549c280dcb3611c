import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

import type { BackupManifest, BackupSecret } from '@shared/api/backup';

import { appendAudit } from '../audit/auditLog';
import type { CoreConfig } from '../context';
import { CoreError } from '../errors';
import { LATEST_VERSION } from '../migrations/index';
import { openRegister, unlockWithPassword, unlockWithRecoveryCode } from '../session/register';
import { syncFolder } from '../storage/atomicWrite';
import { parseKeyFile, writeKeyFile, keyCopyPath, type KeyFile } from '../storage/keyFile';
import type { UnlockedKeys } from '../storage/keySlots';
import { registerPaths } from '../storage/paths';
import { inspectBackup, unpackBackup } from './backupFile';
import { verifyCopy } from './takeBackup';

/** The manifest, refused clearly when the backup cannot be restored here. */
export function inspect(file: string): { manifest: BackupManifest; tooNew: boolean; intact: boolean } {
  const { manifest, intact } = inspectBackup(file);
  return { manifest, tooNew: manifest.schemaVersion > LATEST_VERSION, intact };
}

async function unlock(keyFile: KeyFile, secret: BackupSecret): Promise<UnlockedKeys> {
  if (secret.kind === 'recoveryCode') {
    const keys = await unlockWithRecoveryCode(keyFile, secret.recoveryCode);
    if (!keys) throw new CoreError('WRONG_RECOVERY_CODE');
    return keys;
  }
  const keys = await unlockWithPassword(keyFile, secret.username, secret.password);
  if (!keys) throw new CoreError('WRONG_PASSWORD');
  return keys;
}

/**
 * Restores a backup into the data folder: unpacks and checks it beside the register (checksum,
 * the secret unlocks its key slots, every page, the counts and audit head of its manifest), then
 * moves the current register (if any) into a dated folder — never deleting it — and puts the
 * backup in its place, opens it (an older schema is migrated), logs the restore, and closes it.
 * The user logs in next. Nothing of the current register is touched until the backup has passed.
 */
export async function restoreBackup(
  config: CoreConfig,
  file: string,
  secret: BackupSecret,
  /** Runs once the backup has passed, before the current register is moved aside. */
  beforeReplacing: () => void,
): Promise<{ manifest: BackupManifest; movedAsideTo: string | null }> {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const paths = registerPaths(config.dataDir);
  const staging = mkdtempSync(path.join(config.dataDir, '.restore-'));
  try {
    const stagedDb = path.join(staging, 'samordna.db');
    const { manifest, keysText, intact } = unpackBackup(file, stagedDb);
    if (!intact) throw new CoreError('BACKUP_INVALID');
    if (manifest.schemaVersion > LATEST_VERSION) throw new CoreError('BACKUP_TOO_NEW');
    const keyFile = parseKeyFile(keysText);
    if (!keyFile || keyFile.registerId !== manifest.registerId) throw new CoreError('BACKUP_INVALID');
    const keys = await unlock(keyFile, secret);
    try {
      if (!verifyCopy(stagedDb, keys.key, manifest)) throw new CoreError('BACKUP_INVALID');
    } catch (error) {
      keys.key.fill(0);
      keys.nextKey?.fill(0);
      throw error;
    }
    beforeReplacing();
    const at = config.now();
    const movedAsideTo = moveRegisterAside(config.dataDir, at);
    renameSync(stagedDb, paths.db);
    const restoredKeys = writeKeyFile(paths.keys, {
      ...keyFile,
      rekeyTo: undefined,
      anchor: { ...manifest.auditHead, at: manifest.createdAt },
    });
    syncFolder(config.dataDir);
    const { db, key } = openRegister(config, restoredKeys, keys);
    try {
      const who = secret.kind === 'password' ? secret.username : 'gjenopprettingskode';
      db.transaction(() =>
        appendAudit(
          db,
          {
            userId: null,
            username: who,
            action: 'restore',
            entity: 'backup',
            fields: [`createdAt:${manifest.createdAt}`],
          },
          at,
        ),
      )();
    } finally {
      db.close();
      key.fill(0);
    }
    return { manifest, movedAsideTo };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The register's files into `replaced-<time>/` in the data folder; null when there were none. */
function moveRegisterAside(dataDir: string, at: Date): string | null {
  const paths = registerPaths(dataDir);
  const files = [paths.db, `${paths.db}-wal`, `${paths.db}-shm`, paths.keys, keyCopyPath(paths.keys)].filter(
    (f) => existsSync(f),
  );
  if (files.length === 0) return null;
  const folder = path.join(dataDir, `replaced-${at.toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  for (const f of files) renameSync(f, path.join(folder, path.basename(f)));
  return folder;
}
