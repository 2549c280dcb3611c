import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { attemptVerdict, delayAfter, LOGINS_FILE, noLogins, withFailure } from '@core/session/loginThrottle';

import { ADMIN, newCore, setUpCore, type TestCore } from '../harness';

const LISE = {
  username: 'lise',
  displayName: 'Lise Leder',
  role: 'leder' as const,
  password: 'lederpassord 2026',
};
const WRONG = 'ikke mitt passord';

/** A clock the test moves by hand. */
function clock(start = '2026-03-02T09:00:00.000Z') {
  let at = new Date(start);
  return {
    now: () => at,
    advance: (ms: number) => {
      at = new Date(at.getTime() + ms);
    },
  };
}

async function attempt(core: TestCore, username: string, password = WRONG) {
  const result = await core.dispatch('session.login', { username, password });
  if (result.ok) return { code: 'OK' };
  const { code, fields } = result.error;
  return fields ? { code, fields } : { code };
}

/** Wrong passwords, each after the previous wait is over, until the name is locked. */
async function lockOut(core: TestCore, time: ReturnType<typeof clock>, username: string, times = 10) {
  for (let i = 0; i < times; i += 1) {
    expect((await attempt(core, username)).code).toBe('WRONG_PASSWORD');
    time.advance(31_000);
  }
}

