import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { writeKeyFile } from '../storage/keyFile';
import { registerPaths } from '../storage/paths';
import { withoutUserSlot, withUserSlot } from '../session/slots';
import { countActiveAdmins, findUser, findUserByName, insertUser, listUsers } from './usersRepo';

function activeUser(ctx: Ctx, id: number) {
  const user = findUser(session(ctx).db, id);
  if (!user?.active) throw new CoreError('NOT_FOUND');
  return user;
}

/** The key file is written first: a power cut after it leaves a slot no user row points to, never the reverse. */
async function writeSlot(ctx: Ctx, username: string, password: string) {
  const open = session(ctx);
  open.keyFile = await withUserSlot(open.keyFile, open.key, username, password, ctx.config.kdf);
  writeKeyFile(registerPaths(ctx.config.dataDir).keys, open.keyFile);
}

export const usersHandlers: FeatureHandlers<'users'> = {
  'users.list': (ctx) => listUsers(session(ctx).db),

  'users.create': async (ctx, input) => {
    if (findUserByName(session(ctx).db, input.username)) {
      throw new CoreError('CONFLICT', { username: 'validation.usernameTaken' });
    }
    await writeSlot(ctx, input.username, input.password);
    return inTransaction(ctx, (db) => {
      const user = insertUser(db, input, ctx.config.now().toISOString());
      audit(ctx, {
        action: 'create',
        entity: 'user',
        entityId: user.id,
        fields: ['username', 'displayName', 'role'],
      });
      return user;
    });
  },

  'users.resetPassword': async (ctx, input) => {
    const user = activeUser(ctx, input.userId);
    await writeSlot(ctx, user.username, input.newPassword);
    inTransaction(ctx, () => audit(ctx, { action: 'password_reset', entity: 'user', entityId: user.id }));
    return null;
  },

  'users.deactivate': (ctx, input) => {
    const open = session(ctx);
    const user = activeUser(ctx, input.userId);
    if (user.role === 'admin' && countActiveAdmins(open.db) <= 1) throw new CoreError('LAST_ADMIN');
    // The slot goes first: from this moment the password opens nothing.
    open.keyFile = withoutUserSlot(open.keyFile, user.username);
    writeKeyFile(registerPaths(ctx.config.dataDir).keys, open.keyFile);
    inTransaction(ctx, (db) => {
      db.prepare('UPDATE users SET active = 0, updated_at = ? WHERE id = ?').run(
        ctx.config.now().toISOString(),
        user.id,
      );
      // Unfinished input of someone who can no longer log in is nobody's to read.
      db.prepare('DELETE FROM drafts WHERE user_id = ?').run(user.id);
      audit(ctx, { action: 'deactivate', entity: 'user', entityId: user.id, fields: ['active'] });
    });
    if (user.id === open.user.id) ctx.vault.lock();
    return null;
  },
};
