import type { SessionStatus } from '../../../shared/api/session';
import { appendAudit } from '../audit/auditLog';
import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { setSetting } from '../settings/settingsRepo';
import { idleTimeoutMs } from '../settings/settingsService';
import { readKeyFile, writeKeyFile } from '../storage/keyFile';
import { registerPaths } from '../storage/paths';
import { findUserByName, toSessionUser } from '../users/usersRepo';
import {
  createRegister,
  openRegisterDb,
  requireKeyFile,
  unlockWithPassword,
  unlockWithRecoveryCode,
} from './register';
import { findUserSlot, withUserSlot } from './slots';
import { unwrapKey } from '../storage/keySlots';

function status(ctx: Ctx): SessionStatus {
  const open = ctx.vault.current();
  const keyFile = open?.keyFile ?? readKeyFile(registerPaths(ctx.config.dataDir).keys);
  const idleMinutes = ctx.vault.idleTimeout / 60_000;
  if (!keyFile)
    return { state: 'setup', demo: false, municipality: null, user: null, idleTimeoutMinutes: idleMinutes };
  return {
    state: open ? 'open' : 'locked',
    demo: keyFile.demo,
    municipality: keyFile.label,
    user: open?.user ?? null,
    idleTimeoutMinutes: idleMinutes,
  };
}

/** Ends the session with a row in the log saying how: logout, lock, or idle lock. */
export function lockSession(ctx: Ctx, action: 'logout' | 'lock' | 'idle_lock'): void {
  if (!ctx.vault.current()) return;
  inTransaction(ctx, () => audit(ctx, { action, entity: 'session' }));
  ctx.vault.lock();
}

export const sessionHandlers: FeatureHandlers<'session'> = {
  'session.status': (ctx) => status(ctx),

  'session.setup': async (ctx, input) => {
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
    const keyFile = requireKeyFile(ctx.config);
    const key = await unlockWithPassword(keyFile, input.username, input.password);
    if (!key) {
      ctx.vault.failedLogins += 1;
      throw new CoreError('WRONG_PASSWORD');
    }
    ctx.vault.lock();
    const db = openRegisterDb(ctx.config, key);
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
      const actor = { userId: user.id, username: user.username, entity: 'session' };
      // A failed attempt cannot write to a register it could not open: it is recorded here.
      if (ctx.vault.failedLogins > 0) {
        appendAudit(db, { ...actor, action: 'login_failed', entityId: ctx.vault.failedLogins }, now);
      }
      appendAudit(db, { ...actor, action: 'login' }, now);
    })();
    ctx.vault.failedLogins = 0;
    ctx.vault.start({ db, user, keyFile, key }, now.getTime(), idleTimeoutMs(ctx, db));
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
    const check = slot && (await unwrapKey(slot, input.currentPassword, open.keyFile.registerId));
    if (!check) throw new CoreError('WRONG_PASSWORD', { currentPassword: 'validation.currentPasswordWrong' });
    check.fill(0);
    open.keyFile = await withUserSlot(
      open.keyFile,
      open.key,
      open.user.username,
      input.newPassword,
      ctx.config.kdf,
    );
    writeKeyFile(registerPaths(ctx.config.dataDir).keys, open.keyFile);
    inTransaction(ctx, () =>
      audit(ctx, { action: 'password_change', entity: 'user', entityId: open.user.id }),
    );
    return null;
  },

  'session.recover': async (ctx, input) => {
    const keyFile = requireKeyFile(ctx.config);
    const key = await unlockWithRecoveryCode(keyFile, input.recoveryCode);
    if (!key) throw new CoreError('WRONG_RECOVERY_CODE');
    ctx.vault.lock();
    const db = openRegisterDb(ctx.config, key);
    try {
      const user = findUserByName(db, input.username);
      if (!user?.active || user.role !== 'admin')
        throw new CoreError('FORBIDDEN', { username: 'validation.notAnAdmin' });
      const next = await withUserSlot(keyFile, key, user.username, input.newPassword, ctx.config.kdf);
      writeKeyFile(registerPaths(ctx.config.dataDir).keys, next);
      appendAudit(
        db,
        {
          userId: null,
          username: 'gjenopprettingskode',
          action: 'password_reset_recovery',
          entity: 'user',
          entityId: user.id,
        },
        ctx.config.now(),
      );
    } finally {
      db.close();
      key.fill(0);
    }
    return null;
  },
};
