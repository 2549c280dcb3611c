import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { writeFileAtomic } from '@core/storage/atomicWrite';

import { ADMIN, newCore, setUpCore, tempDir } from '../harness';

describe('writing the key file', () => {
  it('replaces the whole file and leaves no temp file behind', () => {
    const dir = tempDir();
    writeFileAtomic(`${dir}/samordna.keys`, 'first');
    writeFileAtomic(`${dir}/samordna.keys`, 'second');
    expect(readFileSync(`${dir}/samordna.keys`, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['samordna.keys']);
  });

  it('is not disturbed by a temp file left by a write that a power cut interrupted', async () => {
    const { core } = await setUpCore();
    await core.ok('session.logout', {});
    writeFileSync(`${core.dataDir}/.samordna.keys.999.1.tmp`, '{"format":"samordna-keys","slots":[');
    const again = newCore({ dataDir: core.dataDir });
    await again.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
  });

  it('keeps the old file when the write fails before the rename', () => {
    const dir = tempDir();
    writeFileAtomic(`${dir}/samordna.keys`, 'old');
    expect(() => writeFileAtomic(`${dir}/missing-folder/samordna.keys`, 'new')).toThrow();
    expect(readFileSync(`${dir}/samordna.keys`, 'utf8')).toBe('old');
  });
});