describe('the wait after wrong passwords', () => {
  it('is none for three, then one second doubling up to thirty', () => {
    const waits = Array.from({ length: 12 }, (_, failures) => delayAfter(failures));
    expect(waits).toEqual([0, 0, 0, 0, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(delayAfter(40)).toBe(30_000);
  });

  it('counts from the last attempt, in whole seconds rounded up', () => {
    const at = new Date('2026-03-02T09:00:00.000Z');
    let logins = noLogins();
    for (let i = 0; i < 5; i += 1) logins = withFailure(logins, 'x', at);
    const record = logins.attempts.x;
    expect(attemptVerdict(record, 10, new Date('2026-03-02T09:00:00.500Z'))).toEqual({
      kind: 'wait',
      seconds: 2,
    });
    expect(attemptVerdict(record, 10, new Date('2026-03-02T09:00:01.200Z'))).toEqual({
      kind: 'wait',
      seconds: 1,
    });
    expect(attemptVerdict(record, 10, new Date('2026-03-02T09:00:02.000Z'))).toEqual({ kind: 'open' });
    expect(attemptVerdict(record, 5, new Date('2026-03-02T10:00:00.000Z'))).toEqual({ kind: 'locked' });
  });

  it('keeps locked names when many names were tried', () => {
    const at = new Date('2026-03-02T09:00:00.000Z');
    let logins = { ...noLogins(), maxFailedLogins: 3 };
    for (let i = 0; i < 3; i += 1) logins = withFailure(logins, 'locked', at);
    for (let i = 0; i < 1_200; i += 1) logins = withFailure(logins, `name-${i}`, new Date(at.getTime() + i));
    expect(Object.keys(logins.attempts)).toHaveLength(1_000);
    expect(logins.attempts.locked?.failures).toBe(3);
    expect(logins.attempts['name-1199']).toBeDefined();
    expect(logins.attempts['name-0']).toBeUndefined();
  });
});

describe('logging in with wrong passwords', () => {
  it('makes the user wait, longer after each wrong password, without trying the password', async () => {
    const time = clock();
    const { core } = await setUpCore({ now: time.now });
    await core.ok('session.logout', {});
    for (let i = 0; i < 4; i += 1)
      expect(await attempt(core, ADMIN.username)).toEqual({ code: 'WRONG_PASSWORD' });
    // Even the right password waits: it is not tried.
    expect(await attempt(core, ADMIN.username, ADMIN.password)).toEqual({
      code: 'TOO_MANY_ATTEMPTS',
      fields: { retryAfterSeconds: '1' },
    });
    time.advance(1_000);
    expect(await attempt(core, ADMIN.username)).toEqual({ code: 'WRONG_PASSWORD' });
    expect(await attempt(core, ADMIN.username)).toMatchObject({ fields: { retryAfterSeconds: '2' } });
    time.advance(2_000);
    expect(await attempt(core, ADMIN.username)).toEqual({ code: 'WRONG_PASSWORD' });
    expect(await attempt(core, ADMIN.username)).toMatchObject({ fields: { retryAfterSeconds: '4' } });
    time.advance(4_000);
    expect((await attempt(core, ADMIN.username, ADMIN.password)).code).toBe('OK');
  });

  it('starts afresh after a right password', async () => {
    const time = clock();
    const { core } = await setUpCore({ now: time.now });
    await core.ok('session.logout', {});
    for (let i = 0; i < 3; i += 1) await attempt(core, ADMIN.username);
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    await core.ok('session.logout', {});
    for (let i = 0; i < 4; i += 1) expect((await attempt(core, ADMIN.username)).code).toBe('WRONG_PASSWORD');
  });

  it('locks the user at the limit, also against the right password and after a restart', async () => {
    const time = clock();
    const { core } = await setUpCore({ now: time.now });
    await core.ok('session.logout', {});
    await lockOut(core, time, ADMIN.username);
    const locked = await core.fails('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(locked.code).toBe('USER_LOCKED');
    expect(locked.message).toMatch(/sperret/);
    core.close();
    const again = newCore({ dataDir: core.dataDir, now: time.now });
    time.advance(24 * 3600_000);
    expect((await attempt(again, ADMIN.username, ADMIN.password)).code).toBe('USER_LOCKED');
    // The file beside the register names nobody.
    const file = readFileSync(path.join(core.dataDir, LOGINS_FILE), 'utf8');
    expect(file).not.toContain(ADMIN.username);
  });

  it('answers for a name that is no user exactly as for one that is', async () => {
    const time = clock();
    const { core } = await setUpCore({ now: time.now });
    await core.ok('session.logout', {});
    const answers = async (username: string) => {
      const seen = [];
      for (let i = 0; i < 16; i += 1) {
        seen.push(await attempt(core, username));
        time.advance(i % 2 ? 30_000 : 0);
      }
      return seen;
    };
    const known = await answers(ADMIN.username);
    const unknown = await answers('finnes.ikke');
    expect(unknown).toEqual(known);
    expect(known.map((a) => a.code)).toContain('TOO_MANY_ATTEMPTS');
    expect(known.at(-1)!.code).toBe('USER_LOCKED');
  });

  it('counts each name by itself', async () => {
    const time = clock();
    const { core } = await setUpCore({ now: time.now });
    await core.ok('users.create', LISE);
    await core.ok('session.logout', {});
    await lockOut(core, time, 'lise');
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
  });

  it('uses the limit an administrator set, also after a restart', async () => {
    const time = clock();
    const { core } = await setUpCore({ now: time.now });
    const general = { municipalityName: 'Testvik kommune', idleTimeoutMinutes: 10 };
    for (const wrong of [2, 51, 4.5]) {
      expect((await core.fails('settings.update', { ...general, maxFailedLogins: wrong })).fields).toEqual({
        maxFailedLogins: 'validation.maxFailedLoginsInvalid',
      });
    }
    expect((await core.ok('settings.get', {})).maxFailedLogins).toBe(10);
    expect((await core.ok('settings.update', { ...general, maxFailedLogins: 3 })).maxFailedLogins).toBe(3);
    // Left out, the limit stays as it is.
    expect((await core.ok('settings.update', general)).maxFailedLogins).toBe(3);
    await core.ok('users.create', LISE);
    await core.ok('session.logout', {});
    core.close();
    const again = newCore({ dataDir: core.dataDir, now: time.now });
    await lockOut(again, time, 'lise', 3);
    expect((await attempt(again, 'lise', LISE.password)).code).toBe('USER_LOCKED');
    await again.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    const { rows } = await again.ok('audit.list', { action: 'update' });
    expect(rows.find((r) => r.entity === 'settings')?.fields).toEqual(['maxFailedLogins']);
  });
});

describe('freeing a locked user', () => {
  async function lockedLise() {
    const time = clock();
    const { core, recoveryCode } = await setUpCore({ now: time.now });
    const lise = await core.ok('users.create', LISE);
    await core.ok('session.logout', {});
    await lockOut(core, time, 'lise');
    return { core, time, lise, recoveryCode };
  }

  it('shows the lock in the users list, and the administrator lifts it', async () => {
    const { core, lise } = await lockedLise();
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    const listed = await core.ok('users.list', {});
    expect(listed.map((u) => [u.username, u.locked])).toEqual([
      [ADMIN.username, false],
      ['lise', true],
    ]);
    await core.ok('users.unlock', { userId: lise.id });
    expect((await core.ok('users.list', {})).find((u) => u.id === lise.id)?.locked).toBe(false);
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise', password: LISE.password });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    const { rows } = await core.ok('audit.list', { entity: 'user' });
    const about = (action: string) => rows.filter((r) => r.action === action).map((r) => r.entityId);
    // The lock is told once, at the first login after it; the lifting names its administrator.
    expect(about('user_locked')).toEqual([String(lise.id)]);
    expect(rows.find((r) => r.action === 'unlock')).toMatchObject({
      username: ADMIN.username,
      entityId: String(lise.id),
    });
  });

  it('is done by a new password from an administrator', async () => {
    const { core, lise } = await lockedLise();
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    await core.ok('users.resetPassword', { userId: lise.id, newPassword: 'nytt lederpassord 1' });
    expect((await core.ok('users.list', {})).find((u) => u.id === lise.id)?.locked).toBe(false);
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise', password: 'nytt lederpassord 1' });
  });

  it('is done for a locked administrator by the recovery code', async () => {
    const time = clock();
    const { core, recoveryCode } = await setUpCore({ now: time.now });
    await core.ok('session.logout', {});
    await lockOut(core, time, ADMIN.username);
    await core.ok('session.recover', {
      recoveryCode,
      username: ADMIN.username,
      newPassword: 'et helt nytt passord',
    });
    await core.ok('session.login', { username: ADMIN.username, password: 'et helt nytt passord' });
  });
});
