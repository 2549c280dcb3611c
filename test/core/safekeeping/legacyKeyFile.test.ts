/** A register whose key file is of the first format (slots wrap the key directly). */
import { createCipheriv, randomBytes, randomUUID, scryptSync } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { unwrapKey, userLookup } from '@core/storage/keySlots';
import { normaliseRecoveryCode } from '@core/storage/recoveryCode';

import { ADMIN, newCore, TEST_KDF } from '../harness';
import { LISE, login, registerWithData } from './register';

function legacySlot(
  key: Buffer,
  secret: string,
  registerId: string,
  extra: { kind: 'user' | 'recovery'; lookup?: string },
) {
  const id = randomUUID();
  const kdf = { name: 'scrypt' as const, ...TEST_KDF, salt: randomBytes(16).toString('base64') };
  const kek = scryptSync(secret.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, {
    ...TEST_KDF,
    maxmem: 64 << 20,
  });
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', kek, iv);
  c.setAAD(Buffer.from(`samordna-slot:v1:${registerId}:${id}`));
  const ct = Buffer.concat([c.update(key), c.final()]);
  return {
    id,
    ...extra,
    kdf,
    iv: iv.toString('base64'),
    tag: c.getAuthTag().toString('base64'),
    ct: ct.toString('base64'),
  };
}

const OLA = {
  username: 'ola',
  displayName: 'Ola',
  role: 'saksbehandler' as const,
  password: 'ola sitt passord om vinteren 44',
};

describe('first-format key file', () => {
  it('opens, upgrades the slots it can, and logs the password a re-key must take from a user who has not logged in since', async () => {
    const { core, recoveryCode } = await registerWithData(1);
    const lise = await core.ok('users.create', LISE);
    const ola = await core.ok('users.create', OLA);
    core.close();
    const file = path.join(core.dataDir, 'samordna.keys');
    const now = JSON.parse(readFileSync(file, 'utf8'));
    const adminSlot = now.slots.find(
      (s: { lookup?: string }) => s.lookup === userLookup(now.registerId, ADMIN.username),
    );
    const key = (await unwrapKey(adminSlot, ADMIN.password, now.registerId))!;
    const user = (name: string, pw: string) =>
      legacySlot(key, pw, now.registerId, { kind: 'user', lookup: userLookup(now.registerId, name) });
    const v1 = {
      format: 'samordna-keys',
      version: 1,
      registerId: now.registerId,
      demo: false,
      label: now.label,
      slots: [
        legacySlot(key, normaliseRecoveryCode(recoveryCode), now.registerId, { kind: 'recovery' }),
        user(ADMIN.username, ADMIN.password),
        user('lise', LISE.password),
        user('ola', OLA.password),
      ],
    };
    writeFileSync(file, JSON.stringify(v1));
    rmSync(`${file}.copy`);

    const again = newCore({ dataDir: core.dataDir, allowSyntheticIds: true });
    // A re-key cannot keep a recovery slot of the first format: refused until the code is used once.
    await login(again);
    expect((await again.fails('users.deactivate', { userId: ola.id })).code).toBe('RECOVERY_SLOT_OUTDATED');
    await again.ok('session.logout', {});
    await again.ok('session.recover', {
      recoveryCode,
      username: ADMIN.username,
      newPassword: 'nytt og langt passord 77',
    });
    await login(again, ADMIN.username, 'nytt og langt passord 77');
    const upgraded = JSON.parse(readFileSync(file, 'utf8')) as {
      slots: { kind: string; publicKey?: string }[];
    };
    expect(upgraded.slots.find((s) => s.kind === 'recovery')!.publicKey).toBeDefined();
    await again.ok('users.deactivate', { userId: ola.id });
    // Lise's slot wraps the old key itself and could not take the new one: logged, not silent.
    const dropped = await again.ok('audit.list', { action: 'slot_dropped' });
    expect(dropped.rows.map((r) => r.entityId)).toEqual([String(lise.id)]);
    await again.ok('session.logout', {});
    expect((await again.fails('session.login', { username: 'lise', password: LISE.password })).code).toBe(
      'WRONG_PASSWORD',
    );
    await login(again, ADMIN.username, 'nytt og langt passord 77');
    await again.ok('users.resetPassword', { userId: lise.id, newPassword: 'hun får et helt nytt passord 5' });
    await again.ok('session.logout', {});
    await login(again, 'lise', 'hun får et helt nytt passord 5');
  });
});
