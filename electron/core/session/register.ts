import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

import type { SessionUser } from '@shared/api/session';
import { todayIso } from '@shared/domain/calendar';

import { checkAnchorAtOpen } from '../audit/auditAnchor';
import { appendAudit } from '../audit/auditLog';
import { refreshStaleSummaries } from '../cases/caseDetail';
import type { CoreConfig } from '../context';
import { CoreError } from '../errors';
import { migrate } from '../migrations/migrate';
import { writeAllPlanSummaries } from '../plans/planSummaries';
import { finishPendingPurge } from '../retention/purge';
import { setSetting } from '../settings/settingsRepo';
import { createDatabase, probeDatabase, rekeyDatabase, openDatabase, type Db } from '../storage/database';
import { readKeyFiles, type KeyFile } from '../storage/keyFile';
import { keyCheck, unlockSlot, type UnlockedKeys } from '../storage/keySlots';
import { isNetworkPath, registerPaths } from '../storage/paths';
import { newRecoveryCode, normaliseRecoveryCode } from '../storage/recoveryCode';
import { insertUser, toSessionUser } from '../users/usersRepo';
import { reconcileKeyChanges, saveKeyFile } from './keyring';
import type { OpenSession } from './openSession';
import { findRecoverySlot, findUserSlot, withRecoverySlot, withUserSlot } from './slots';

export interface NewRegister {
  municipality: string;
  displayName: string;
  username: string;
  password: string;
  demo: boolean;
}

export function assertLocalFolder(dataDir: string): void {
  if (isNetworkPath(dataDir)) throw new CoreError('DATA_FOLDER_ON_NETWORK');
}

/** A database file with content: something to keep, never to set up over. */
export const hasDatabase = (dbFile: string) => existsSync(dbFile) && statSync(dbFile).size > 0;

/**
 * Creates the encrypted database, its first administrator and the key file with two slots (the
 * administrator's password and the recovery code). A marker file stands while setup runs, so a
 * database left by an interrupted setup is told apart from a register whose key file is lost:
 * only the first is moved aside at the next attempt.
 */
