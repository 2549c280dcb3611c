import { describe, expect, it } from 'vitest';

import { api, channelNames } from '@shared/api/index';

import { ADMIN, newCore, setUpCore } from '../harness';

describe('roles, checked in core for every call', () => {
  it('refuses a leder every channel not meant for a leder, and writes nothing', async () => {
    const { core } = await setUpCore();
    await core.ok('users.create', {
      username: 'lise',
      displayName: 'Lise Leder',
      role: 'leder',
      password: 'lederpassord 2026',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise', password: 'lederpassord 2026' });
    const before = (await core.ok('session.status', {})).user;
    const closed = channelNames.filter((c) => api[c].access !== 'public' && !api[c].access.includes('leder'));
    expect(closed).toContain('coordinators.list');
    for (const channel of closed) {
      const result = await core.dispatch(channel, {});
      expect(result.ok ? 'ok' : result.error.code, channel).toBe('FORBIDDEN');
    }
    expect((await core.ok('session.status', {})).user).toEqual(before);
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    const { rows } = await core.ok('audit.list', { username: 'lise' });
    expect(rows.map((r) => r.action).sort()).toEqual(['login', 'logout']);
  });

  it('answers UNAUTHENTICATED to every non-public channel without a session', async () => {
    const { core } = await setUpCore();
    await core.ok('session.logout', {});
    for (const channel of channelNames.filter((c) => api[c].access !== 'public')) {
      const result = await core.dispatch(channel, {});
      expect(result.ok ? 'ok' : result.error.code, channel).toBe('UNAUTHENTICATED');
    }
  });

  it('says what is wrong with the input, field by field, in keys the window translates', async () => {
    const { core } = await setUpCore();
    const error = await core.fails('coordinators.create', {
      name: ' ',
      serviceUnitId: 'x',
      phone: '12',
      email: 'ikke-epost',
      capacity: 0,
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Noen felt er ikke riktig fylt ut. Se meldingene ved feltene.');
    expect(error.fields).toEqual({
      name: 'validation.required',
      serviceUnitId: 'validation.serviceUnitRequired',
      phone: 'validation.phoneInvalid',
      email: 'validation.emailInvalid',
      capacity: 'validation.capacityInvalid',
    });
  });

  it('refuses an unknown channel and never sends a stack trace', async () => {
    const core = newCore();
    expect((await core.fails('cases.delete' as never, {})).code).toBe('UNKNOWN_CHANNEL');
    const result = await core.dispatch('__proto__', {});
    expect(result.ok).toBe(false);
  });
});
