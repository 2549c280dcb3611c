import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import type { SessionUser } from '../../../shared/api/session';
import { appendAudit } from '../audit/auditLog';
import { refreshStaleSummaries } from '../cases/caseDetail';
import type { CoreConfig, OpenSession } from '../context';
import { CoreError } from '../errors';
import { migrate } from '../migrations/migrate';
import { setSetting } from '../settings/settingsRepo';
import { createDatabase, openDatabase } from '../storage/database';
import { readKeyFile, writeKeyFile, type KeyFile } from '../storage/keyFile';
import { unwrapKey, wrapKey } from '../storage/keySlots';
import { isNetworkPath, registerPaths } from '../storage/paths';
import { newRecoveryCode, normaliseRecoveryCode } from '../storage/recoveryCode';
import { insertUser, toSessionUser } from '../users/usersRepo';
import { findRecoverySlot, findUserSlot, withUserSlot } from './slots';

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

/**
 * Creates the encrypted database, its first administrator and the key file with two slots (the
 * administrator's password and the recovery code). The key file is written last: until it
 * exists, there is no register, and a half-made database is moved aside at the next attempt.
 */
export async function createRegister(
  config: CoreConfig,
  input: NewRegister,
): Promise<{ session: OpenSession; recoveryCode: string }> {
  assertLocalFolder(config.dataDir);
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const paths = registerPaths(config.dataDir);
  if (existsSync(paths.keys)) throw new CoreError('ALREADY_SET_UP');
  moveOrphanAside(paths.db, config.now());

  const key = randomBytes(32);
  const registerId = randomUUID();
  const recoveryCode = newRecoveryCode();
  const db = createDatabase(paths.db, key);
  // Encrypted or not, the register is nobody else's business on a shared PC.
  chmodSync(paths.db, 0o600);
  let user: SessionUser;
  try {
    migrate(db, paths.db);
    refreshStaleSummaries(db); // no cases yet: records what summaries are derived with
    const at = config.now();
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
    const recovery = await wrapKey(
      key,
      normaliseRecoveryCode(recoveryCode),
      registerId,
      { kind: 'recovery' },
      config.kdf,
    );
    const base: KeyFile = {
      format: 'samordna-keys',
      version: 1,
      registerId,
      demo: input.demo,
      label: input.municipality,
      slots: [recovery],
    };
    const keyFile = await withUserSlot(base, key, input.username, input.password, config.kdf);
    writeKeyFile(paths.keys, keyFile);
    return { session: { db, user, keyFile, key }, recoveryCode };
  } catch (error) {
    db.close();
    throw error;
  }
}

function moveOrphanAside(dbFile: string, now: Date): void {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, `${dbFile}.orphan-${stamp}${suffix}`);
  }
}

export function requireKeyFile(config: CoreConfig): KeyFile {
  const keyFile = readKeyFile(registerPaths(config.dataDir).keys);
  if (!keyFile) throw new CoreError('NOT_SET_UP');
  return keyFile;
}

/**
 * The database key for a user's password, or null. Without a slot for the name, the same scrypt
 * work is done anyway, so the time taken does not tell which user names exist.
 */
export async function unlockWithPassword(
  keyFile: KeyFile,
  username: string,
  password: string,
): Promise<Buffer | null> {
  const slot = findUserSlot(keyFile, username);
  if (slot) return unwrapKey(slot, password, keyFile.registerId);
  const decoy = findRecoverySlot(keyFile) ?? keyFile.slots[0];
  if (decoy) await unwrapKey(decoy, `\u0000${password}`, keyFile.registerId);
  return null;
}

export async function unlockWithRecoveryCode(keyFile: KeyFile, code: string): Promise<Buffer | null> {
  const slot = findRecoverySlot(keyFile);
  if (!slot) throw new CoreError('KEY_FILE_DAMAGED');
  return unwrapKey(slot, normaliseRecoveryCode(code), keyFile.registerId);
}

/** Opens and migrates the database with an unwrapped key; closes it again if anything fails. */
export function openRegisterDb(config: CoreConfig, key: Buffer) {
  const paths = registerPaths(config.dataDir);
  const db = openDatabase(paths.db, key);
  try {
    migrate(db, paths.db);
    refreshStaleSummaries(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