export async function createRegister(
  config: CoreConfig,
  input: NewRegister,
): Promise<{ session: OpenSession; recoveryCode: string }> {
  assertLocalFolder(config.dataDir);
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const paths = registerPaths(config.dataDir);
  if (readKeyFiles(paths.keys).length > 0) throw new CoreError('ALREADY_SET_UP');
  if (hasDatabase(paths.db) && !existsSync(paths.setupMarker)) throw new CoreError('REGISTER_EXISTS');
  moveAside(paths.db, config.now(), 'orphan');
  moveAside(paths.keys, config.now(), 'damaged');
  writeFileSync(paths.setupMarker, '');

  const key = randomBytes(32);
  const registerId = randomUUID();
  const recoveryCode = newRecoveryCode();
  const db = createDatabase(paths.db, key);
  // Encrypted or not, the register is nobody else's business on a shared PC.
  chmodSync(paths.db, 0o600);
  let user: SessionUser;
  try {
    migrate(db, paths.db);
    // No cases or plans yet: records what their summaries are derived with, so a register filled
    // through the writers (the demo) is not derived again whole at its first read.
    refreshStaleSummaries(db);
    writeAllPlanSummaries(db, todayIso(config.now()));
    const at = config.now();
    const base: KeyFile = {
      format: 'samordna-keys',
      version: 2,
      registerId,
      demo: input.demo,
      label: input.municipality,
      written: 0,
      keyCheck: keyCheck(key, registerId),
      slots: [],
    };
    const withRecovery = await withRecoverySlot(base, key, normaliseRecoveryCode(recoveryCode), config.kdf);
    const keyFile = await withUserSlot(withRecovery, key, input.username, input.password, config.kdf);
    user = db.transaction(() => {
      setSetting(db, 'municipality.name', input.municipality);
      setSetting(db, 'register.demo', input.demo);
      const row = insertUser(
        db,
        { username: input.username, displayName: input.displayName, role: 'admin' },
        at.toISOString(),
      );
      const actor = { userId: row.id, username: row.username };
      appendAudit(db, { ...actor, action: 'setup', entity: 'session' }, at);
      appendAudit(
        db,
        {
          ...actor,
          action: 'create',
          entity: 'user',
          entityId: row.id,
          fields: ['username', 'displayName', 'role'],
        },
        at,
      );
      return toSessionUser(row);
    })();
    const written = saveKeyFile(paths.keys, db, keyFile, null, at);
    rmSync(paths.setupMarker, { force: true });
    return { session: { db, user, keyFile: written, key }, recoveryCode };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Moves a file (and a database's -wal/-shm) aside under a dated name; never deletes. */
export function moveAside(file: string, now: Date, label: string): string | null {
  if (!existsSync(file)) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.${label}-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}

/**
 * The keys for a user's password, or null. Without a slot for the name, the same scrypt work is
 * done anyway, so the time taken does not tell which user names exist.
 */
export async function unlockWithPassword(
  keyFile: KeyFile,
  username: string,
  password: string,
): Promise<UnlockedKeys | null> {
  const slot = findUserSlot(keyFile, username);
  if (slot) return unlockSlot(slot, password, keyFile.registerId);
  const decoy = findRecoverySlot(keyFile) ?? keyFile.slots[0];
  if (decoy) await unlockSlot(decoy, `\u0000${password}`, keyFile.registerId);
  return null;
}

export async function unlockWithRecoveryCode(keyFile: KeyFile, code: string): Promise<UnlockedKeys | null> {
  const slot = findRecoverySlot(keyFile);
  if (!slot) throw new CoreError('KEY_FILE_DAMAGED');
  return unlockSlot(slot, normaliseRecoveryCode(code), keyFile.registerId);
}

/**
 * Opens the register with the keys a slot gave: checks the file read-only first (every page,
 * quick_check), so a damaged register is named and never written to; finishes a re-key that
 * was interrupted; checks the log against the key file's anchor and records a key change that
 * lost its audit row; migrates. Closes again if anything fails.
 */
export function openRegister(
  config: CoreConfig,
  keyFile: KeyFile,
  unlocked: UnlockedKeys,
): { db: Db; key: Buffer; keyFile: KeyFile } {
  const paths = registerPaths(config.dataDir);
  let key = unlocked.key;
  let found = probeDatabase(paths.db, key, true);
  if (found === 'notForKey' && unlocked.nextKey) {
    // The database was re-keyed and the key file not yet finished: the new key opens it.
    key = unlocked.nextKey;
    found = probeDatabase(paths.db, key, true);
  }
  if (found === 'missing') throw new CoreError('DATABASE_MISSING');
  // The slot unwrapped, but its key does not open the first page: a key file from before a
  // re-key (unlock.ts then tries the others), or a damaged first page.
  if (found === 'notForKey') throw new CoreError('KEY_FILE_STALE');
  if (found !== 'ok') throw new CoreError('DATABASE_DAMAGED');
  const db = openDatabase(paths.db, key);
  try {
    const at = config.now();
    let current = keyFile;
    if (keyFile.rekeyTo && unlocked.nextKey) {
      if (key !== unlocked.nextKey) rekeyDatabase(db, unlocked.nextKey);
      key = unlocked.nextKey;
      current = saveKeyFile(paths.keys, db, finishRekey(keyFile, key), null, at);
    }
    checkAnchorAtOpen(db, current.anchor, at);
    migrate(db, paths.db);
    refreshStaleSummaries(db);
    finishPendingPurge(db);
    reconcileKeyChanges(db, current, at);
    if (key !== unlocked.key) unlocked.key.fill(0);
    if (unlocked.nextKey && key !== unlocked.nextKey) unlocked.nextKey.fill(0);
    return { db, key, keyFile: current };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The key file after a re-key: every slot's new key becomes its key. */
export function finishRekey(keyFile: KeyFile, newKey: Buffer): KeyFile {
  return {
    ...keyFile,
    keyCheck: keyCheck(newKey, keyFile.registerId),
    rekeyTo: undefined,
    slots: keyFile.slots.flatMap((s) => (s.next ? [{ ...s, sealed: s.next, next: undefined }] : [])),
  };
}
