/**
 * Calls that wait (scrypt) while another changes the key file or the key: core runs one call at
 * a time, so a re-key in between can never be overwritten by a key file read before it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { probeDatabase } from '@core/storage/database';
import { parseKeyFile } from '@core/storage/keyFile';
import { unwrapKey, userLookup } from '@core/storage/keySlots';

import { ADMIN } from '../harness';
import { LISE, login, registerWithData } from './register';

/** The real cost: a slot takes a few hundred ms, the window every admin action opens. */
const REAL_KDF = { N: 2 ** 17, r: 8, p: 1 };
const OLA = {
  username: 'ola',
  displayName: 'Ola Saksbehandler',
  role: 'saksbehandler' as const,
  password: 'ola sitt passord om vinteren 44',
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function currentKeyOpens(dataDir: string, username: string, password: string) {
  const keyFile = parseKeyFile(readFileSync(path.join(dataDir, 'samordna.keys'), 'utf8'))!;
  const slot = keyFile.slots.find((s) => s.lookup === userLookup(keyFile.registerId, username));
  if (!slot) return false;
  const key = await unwrapKey(slot, password, keyFile.registerId);
  return key !== null && probeDatabase(path.join(dataDir, 'samordna.db'), key, false) === 'ok';
}

describe('concurrent key-file writers', () => {
  it('a password reset and a new user at the same time leave a register that still opens', async () => {
    const { core } = await registerWithData(1, { kdf: REAL_KDF });
    const lise = await core.ok('users.create', LISE);
    const reset = core.dispatch('users.resetPassword', {
      userId: lise.id,
      newPassword: 'nytt lederpassord 2027',
    });
    await sleep(60); // reset is now inside scrypt
    const create = core.dispatch('users.create', OLA);
    const [a, b] = await Promise.all([reset, create]);
    expect(a.ok && b.ok, JSON.stringify([a, b])).toBe(true);
    await core.ok('session.logout', {});
    for (const [username, password] of [
      [ADMIN.username, ADMIN.password],
      ['ola', OLA.password],
      ['lise', 'nytt lederpassord 2027'],
    ] as const) {
      const again = await core.dispatch('session.login', { username, password });
      expect(again, `${username}: ${JSON.stringify(again)}`).toMatchObject({ ok: true });
      await core.ok('session.logout', {});
    }
  }, 60_000);

  it('a user deactivated while another password reset is in flight cannot open today’s register', async () => {
    const { core } = await registerWithData(1, { kdf: REAL_KDF });
    const lise = await core.ok('users.create', LISE);
    const ola = await core.ok('users.create', OLA);
    expect(await currentKeyOpens(core.dataDir, 'ola', OLA.password)).toBe(true);
    const reset = core.dispatch('users.resetPassword', {
      userId: lise.id,
      newPassword: 'nytt lederpassord 2027',
    });
    await sleep(60);
    await core.ok('users.deactivate', { userId: ola.id });
    expect(await currentKeyOpens(core.dataDir, 'ola', OLA.password)).toBe(false);
    expect(await reset).toMatchObject({ ok: true });
    expect(await currentKeyOpens(core.dataDir, 'ola', OLA.password)).toBe(false);
    await login(core, 'lise', 'nytt lederpassord 2027').catch(() => undefined);
  }, 60_000);

  it('two new users created at the same time can both log in', async () => {
    const { core } = await registerWithData(0, { kdf: REAL_KDF });
    const second = { ...OLA, username: 'per', displayName: 'Per', password: 'pers passord i sommer 2026' };
    const [a, b] = await Promise.all([
      core.dispatch('users.create', OLA),
      core.dispatch('users.create', second),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect(await currentKeyOpens(core.dataDir, 'ola', OLA.password)).toBe(true);
    expect(await currentKeyOpens(core.dataDir, 'per', second.password)).toBe(true);
  }, 60_000);
});
