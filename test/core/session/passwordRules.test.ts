import { existsSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ADMIN, newCore, setUpCore } from '../harness';

const STRONG = 'sju grønne elefanter danser';
const LISE = {
  username: 'lise',
  displayName: 'Lise Leder',
  role: 'leder' as const,
  password: 'lederpassord 2026',
};

describe('new passwords that are easy to guess are refused', () => {
  it('at setup, with the reason by the field, and no register is made', async () => {
    const core = newCore();
    const setup = {
      municipality: 'Testvik kommune',
      displayName: 'Kari Nordmann',
      username: 'kari.admin.test',
    };
    const refused = async (password: string) =>
      (await core.fails('session.setup', { ...setup, password })).fields;
    expect(await refused('aaaaaaaaaaaa')).toEqual({ password: 'validation.passwordWeak' });
    expect(await refused('passord12345')).toEqual({ password: 'validation.passwordCommon' });
    expect(await refused('kari.admin.test')).toEqual({ password: 'validation.passwordIsUsername' });
    expect(await refused('Kari.Admin.Test 2026')).toEqual({ password: 'validation.passwordIsUsername' });
    expect(await refused('Testvik kommune 2026')).toEqual({ password: 'validation.passwordHasMunicipality' });
    expect(await refused('testvik-er-best!')).toEqual({ password: 'validation.passwordHasMunicipality' });
    expect(existsSync(path.join(core.dataDir, 'samordna.keys'))).toBe(false);
    await core.ok('session.setup', { ...setup, password: STRONG });
  });

  it('when users change their own password', async () => {
    const { core } = await setUpCore();
    const change = (newPassword: string) =>
      core.fails('session.changePassword', { currentPassword: ADMIN.password, newPassword });
    expect((await change('passord12345')).fields).toEqual({ newPassword: 'validation.passwordCommon' });
    expect((await change('kari.admin 1234')).fields).toEqual({
      newPassword: 'validation.passwordIsUsername',
    });
    await core.ok('session.changePassword', { currentPassword: ADMIN.password, newPassword: STRONG });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: STRONG });
  });

  it('when the recovery code sets a new one', async () => {
    const { core, recoveryCode } = await setUpCore();
    await core.ok('session.logout', {});
    const recover = (newPassword: string) =>
      core.dispatch('session.recover', { recoveryCode, username: ADMIN.username, newPassword });
    expect(await recover('aaaaaaaaaaaa')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { newPassword: 'validation.passwordWeak' } },
    });
    expect(await recover('kari nordmann 12')).toMatchObject({
      error: { fields: { newPassword: 'validation.passwordWeak' } },
    });
    // Refused, the old password still opens the register.
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    await core.ok('session.logout', {});
    expect((await recover(STRONG)).ok).toBe(true);
    await core.ok('session.login', { username: ADMIN.username, password: STRONG });
  });

  it('when an administrator creates a user or gives one a new password', async () => {
    const { core } = await setUpCore();
    const create = (username: string, password: string) =>
      core.fails('users.create', { ...LISE, username, password });
    expect((await create('lise.leder.test', 'lise.leder.test')).fields).toEqual({
      password: 'validation.passwordIsUsername',
    });
    expect((await create('lise', 'qwertyuiopasdf')).fields).toEqual({
      password: 'validation.passwordCommon',
    });
    expect((await create('lise', 'Testvik 12345678')).fields).toEqual({
      password: 'validation.passwordHasMunicipality',
    });
    expect((await core.ok('users.list', {})).map((u) => u.username)).toEqual([ADMIN.username]);
    const lise = await core.ok('users.create', LISE);
    const reset = (newPassword: string) =>
      core.fails('users.resetPassword', { userId: lise.id, newPassword });
    expect((await reset('aaaaaaaaaaaa')).fields).toEqual({ newPassword: 'validation.passwordWeak' });
    expect((await reset('lise leder 2026')).fields).toEqual({ newPassword: 'validation.passwordIsUsername' });
    await core.ok('users.resetPassword', { userId: lise.id, newPassword: STRONG });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise', password: STRONG });
  });

  it('never at login: an old weak password still opens the register', async () => {
    // Login checks the password against the key file only: a rule made later locks nobody out.
    const { core } = await setUpCore();
    await core.ok('session.logout', {});
    const result = await core.dispatch('session.login', {
      username: ADMIN.username,
      password: 'aaaaaaaaaaaa',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
  });
});
