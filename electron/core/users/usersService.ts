import type { UserRow } from '@shared/api/users';
import type { PasswordOwner } from '@shared/domain/passwordStrength';

import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { markKeyChangeRecorded, saveKeyFile, type KeyChangeAction } from '../session/keyring';
import { clearLoginFailures, lockedUsernames } from '../session/loginThrottle';
import { refuseWeakPassword } from '../session/passwordPolicy';
import { rekeyRegister } from '../session/rekey';
import { withoutUserSlot, withUserSlot } from '../session/slots';
import { getSetting } from '../settings/settingsRepo';
import { registerPaths } from '../storage/paths';
import {
  countActiveAdmins,
  findUser,
  findUserByName,
  insertUser,
  listUsers,
  type UserRecord,
} from './usersRepo';

function activeUser(ctx: Ctx, id: number) {
  const user = findUser(session(ctx).db, id);
  if (!user?.active) throw new CoreError('NOT_FOUND');
  return user;
}

/**
 * A new slot (a new user, or a user's new password): the key file first, numbered as a key change,
 * then the change and its audit row, so a stop between the two is found at the next login.
 */
async function writeSlot(ctx: Ctx, username: string, password: string, action: KeyChangeAction) {
  const open = session(ctx);
  const next = await withUserSlot(open.keyFile, open.key, username, password, ctx.config.kdf);
  open.keyFile = saveKeyFile(keysPath(ctx), open.db, next, { action }, ctx.config.now());
}

const keysPath = (ctx: Ctx) => registerPaths(ctx.config.dataDir).keys;

/** Whether each user is locked after wrong passwords: kept in the logins file, not the register. */
function withLocks(ctx: Ctx, users: UserRecord[]): UserRow[] {
  const { registerId } = session(ctx).keyFile;
  const locked = lockedUsernames(
    ctx.config.dataDir,
    registerId,
    users.map((u) => u.username),
  );
  return users.map((u) => ({ ...u, locked: locked.has(u.username) }));
}

/** A new password may not be guessable from its owner's names or the municipality's. */
function refuseWeak(ctx: Ctx, password: string, owner: PasswordOwner, field: string) {
  const municipality = getSetting(session(ctx).db, 'municipality.name');
  return refuseWeakPassword(password, { ...owner, municipality }, field);
}

export const usersHandlers: FeatureHandlers<'users'> = {
  'users.list': (ctx) => withLocks(ctx, listUsers(session(ctx).db)),

  'users.create': async (ctx, input) => {
    if (findUserByName(session(ctx).db, input.username)) {
      throw new CoreError('CONFLICT', { username: 'validation.usernameTaken' });
    }
    await refuseWeak(ctx, input.password, input, 'password');
    await writeSlot(ctx, input.username, input.password, 'user_create');
    return inTransaction(ctx, (db) => {
      const user = insertUser(db, input, ctx.config.now().toISOString());
      audit(ctx, {
        action: 'create',
        entity: 'user',
        entityId: user.id,
        fields: ['username', 'displayName', 'role'],
      });
      markKeyChangeRecorded(db, session(ctx).keyFile);
      return { ...user, locked: false };
    });
  },

  /** A new password set by an administrator re-keys the register: the old one opens no old copy. */
  'users.resetPassword': async (ctx, input) => {
    const open = session(ctx);
    const user = activeUser(ctx, input.userId);
    await refuseWeak(ctx, input.newPassword, user, 'newPassword');
    await rekeyRegister(
      ctx,
      { action: 'password_reset', entityId: user.id },
      (keyFile) => withUserSlot(keyFile, open.key, user.username, input.newPassword, ctx.config.kdf),
      () => audit(ctx, { action: 'password_reset', entity: 'user', entityId: user.id }),
    );
    // A new password given by an administrator frees a user locked out by wrong ones.
    clearLoginFailures(ctx.config.dataDir, session(ctx).keyFile.registerId, user.username);
    return null;
  },

  'users.unlock': (ctx, input) => {
    const user = activeUser(ctx, input.userId);
    clearLoginFailures(ctx.config.dataDir, session(ctx).keyFile.registerId, user.username);
    inTransaction(ctx, () => audit(ctx, { action: 'unlock', entity: 'user', entityId: user.id }));
    return null;
  },

  /** Deactivation re-keys the register: the user's password opens neither today's nor an old key file. */
  'users.deactivate': async (ctx, input) => {
    const open = session(ctx);
    const user = activeUser(ctx, input.userId);
    if (user.role === 'admin' && countActiveAdmins(open.db) <= 1) throw new CoreError('LAST_ADMIN');
    await rekeyRegister(
      ctx,
      { action: 'deactivate', entityId: user.id },
      (keyFile) => Promise.resolve(withoutUserSlot(keyFile, user.username)),
      (db) => {
        db.prepare('UPDATE users SET active = 0, updated_at = ? WHERE id = ?').run(
          ctx.config.now().toISOString(),
          user.id,
        );
        // Unfinished input of someone who can no longer log in is nobody's to read.
        db.prepare('DELETE FROM drafts WHERE user_id = ?').run(user.id);
        audit(ctx, { action: 'deactivate', entity: 'user', entityId: user.id, fields: ['active'] });
      },
    );
    if (user.id === open.user.id) ctx.vault.lock();
    return null;
  },
};
