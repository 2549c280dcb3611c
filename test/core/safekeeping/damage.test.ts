import { copyFileSync, existsSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ADMIN, newCore, snapshot, tempDir } from '../harness';
import { addCase, caseCount, LISE, login, registerWithData } from './register';

const dbFile = (dir: string) => path.join(dir, 'samordna.db');
const keysFile = (dir: string) => path.join(dir, 'samordna.keys');

/** A register with a backup of 2 cases and a third case after it; closed. */
async function closedRegisterWithBackup() {
  const { core, recoveryCode } = await registerWithData(2);
  const [backup] = await core.ok('backup.create', {});
  await addCase(core, 3);
  core.close();
  return { dataDir: core.dataDir, recoveryCode, backup: backup!.file };
}

function flip(file: string, at: number, count = 16) {
  const bytes = readFileSync(file);
  for (let i = 0; i < count; i += 1) bytes[at + i]! ^= 0xff;
  writeFileSync(file, bytes);
}

const damages: [string, (dataDir: string) => void, string][] = [
  [
    '16 bytes flipped in the middle',
    (d) => flip(dbFile(d), Math.floor(readFileSync(dbFile(d)).length / 2)),
    'DATABASE_DAMAGED',
  ],
  [
    'damage in the last page',
    (d) => flip(dbFile(d), readFileSync(dbFile(d)).length - 100),
    'DATABASE_DAMAGED',
  ],
  [
    'a truncated file',
    (d) => truncateSync(dbFile(d), Math.floor(readFileSync(dbFile(d)).length / 2)),
    'DATABASE_DAMAGED',
  ],
  ['a 0-byte file', (d) => truncateSync(dbFile(d), 0), 'DATABASE_MISSING'],
  ['no database file', (d) => rmSync(dbFile(d)), 'DATABASE_MISSING'],
];

