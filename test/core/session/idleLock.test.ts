import { describe, expect, it } from 'vitest';

import { ADMIN, setUpCore } from '../harness';

describe('locking after idle time', () => {
  function clock() {
    let now = new Date('2026-11-23T09:00:00').getTime();
    return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
  }

  it('locks after the setting’s minutes: the database closes and calls need a new login', async () => {
    const time = clock();
    const { core } = await setUpCore({ now: time.now });
    expect((await core.ok('settings.get', {})).idleTimeoutMinutes).toBe(10);
    time.advance(9 * 60_000);
    await core.ok('coordinators.list', {});
    time.advance(9 * 60_000);
    expect((await core.ok('session.status', {})).state).toBe('open');
    time.advance(60_000);
    expect((await core.ok('session.status', {})).state).toBe('locked');
    expect((await core.fails('coordinators.list', {})).code).toBe('UNAUTHENTICATED');
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    await core.ok('coordinators.list', {});
    expect((await core.ok('audit.list', { action: 'idle_lock' })).total).toBe(1);
  });

  it('locks at once when the user asks, and logs it', async () => {
    const { core } = await setUpCore();
    await core.ok('session.lock', {});
    expect((await core.ok('session.status', {})).state).toBe('locked');
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect((await core.ok('audit.list', { action: 'lock' })).total).toBe(1);
  });

  it('does not count the window’s status polling as activity, but does count reported activity', async () => {
    const time = clock();
    const { core } = await setUpCore({ now: time.now });
    await core.ok('settings.update', { municipalityName: 'Testvik kommune', idleTimeoutMinutes: 2 });
    for (let i = 0; i < 3; i++) {
      time.advance(30_000);
      await core.ok('session.activity', {});
    }
    time.advance(110_000);
    expect((await core.ok('session.status', {})).state).toBe('open');
    for (let i = 0; i < 4; i++) {
      time.advance(30_000);
      await core.ok('session.status', {});
    }
    expect((await core.ok('session.status', {})).state).toBe('locked');
  });

  it('uses a shortened timeout when one is given (end-to-end tests)', async () => {
    const time = clock();
    const { core } = await setUpCore({ now: time.now, idleTimeoutMsOverride: 3_000 });
    time.advance(3_000);
    expect((await core.ok('session.status', {})).state).toBe('locked');
  });
});
