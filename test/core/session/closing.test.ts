/**
 * Closing the register at quit goes through core's one-call-at-a-time queue: a call under way
 * finishes first, nothing asked for afterwards runs, and nothing can open the register again.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Db } from '@core/storage/database';

import { ADMIN, setUpCore, withRawDb } from '../harness';

/** The real cost, so that a login is still inside scrypt when the close is asked for. */
const REAL_KDF = { N: 2 ** 17, r: 8, p: 1 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const sessionActions = (db: Db) =>
  (
    db.prepare("SELECT action FROM audit WHERE entity = 'session' ORDER BY id").all() as Array<{
      action: string;
    }>
  ).map((row) => row.action);

const closeBackups = (dataDir: string) => {
  const folder = path.join(dataDir, 'backups');
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('-close.samordna')) : [];
};

describe('closing the register in turn', () => {
  it('lets the call under way finish first, then closes once and refuses every later call', async () => {
    const { core } = await setUpCore({ kdf: REAL_KDF });
    await core.ok('session.logout', {});
    const login = core.dispatch('session.login', { username: ADMIN.username, password: ADMIN.password });
    await sleep(30); // the login is inside scrypt now
    const closed = core.closeWhenIdle();
    // Asked for after the close: refused at once, it neither runs nor opens anything.
    const late = core.dispatch('session.login', { username: ADMIN.username, password: ADMIN.password });
    await expect(late).resolves.toMatchObject({ ok: false, error: { code: 'APP_CLOSING' } });
    await expect(login).resolves.toMatchObject({ ok: true });
    await closed;
    expect(core.closeWhenIdle()).toBe(closed);
    await core.closeWhenIdle();
    core.close();
    await expect(core.dispatch('session.status', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'APP_CLOSING' },
    });
    // The login that was under way was logged and closed: one 'close', after it.
    const actions = await withRawDb(core.dataDir, sessionActions);
    expect(actions.slice(-2)).toEqual(['login', 'close']);
    expect(actions.filter((a) => a === 'close')).toHaveLength(1);
  }, 60_000);

  it('a change made before the close is backed up by it, once', async () => {
    const { core } = await setUpCore();
    const change = core.dispatch('serviceUnits.create', { name: 'PPT' });
    const closed = core.closeWhenIdle();
    await expect(change).resolves.toMatchObject({ ok: true });
    await closed;
    core.close();
    await core.closeWhenIdle();
    expect(closeBackups(core.dataDir)).toHaveLength(1);
  });

  it('the synchronous close refuses calls waiting their turn and closes again behind a call under way', async () => {
    const { core } = await setUpCore({ kdf: REAL_KDF });
    await core.ok('session.logout', {});
    const login = core.dispatch('session.login', { username: ADMIN.username, password: ADMIN.password });
    const waiting = core.dispatch('serviceUnits.list', {});
    await sleep(30);
    core.close();
    // The login resumes after the close: what it opened is closed again, and it says so.
    await expect(login).resolves.toMatchObject({ ok: false, error: { code: 'APP_CLOSING' } });
    await expect(waiting).resolves.toMatchObject({ ok: false, error: { code: 'APP_CLOSING' } });
    await expect(core.dispatch('session.status', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'APP_CLOSING' },
    });
    await core.closeWhenIdle();
    const actions = await withRawDb(core.dataDir, sessionActions);
    expect(actions.slice(-2)).toEqual(['login', 'close']);
  }, 60_000);
});
