import { readBackupHead } from '../backup/backupFile';
import { listBackups } from '../backup/backupFolders';
import type { CoreConfig } from '../context';
import { CoreError } from '../errors';
import type { Db } from '../storage/database';
import { parseKeyFile, readKeyFiles, type KeyFile, type KeySlot } from '../storage/keyFile';
import type { UnlockedKeys } from '../storage/keySlots';
import { registerPaths } from '../storage/paths';
import { saveKeyFile } from './keyring';
import { hasDatabase, openRegister } from './register';

/**
 * The key files that can open the register: the key file and its copy (newer first), and, when
 * neither is there or neither's key opens the database, the key files inside the backups beside
 * it (newest first), which open it as long as no re-key came after them. "Recovery works from
 * any valid copy."
 */
export function liveKeyFiles(config: CoreConfig): KeyFile[] {
  const live = readKeyFiles(registerPaths(config.dataDir).keys);
  if (live.length === 0 && !hasDatabase(registerPaths(config.dataDir).db)) throw new CoreError('NOT_SET_UP');
  return live;
}

export function backupKeyFiles(config: CoreConfig, registerId: string | null): KeyFile[] {
  return listBackups(registerPaths(config.dataDir).backups, 'local', registerId).flatMap((b) => {
    const head = readBackupHead(b.file);
    const keyFile = head && parseKeyFile(head.keysText);
    return keyFile && (registerId === null || keyFile.registerId === registerId) ? [keyFile] : [];
  });
}

export interface Opened {
  db: Db;
  key: Buffer;
  keyFile: KeyFile;
}

/**
 * Unlocks a slot and opens the register with it, trying the key files in turn:
 * - a slot that does not unwrap (wrong secret, or a key file damaged in a way that still parses)
 *   → the next live key file; a slot tried once is not tried again (each try costs a scrypt run);
 * - a slot that unwraps but whose key does not open the database (a key file from before a
 *   re-key) → the next live key file, then the backups' key files;
 * - no live key file at all → the backups' key files.
 * The key file that opened it is written back as the key file and its copy. Null when no slot
 * unwrapped (a wrong secret); DATABASE_DAMAGED when the live key file's slot unwrapped and the
 * database still did not open; KEY_FILE_STALE when only older key files from backups unwrapped.
 */
export async function unlockAndOpen(
  config: CoreConfig,
  slotOf: (keyFile: KeyFile) => KeySlot | undefined,
  unlock: (keyFile: KeyFile) => Promise<UnlockedKeys | null>,
): Promise<Opened | null> {
  const live = liveKeyFiles(config);
  const tried = new Set<string>();
  let unlockedLive = false;
  let unlockedAny = false;
  const attempt = async (keyFile: KeyFile, isLive: boolean): Promise<Opened | null> => {
    const slot = slotOf(keyFile);
    const mark = slot ? JSON.stringify(slot) : 'no slot';
    if (tried.has(mark)) return null;
    tried.add(mark);
    const unlocked = await unlock(keyFile);
    if (!unlocked) return null;
    unlockedAny = true;
    unlockedLive ||= isLive;
    try {
      const opened = openRegister(config, keyFile, unlocked);
      if (keyFile !== live[0]) {
        opened.keyFile = saveKeyFile(
          registerPaths(config.dataDir).keys,
          opened.db,
          opened.keyFile,
          null,
          config.now(),
        );
      }
      return opened;
    } catch (error) {
      if (error instanceof CoreError && error.code === 'KEY_FILE_STALE') return null;
      throw error;
    }
  };
  for (const keyFile of live) {
    const opened = await attempt(keyFile, true);
    if (opened) return opened;
  }
  // Older key files are looked for only when no live one is there or its key no longer opens.
  if (live.length === 0 || unlockedLive) {
    const backups = backupKeyFiles(config, live[0]?.registerId ?? null);
    if (live.length === 0 && backups.length === 0) throw new CoreError('KEY_FILE_MISSING');
    for (const keyFile of backups) {
      const opened = await attempt(keyFile, false);
      if (opened) return opened;
    }
  }
  if (!unlockedAny) return null;
  throw new CoreError(unlockedLive ? 'DATABASE_DAMAGED' : 'KEY_FILE_STALE');
}
