import { randomBytes } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { probeDatabase, rekeyDatabase } from '@core/storage/database';
import { parseKeyFile, writeKeyFile } from '@core/storage/keyFile';
import { keyCheck, sealKey, unwrapKey, userLookup } from '@core/storage/keySlots';

import { ADMIN, newCore, tempDir, withRawDb } from '../harness';
import { caseCount, LISE, login, registerWithData } from './register';

/** What a former colleague kept: a copy of the key file from the day they could still log in. */
function keepKeyFile(dataDir: string): string {
  const kept = path.join(tempDir(), 'samordna.keys');
  copyFileSync(path.join(dataDir, 'samordna.keys'), kept);
  return kept;
}

async function opensWith(dataDir: string, keptKeyFile: string, username: string, password: string) {
  const keyFile = parseKeyFile(readFileSync(keptKeyFile, 'utf8'))!;
  const slot = keyFile.slots.find((s) => s.lookup === userLookup(keyFile.registerId, username))!;
  const key = await unwrapKey(slot, password, keyFile.registerId);
  expect(key, 'the old password still unwraps the old copy').not.toBeNull();
  return probeDatabase(path.join(dataDir, 'samordna.db'), key!, false) === 'ok';
}

describe('revocation', () => {
  it('re-keys on deactivation: an old key-file copy with the old password no longer opens the register', async () => {
    const { core, recoveryCode } = await registerWithData(2);
    const lise = await core.ok('users.create', LISE);
    const kept = keepKeyFile(core.dataDir);
    expect(await opensWith(core.dataDir, kept, 'lise', LISE.password)).toBe(true);

    await core.ok('users.deactivate', { userId: lise.id });
    expect(await opensWith(core.dataDir, kept, 'lise', LISE.password)).toBe(false);

    // Everyone else keeps their password, and the recovery code still works.
    await core.ok('session.logout', {});
    await login(core);
    expect(await caseCount(core)).toBe(2);
    await core.ok('session.logout', {});
    await core.ok('session.recover', {
      recoveryCode,
      username: ADMIN.username,
      newPassword: 'nytt passord for kari 9',
    });
    await login(core, ADMIN.username, 'nytt passord for kari 9');
    expect((await core.ok('audit.list', { action: 'deactivate' })).rows).toHaveLength(1);
  });

  it('re-keys on an administrator’s password reset: the old password and an old copy open nothing', async () => {
    const { core } = await registerWithData(1);
    const lise = await core.ok('users.create', LISE);
    const kept = keepKeyFile(core.dataDir);
    await core.ok('users.resetPassword', { userId: lise.id, newPassword: 'nytt lederpassord 2027' });
    expect(await opensWith(core.dataDir, kept, 'lise', LISE.password)).toBe(false);
    await core.ok('session.logout', {});
    expect((await core.fails('session.login', { username: 'lise', password: LISE.password })).code).toBe(
      'WRONG_PASSWORD',
    );
    await login(core, 'lise', 'nytt lederpassord 2027');
  });

  for (const stoppedAfter of ['the key file held both keys', 'the database was re-keyed'] as const)
    it(`finishes a re-key stopped after ${stoppedAfter}`, async () => {
      const { core } = await registerWithData(1);
      core.close();
      const keys = path.join(core.dataDir, 'samordna.keys');
      const old = parseKeyFile(readFileSync(keys, 'utf8'))!;
      const newKey = randomBytes(32);
      // Step 1 of rekeyRegister: every slot also holds the new key.
      writeKeyFile(keys, {
        ...old,
        rekeyTo: keyCheck(newKey, old.registerId),
        slots: old.slots.map((s) => ({ ...s, next: sealKey(newKey, s.publicKey!, old.registerId, s.id) })),
      });
      if (stoppedAfter === 'the database was re-keyed') {
        await withRawDb(core.dataDir, (db) => rekeyDatabase(db, newKey));
      }
      const again = newCore({ dataDir: core.dataDir, allowSyntheticIds: true });
      await login(again);
      expect(await caseCount(again)).toBe(1);
      const after = parseKeyFile(readFileSync(keys, 'utf8'))!;
      expect(after.rekeyTo).toBeUndefined();
      expect(after.keyCheck).toBe(keyCheck(newKey, old.registerId));
      expect(after.slots.every((s) => s.next === undefined)).toBe(true);
      expect(probeDatabase(path.join(core.dataDir, 'samordna.db'), newKey, true)).toBe('ok');
    });

  it('records at the next login a key change whose audit row was never written', async () => {
    const { core } = await registerWithData(1);
    await core.ok('users.create', LISE);
    core.close();
    // As if the process stopped after the key file was written and before the audit row.
    await withRawDb(core.dataDir, (db) =>
      db.prepare("UPDATE settings SET value = '0' WHERE key = 'keys.recordedChange'").run(),
    );
    const again = newCore({ dataDir: core.dataDir });
    await login(again);
    const { rows } = await again.ok('audit.list', { action: 'key_change_unrecorded' });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.fields[0]).toBe('action:user_create');
  });
});
