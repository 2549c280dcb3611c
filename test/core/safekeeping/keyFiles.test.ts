/** Key-file damage that still parses, and a key file from before a re-key. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ADMIN, newCore, tempDir } from '../harness';
import { addCase, LISE, registerWithData } from './register';

const keys = (dir: string) => path.join(dir, 'samordna.keys');

/** One base64 character of every slot's wrapped private key changed: still JSON, still the schema. */
function damageSlotsKeepingJson(file: string) {
  const keyFile = JSON.parse(readFileSync(file, 'utf8'));
  for (const slot of keyFile.slots) slot.ct = (slot.ct[0] === 'A' ? 'B' : 'A') + slot.ct.slice(1);
  writeFileSync(file, JSON.stringify(keyFile, null, 2));
}

describe('key file damage', () => {
  it('a damaged (but parseable) key file beside an intact copy: the right password still opens', async () => {
    const { core, recoveryCode } = await registerWithData(1);
    core.close();
    damageSlotsKeepingJson(keys(core.dataDir)); // the copy is untouched
    const again = newCore({ dataDir: core.dataDir, allowSyntheticIds: true });
    const result = await again.dispatch('session.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    });
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    await again.ok('session.logout', {});
    expect(
      await again.dispatch('session.recover', {
        recoveryCode,
        username: ADMIN.username,
        newPassword: 'nytt og langt passord 77',
      }),
    ).toMatchObject({ ok: true });
  });

  it('an outdated key file (from before a re-key) is not called a damaged register', async () => {
    const { core } = await registerWithData(2);
    const lise = await core.ok('users.create', LISE);
    const old = path.join(tempDir(), 'samordna.keys');
    copyFileSync(keys(core.dataDir), old);
    await core.ok('users.deactivate', { userId: lise.id });
    await addCase(core, 9);
    core.close();
    // The user "puts the key file back" from an older copy (both files, as a restore of the folder would).
    copyFileSync(old, keys(core.dataDir));
    copyFileSync(old, `${keys(core.dataDir)}.copy`);
    const again = newCore({ dataDir: core.dataDir, allowSyntheticIds: true });
    const result = await again.dispatch('session.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    });
    expect(result.ok ? null : result.error.code).not.toBe('DATABASE_DAMAGED');
    expect(await again.ok('session.status', {})).not.toMatchObject({ state: 'damaged' });
  });
});
