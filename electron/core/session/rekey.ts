import { randomBytes } from 'node:crypto';

import { audit, session, type Ctx } from '../context';
import { CoreError } from '../errors';
import type { Db } from '../storage/database';
import { rekeyDatabase } from '../storage/database';
import type { KeyFile } from '../storage/keyFile';
import { keyCheck, sealKey, userLookup } from '../storage/keySlots';
import { registerPaths } from '../storage/paths';
import { markKeyChangeRecorded, saveKeyFile, type KeyChange } from './keyring';
import { finishRekey } from './register';
import { isLegacySlot } from './slots';

/**
 * Takes a key from someone (deactivation, a password reset by an administrator): the database
 * gets a new random key and every remaining slot gets it sealed to its public key, so an old copy
 * of the key file with the old password opens nothing any more. Three steps, each safe to stop
 * after: (1) the key file holds both keys for every remaining slot (the taken slot already gone),
 * (2) the database is re-keyed (SQLCipher rekey, atomic), with the change and its audit row in
 * one transaction after it, (3) the key file keeps only the new key. The next open finishes an
 * interrupted run from (1) or (2) (register.ts `openRegister`).
 */
export async function rekeyRegister(
  ctx: Ctx,
  change: KeyChange,
  edit: (keyFile: KeyFile) => Promise<KeyFile>,
  record: (db: Db) => void,
): Promise<void> {
  const open = session(ctx);
  const keysPath = registerPaths(ctx.config.dataDir).keys;
  const recovery = open.keyFile.slots.find((s) => s.kind === 'recovery');
  if (!recovery || isLegacySlot(recovery)) throw new CoreError('RECOVERY_SLOT_OUTDATED');
  const edited = await edit(open.keyFile);
  const newKey = randomBytes(32);
  const { registerId } = edited;
  const dropped = usersWithLegacySlots(open.db, edited);
  // A slot of the first format wraps the old key itself and cannot take the new one: it goes.
  const slots = edited.slots
    .filter((s) => !isLegacySlot(s))
    .map((s) => ({ ...s, next: sealKey(newKey, s.publicKey!, registerId, s.id) }));
  const at = ctx.config.now();
  open.keyFile = saveKeyFile(
    keysPath,
    open.db,
    { ...edited, rekeyTo: keyCheck(newKey, registerId), slots },
    change,
    at,
  );
  rekeyDatabase(open.db, newKey);
  open.key.fill(0);
  open.key = newKey;
  open.db.transaction(() => {
    record(open.db);
    // They keep their user but need a new password from an administrator: logged, not silent.
    for (const userId of dropped)
      audit(ctx, { action: 'slot_dropped', entity: 'user', entityId: userId, fields: ['password'] });
    markKeyChangeRecorded(open.db, open.keyFile);
  })();
  open.keyFile = saveKeyFile(keysPath, open.db, finishRekey(open.keyFile, newKey), null, at);
}

/** Users whose slot is of the first format (they have not logged in since the upgrade). */
function usersWithLegacySlots(db: Db, keyFile: KeyFile): number[] {
  const legacy = new Set(
    keyFile.slots.filter((s) => s.kind === 'user' && isLegacySlot(s)).map((s) => s.lookup),
  );
  if (legacy.size === 0) return [];
  const users = db.prepare('SELECT id, username FROM users').all() as { id: number; username: string }[];
  return users.filter((u) => legacy.has(userLookup(keyFile.registerId, u.username))).map((u) => u.id);
}