describe('damage is recognised', () => {
  for (const [what, damage, code] of damages)
    it(`names ${what} as such, writes nothing to it, and leads to the newest good backup`, async () => {
      const { dataDir, recoveryCode, backup } = await closedRegisterWithBackup();
      damage(dataDir);
      const before = snapshot(dataDir);
      const core = newCore({ dataDir, allowSyntheticIds: true });
      expect(await core.ok('session.status', {})).toMatchObject({
        state: existsSync(dbFile(dataDir)) && code === 'DATABASE_DAMAGED' ? 'locked' : 'damaged',
      });
      const error = await core.fails('session.login', { username: ADMIN.username, password: ADMIN.password });
      expect(error.code).toBe(code);
      expect(await core.ok('session.status', {})).toMatchObject({ state: 'damaged' });
      // Never set up anew over it, never written to.
      expect((await core.fails('session.setup', { municipality: 'Ny', ...ADMIN })).code).toBe(
        'ALREADY_SET_UP',
      );
      expect(snapshot(dataDir)).toEqual(before);

      const restored = await core.ok('backup.restore', {
        file: backup,
        secret: { kind: 'recoveryCode', recoveryCode },
      });
      // The damaged file is kept as it was, beside the restored register.
      if (before['samordna.db'] !== undefined)
        expect(snapshot(restored.movedAsideTo!)['samordna.db']).toBe(before['samordna.db']);
      await login(core);
      expect(await caseCount(core)).toBe(2);
    });

  it('a wrong password says the password is wrong, even for a damaged register', async () => {
    const { dataDir } = await closedRegisterWithBackup();
    flip(dbFile(dataDir), 5000);
    const core = newCore({ dataDir });
    expect(
      (await core.fails('session.login', { username: ADMIN.username, password: 'ikke riktig passord 1' }))
        .code,
    ).toBe('WRONG_PASSWORD');
  });

  it('opens from the copy when the key file is deleted, and makes the key file whole again', async () => {
    const { dataDir } = await closedRegisterWithBackup();
    rmSync(keysFile(dataDir));
    const core = newCore({ dataDir, allowSyntheticIds: true });
    expect(await core.ok('session.status', {})).toMatchObject({ state: 'locked' });
    await login(core);
    expect(await caseCount(core)).toBe(3);
    expect(readFileSync(keysFile(dataDir), 'utf8')).toBe(readFileSync(`${keysFile(dataDir)}.copy`, 'utf8'));
  });

  it('without the key file and its copy: a backup’s key file beside it opens today’s register', async () => {
    const { dataDir } = await closedRegisterWithBackup();
    writeFileSync(keysFile(dataDir), '{"format":"samordna-keys"');
    rmSync(`${keysFile(dataDir)}.copy`);
    const core = newCore({ dataDir, allowSyntheticIds: true });
    expect(await core.ok('session.status', {})).toMatchObject({
      state: 'locked',
      municipality: 'Testvik kommune',
    });
    await login(core);
    // Nothing since the backup is lost: the database itself is opened, and the key file is back.
    expect(await caseCount(core)).toBe(3);
    expect(readFileSync(keysFile(dataDir), 'utf8')).toBe(readFileSync(`${keysFile(dataDir)}.copy`, 'utf8'));
  });

  it('without any readable key file: asks for the key file or a backup, never a new register', async () => {
    const { dataDir, recoveryCode, backup } = await closedRegisterWithBackup();
    const carried = path.join(tempDir(), 'kopi.samordna');
    copyFileSync(backup, carried);
    rmSync(path.join(dataDir, 'backups'), { recursive: true });
    writeFileSync(keysFile(dataDir), '{"format":"samordna-keys"');
    rmSync(`${keysFile(dataDir)}.copy`);
    const core = newCore({ dataDir, allowSyntheticIds: true });
    expect(await core.ok('session.status', {})).toMatchObject({ state: 'keyMissing', newestBackup: null });
    const credentials = { username: ADMIN.username, password: ADMIN.password };
    expect((await core.fails('session.login', credentials)).code).toBe('KEY_FILE_MISSING');
    expect(
      (
        await core.fails('session.recover', {
          recoveryCode,
          username: ADMIN.username,
          newPassword: 'x'.repeat(20),
        })
      ).code,
    ).toBe('KEY_FILE_MISSING');
    expect((await core.fails('session.setup', { municipality: 'Ny', ...ADMIN })).code).toBe(
      'REGISTER_EXISTS',
    );
    await core.ok('backup.restore', { file: carried, secret: { kind: 'recoveryCode', recoveryCode } });
    await login(core);
    expect(await caseCount(core)).toBe(2);
  });

  it('with the key file put back: the recovery code, the database and the copy give the data back', async () => {
    const { dataDir, recoveryCode } = await closedRegisterWithBackup();
    rmSync(path.join(dataDir, 'backups'), { recursive: true });
    const kept = readFileSync(`${keysFile(dataDir)}.copy`);
    rmSync(keysFile(dataDir));
    rmSync(`${keysFile(dataDir)}.copy`);
    const core = newCore({ dataDir, allowSyntheticIds: true });
    expect(await core.ok('session.status', {})).toMatchObject({ state: 'keyMissing' });
    writeFileSync(keysFile(dataDir), kept);
    expect(await core.ok('session.status', {})).toMatchObject({ state: 'locked' });
    await core.ok('session.recover', {
      recoveryCode,
      username: ADMIN.username,
      newPassword: 'et nytt passord for kari',
    });
    await login(core, ADMIN.username, 'et nytt passord for kari');
    expect(await caseCount(core)).toBe(3);
  });

  it('with a key file from before a re-key put back: the newer key file in a backup opens it', async () => {
    const { core } = await registerWithData(2);
    const lise = await core.ok('users.create', LISE);
    const old = readFileSync(keysFile(core.dataDir));
    await core.ok('users.deactivate', { userId: lise.id });
    await core.ok('backup.create', {});
    await addCase(core, 9);
    core.close();
    writeFileSync(keysFile(core.dataDir), old);
    writeFileSync(`${keysFile(core.dataDir)}.copy`, old);
    const again = newCore({ dataDir: core.dataDir, allowSyntheticIds: true });
    await login(again);
    expect(await caseCount(again)).toBe(3);
    // The old key file's slot for the deactivated user opens nothing.
    await again.ok('session.logout', {});
    expect((await again.fails('session.login', { username: 'lise', password: LISE.password })).code).toBe(
      'WRONG_PASSWORD',
    );
  });

  it('with only a key file from before a re-key and no newer one anywhere: the slot unwraps, so the file is named damaged', async () => {
    const { core } = await registerWithData(1);
    const lise = await core.ok('users.create', LISE);
    const old = readFileSync(keysFile(core.dataDir));
    await core.ok('users.deactivate', { userId: lise.id });
    core.close();
    rmSync(path.join(core.dataDir, 'backups'), { recursive: true });
    writeFileSync(keysFile(core.dataDir), old);
    writeFileSync(`${keysFile(core.dataDir)}.copy`, old);
    const again = newCore({ dataDir: core.dataDir });
    expect(
      (await again.fails('session.login', { username: ADMIN.username, password: ADMIN.password })).code,
    ).toBe('DATABASE_DAMAGED');
  });

  it('removes temp files that interrupted key-file writes left behind, at start', async () => {
    const { dataDir } = await closedRegisterWithBackup();
    const leftover = path.join(dataDir, '.samordna.keys.4242.1765000000000.tmp');
    writeFileSync(leftover, readFileSync(keysFile(dataDir)));
    newCore({ dataDir });
    expect(existsSync(leftover)).toBe(false);
  });
});
