import { existsSync } from 'node:fs';

import type { SessionStatus } from '@shared/api/session';

import { appendAudit } from '../audit/auditLog';
import { listBackups } from '../backup/backupFolders';
import { backupOnClose } from '../backup/backupRuns';
import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { getSetting, setSetting } from '../settings/settingsRepo';
import { readKeyFiles, type KeyFile, type KeySlot } from '../storage/keyFile';
import { unlockSlot, type UnlockedKeys } from '../storage/keySlots';
import { registerPaths } from '../storage/paths';
import { normaliseRecoveryCode } from '../storage/recoveryCode';
import { findUserByName, listUsers, toSessionUser } from '../users/usersRepo';
import { idleTimeoutMs } from './idleTimeout';
import { markKeyChangeRecorded, saveKeyFile, type KeyChange } from './keyring';
import { clearLoginFailures, startLoginAttempt } from './loginThrottle';
import { refuseWeakPassword } from './passwordPolicy';
import { createRegister, hasDatabase, unlockWithPassword, unlockWithRecoveryCode } from './register';
import { findRecoverySlot, findUserSlot, isLegacySlot, withRecoverySlot, withUserSlot } from './slots';
import { backupKeyFiles, liveKeyFiles, unlockAndOpen } from './unlock';

/**
 * With the key file and its copy lost, a backup's key file beside the register can still open it
 * (login tries it, unlock.ts), so the login is shown rather than a dead end.
 */
function newestBackupKeyFile(ctx: Ctx): KeyFile | null {
  if (!hasDatabase(registerPaths(ctx.config.dataDir).db)) return null;
  return backupKeyFiles(ctx.config, null)[0] ?? null;
}

function status(ctx: Ctx): SessionStatus {
  const open = ctx.vault.current();
  const paths = registerPaths(ctx.config.dataDir);
  const keyFile = open?.keyFile ?? readKeyFiles(paths.keys)[0] ?? newestBackupKeyFile(ctx);
  const base = {
    idleTimeoutMinutes: ctx.vault.idleTimeout / 60_000,
    dataFolder: ctx.config.dataDir,
    user: open?.user ?? null,
  };
  const dbPresent = hasDatabase(paths.db);
  // The screens for a lost key file or a damaged register offer the newest backup beside it.
  const newestBackup = () =>
    listBackups(paths.backups, 'local', keyFile?.registerId ?? null)[0]?.file ?? null;
  if (!keyFile) {
    // A database without its key file is never offered a new setup in front of it, unless it is
    // what an interrupted setup left (the marker is still there).
    if (!dbPresent || existsSync(paths.setupMarker))
      return { ...base, state: 'setup', demo: false, municipality: null };
    return { ...base, state: 'keyMissing', demo: false, municipality: null, newestBackup: newestBackup() };
  }
  const known = { ...base, demo: keyFile.demo, municipality: keyFile.label };
  if (open) return { ...known, state: 'open' };
  if (!dbPresent || ctx.vault.damaged) return { ...known, state: 'damaged', newestBackup: newestBackup() };
  return { ...known, state: 'locked' };
}

/**
 * Ends the session with a row in the log saying how (logout, lock, idle lock, close), anchors the
 * log's head in the key file, and takes a backup when something changed since the last one.
 */
export function lockSession(ctx: Ctx, action: 'logout' | 'lock' | 'idle_lock' | 'close'): void {
  const open = ctx.vault.current();
  if (!open) return;
  try {
    inTransaction(ctx, () => audit(ctx, { action, entity: 'session' }));
    backupOnClose(ctx, action === 'logout' ? 'logout' : action === 'close' ? 'close' : 'lock');
    open.keyFile = saveKeyFile(
      registerPaths(ctx.config.dataDir).keys,
      open.db,
      open.keyFile,
      null,
      ctx.config.now(),
    );
  } finally {
    ctx.vault.lock();
  }
}

/**
 * Unlocks a slot and opens the register with it (trying the key file, its copy and the backups'
 * key files, unlock.ts). A damaged register is remembered, so the first screen offers restoring
 * a backup instead of the login.
 */
async function openSession(
  ctx: Ctx,
  slotOf: (keyFile: KeyFile) => KeySlot | undefined,
  unlock: (keyFile: KeyFile) => Promise<UnlockedKeys | null>,
) {
  ctx.vault.lock();
  try {
    const opened = await unlockAndOpen(ctx.config, slotOf, unlock);
    if (opened) ctx.vault.damaged = false;
    return opened;
  } catch (error) {
    if (
      error instanceof CoreError &&
      (error.code === 'DATABASE_DAMAGED' || error.code === 'DATABASE_MISSING')
    )
      ctx.vault.damaged = true;
    throw error;
  }
}

/** The register's id for the login throttle: the key file's, or a backup's when it is lost. */
function registerIdForLogin(ctx: Ctx): string {
  const id = liveKeyFiles(ctx.config)[0]?.registerId ?? backupKeyFiles(ctx.config, null)[0]?.registerId;
  if (!id) throw new CoreError('KEY_FILE_MISSING');
  return id;
}

