import { describe, expect, it } from 'vitest';

import { ADMIN, newCore, setUpCore } from '../harness';

const LISE = {
  username: 'lise',
  displayName: 'Lise Leder',
  role: 'leder' as const,
  password: 'lederpassord 2026',
};

describe('who can open the register', () => {
  it('lets the recovery code set a new password for an administrator who forgot theirs', async () => {
    const { core, recoveryCode } = await setUpCore();
    await core.ok('session.logout', {});
    // Typed by hand: lower case, spaces for dashes, O for 0 — all forgiven.
    const typed = recoveryCode.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o');
    await core.ok('session.recover', {
      recoveryCode: typed,
      username: ADMIN.username,
      newPassword: 'et helt nytt passord',
    });
    expect(
      (await core.fails('session.login', { username: ADMIN.username, password: ADMIN.password })).code,
    ).toBe('WRONG_PASSWORD');
    await core.ok('session.login', { username: ADMIN.username, password: 'et helt nytt passord' });
    const { rows } = await core.ok('audit.list', { action: 'password_reset_recovery' });
    expect(rows).toHaveLength(1);
  });

  it('refuses a wrong recovery code, and recovery for someone who is not an administrator', async () => {
    const { core, recoveryCode } = await setUpCore();
    await core.ok('users.create', LISE);
    await core.ok('session.logout', {});
    const wrong = {
      recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
      username: ADMIN.username,
      newPassword: 'et helt nytt passord',
    };
    expect((await core.fails('session.recover', wrong)).code).toBe('WRONG_RECOVERY_CODE');
    const notAdmin = { recoveryCode, username: 'lise', newPassword: 'et helt nytt passord' };
    expect((await core.fails('session.recover', notAdmin)).code).toBe('FORBIDDEN');
    await core.ok('session.login', { username: 'lise', password: LISE.password });
  });

  it('stops a deactivated user’s password from opening the register', async () => {
    const { core } = await setUpCore();
    const lise = await core.ok('users.create', LISE);
    await core.ok('users.deactivate', { userId: lise.id });
    await core.ok('session.logout', {});
    expect((await core.fails('session.login', { username: 'lise', password: LISE.password })).code).toBe(
      'WRONG_PASSWORD',
    );
    // Not even a fresh process with the same files lets it in.
    const again = newCore({ dataDir: core.dataDir });
    expect((await again.fails('session.login', { username: 'lise', password: LISE.password })).code).toBe(
      'WRONG_PASSWORD',
    );
  });

  it('replaces the old password when an administrator sets a new one', async () => {
    const { core } = await setUpCore();
    const lise = await core.ok('users.create', LISE);
    await core.ok('users.resetPassword', { userId: lise.id, newPassword: 'nytt lederpassord 1' });
    await core.ok('session.logout', {});
    expect((await core.fails('session.login', { username: 'lise', password: LISE.password })).code).toBe(
      'WRONG_PASSWORD',
    );
    expect(
      await core.ok('session.login', { username: 'lise', password: 'nytt lederpassord 1' }),
    ).toMatchObject({ role: 'leder' });
  });

  it('changes one’s own password only with the current one', async () => {
    const { core } = await setUpCore();
    const wrong = await core.fails('session.changePassword', {
      currentPassword: 'gjetning',
      newPassword: 'mitt nye passord 1',
    });
    expect(wrong).toMatchObject({
      code: 'WRONG_PASSWORD',
      fields: { currentPassword: 'validation.currentPasswordWrong' },
    });
    await core.ok('session.changePassword', {
      currentPassword: ADMIN.password,
      newPassword: 'mitt nye passord 1',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: 'mitt nye passord 1' });
  });

  it('keeps at least one active administrator', async () => {
    const { core } = await setUpCore();
    const me = (await core.ok('session.status', {})).user!;
    expect((await core.fails('users.deactivate', { userId: me.id })).code).toBe('LAST_ADMIN');
  });

  it('refuses a second setup and a duplicate user name', async () => {
    const { core } = await setUpCore();
    expect((await core.fails('session.setup', { municipality: 'Annen', ...ADMIN })).code).toBe(
      'ALREADY_SET_UP',
    );
    expect(await core.fails('users.create', { ...LISE, username: ADMIN.username })).toMatchObject({
      code: 'CONFLICT',
      fields: { username: 'validation.usernameTaken' },
    });
  });

  it('moves a half-made database aside when setup starts again after a power cut', async () => {
    const core = newCore();
    const { writeFileSync, readdirSync } = await import('node:fs');
    writeFileSync(`${core.dataDir}/samordna.db`, 'left by an interrupted setup');
    writeFileSync(`${core.dataDir}/samordna.setup`, '');
    await core.ok('session.setup', { municipality: 'Testvik kommune', ...ADMIN });
    expect(readdirSync(core.dataDir).some((f) => f.startsWith('samordna.db.orphan-'))).toBe(true);
  });

  it('never sets up a new register in front of a database whose key file is gone', async () => {
    const core = newCore();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${core.dataDir}/samordna.db`, 'a register whose key file was deleted');
    expect(await core.ok('session.status', {})).toMatchObject({ state: 'keyMissing' });
    expect((await core.fails('session.setup', { municipality: 'Testvik kommune', ...ADMIN })).code).toBe(
      'REGISTER_EXISTS',
    );
  });
});
