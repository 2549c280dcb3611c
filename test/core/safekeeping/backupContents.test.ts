/** A backup's database member is encrypted, and a backup taken after a re-key restores. */
import { readFileSync, statSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { newCore, tempDir } from '../harness';
import { caseCount, LISE, login, registerWithData } from './register';

describe('backup content', () => {
  it('holds no plain SQLite header or names, and restores after a deactivation re-keyed the register', async () => {
    const { core, recoveryCode } = await registerWithData(3);
    const lise = await core.ok('users.create', LISE);
    await core.ok('users.deactivate', { userId: lise.id });
    const [file] = await core.ok('backup.create', {});
    const bytes = readFileSync(file!.file);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('Demoli'))).toBe(false);
    core.close();
    const pc = newCore({ dataDir: tempDir(), allowSyntheticIds: true });
    await pc.ok('backup.restore', { file: file!.file, secret: { kind: 'recoveryCode', recoveryCode } });
    await login(pc);
    expect(await caseCount(pc)).toBe(3);
    expect((await pc.dispatch('session.login', { username: 'lise', password: LISE.password })).ok).toBe(
      false,
    );
  });
});

describe('backup files on a shared PC', () => {
  it('are readable by their owner only, like the register', async () => {
    const { core } = await registerWithData(1);
    const [file] = await core.ok('backup.create', {});
    expect(statSync(file!.file).mode & 0o777).toBe(0o600);
  });
});