export const sessionHandlers: FeatureHandlers<'session'> = {
  'session.status': (ctx) => status(ctx),

  'session.setup': async (ctx, input) => {
    await refuseWeakPassword(input.password, input, 'password');
    const { session: opened, recoveryCode } = await createRegister(ctx.config, { ...input, demo: false });
    ctx.vault.start(opened, ctx.config.now().getTime(), idleTimeoutMs(ctx, opened.db));
    return { recoveryCode, user: opened.user };
  },

  'session.confirmRecoveryStored': (ctx) => {
    inTransaction(ctx, (db) => {
      setSetting(db, 'recovery.confirmedAt', ctx.config.now().toISOString());
      audit(ctx, { action: 'recovery_confirmed', entity: 'session' });
    });
    return null;
  },

  'session.login': async (ctx, input) => {
    // Refuses a locked name or one that must wait; counts this attempt as failed until it is not.
    const attempt = startLoginAttempt(
      ctx.config.dataDir,
      registerIdForLogin(ctx),
      input.username,
      ctx.config.now(),
    );
    const opened = await openSession(
      ctx,
      (keyFile) => findUserSlot(keyFile, input.username),
      async (keyFile) => {
        const unlocked = await unlockWithPassword(keyFile, input.username, input.password);
        if (unlocked) attempt.passwordRight();
        return unlocked;
      },
    );
    if (!opened) {
      ctx.vault.failedLogins += 1;
      throw new CoreError('WRONG_PASSWORD');
    }
    const { db, key, keyFile: current } = opened;
    const row = findUserByName(db, input.username);
    if (!row?.active) {
      db.close();
      key.fill(0);
      throw new CoreError('WRONG_PASSWORD');
    }
    const user = toSessionUser(row);
    const now = ctx.config.now();
    db.transaction(() => {
      db.prepare('UPDATE users SET last_login_at = ? WHERE id = ?').run(now.toISOString(), user.id);
      const actor = { userId: user.id, username: user.username, entity: 'session' as const };
      // A failed attempt cannot write to a register it could not open: it is recorded here.
      if (ctx.vault.failedLogins > 0) {
        appendAudit(db, { ...actor, action: 'login_failed', entityId: ctx.vault.failedLogins }, now);
      }
      for (const entityId of attempt.locksToReport(listUsers(db)))
        appendAudit(db, { ...actor, action: 'user_locked', entity: 'user', entityId }, now);
      appendAudit(db, { ...actor, action: 'login' }, now);
    })();
    attempt.locksReported();
    ctx.vault.failedLogins = 0;
    const session = { db, user, keyFile: current, key };
    ctx.vault.start(session, now.getTime(), idleTimeoutMs(ctx, db));
    // Written at every login: a missing or damaged copy is made whole again, the log's head is
    // anchored, and a slot of the first key-file format is made anew while its password is at hand.
    const slot = findUserSlot(current, user.username);
    const upgraded =
      slot && isLegacySlot(slot)
        ? await withUserSlot(current, key, user.username, input.password, ctx.config.kdf)
        : current;
    session.keyFile = saveKeyFile(registerPaths(ctx.config.dataDir).keys, db, upgraded, null, now);
    return user;
  },

  'session.logout': (ctx) => {
    lockSession(ctx, 'logout');
    return null;
  },

  'session.lock': (ctx) => {
    lockSession(ctx, 'lock');
    return null;
  },

  'session.activity': () => null,

  'session.changePassword': async (ctx, input) => {
    const open = session(ctx);
    const slot = findUserSlot(open.keyFile, open.user.username);
    const check = slot && (await unlockSlot(slot, input.currentPassword, open.keyFile.registerId));
    if (!check) throw new CoreError('WRONG_PASSWORD', { currentPassword: 'validation.currentPasswordWrong' });
    check.key.fill(0);
    check.nextKey?.fill(0);
    const municipality = getSetting(open.db, 'municipality.name');
    await refuseWeakPassword(input.newPassword, { ...open.user, municipality }, 'newPassword');
    const next = await withUserSlot(
      open.keyFile,
      open.key,
      open.user.username,
      input.newPassword,
      ctx.config.kdf,
    );
    const change: KeyChange = { action: 'password_change', entityId: open.user.id };
    open.keyFile = saveKeyFile(
      registerPaths(ctx.config.dataDir).keys,
      open.db,
      next,
      change,
      ctx.config.now(),
    );
    inTransaction(ctx, (db) => {
      audit(ctx, { action: 'password_change', entity: 'user', entityId: open.user.id });
      markKeyChangeRecorded(db, open.keyFile);
    });
    return null;
  },

  'session.recover': async (ctx, input) => {
    const opened = await openSession(ctx, findRecoverySlot, (keyFile) =>
      unlockWithRecoveryCode(keyFile, input.recoveryCode),
    );
    if (!opened) throw new CoreError('WRONG_RECOVERY_CODE');
    const { db, key, keyFile: current } = opened;
    try {
      const user = findUserByName(db, input.username);
      if (!user?.active || user.role !== 'admin')
        throw new CoreError('FORBIDDEN', { username: 'validation.notAnAdmin' });
      const municipality = getSetting(db, 'municipality.name');
      await refuseWeakPassword(input.newPassword, { ...user, municipality }, 'newPassword');
      let next = await withUserSlot(current, key, user.username, input.newPassword, ctx.config.kdf);
      // The code is at hand: a recovery slot of the first format is made anew, so re-keys can keep it.
      if (current.slots.some((s) => s.kind === 'recovery' && isLegacySlot(s)))
        next = await withRecoverySlot(next, key, normaliseRecoveryCode(input.recoveryCode), ctx.config.kdf);
      const now = ctx.config.now();
      const written = saveKeyFile(
        registerPaths(ctx.config.dataDir).keys,
        db,
        next,
        { action: 'password_reset_recovery', entityId: user.id },
        now,
      );
      db.transaction(() => {
        appendAudit(
          db,
          {
            userId: null,
            username: 'gjenopprettingskode',
            action: 'password_reset_recovery',
            entity: 'user',
            entityId: user.id,
          },
          now,
        );
        markKeyChangeRecorded(db, written);
      })();
      // The recovery code also frees the administrator locked out by wrong passwords.
      clearLoginFailures(ctx.config.dataDir, current.registerId, user.username);
    } finally {
      db.close();
      key.fill(0);
    }
    return null;
  },
};
