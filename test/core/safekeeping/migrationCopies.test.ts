import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { removeMigrationCopies } from '@core/backup/migrationCopies';
import { migrations } from '@core/migrations';

import { setUpCore, tempDir } from '../harness';

/**
 * The copies a migration leaves beside the register hold everything it held then, including
 * what retention removed since: they go once a verified backup of the migrated register exists.
 */
describe('the copies from before a migration', () => {
  it('are deleted up to the backed-up schema; newer ones and other files stay', () => {
    const dir = tempDir();
    const names = [
      'samordna.db',
      'samordna.db.before-v3.bak',
      'samordna.db.before-v12.bak',
      'samordna.db.before-v13.bak',
      'other.db.before-v3.bak',
      'samordna.db.before-v3.bak.txt',
    ];
    for (const name of names) writeFileSync(path.join(dir, name), 'x');
    expect(removeMigrationCopies(path.join(dir, 'samordna.db'), 12).sort()).toEqual([
      'samordna.db.before-v12.bak',
      'samordna.db.before-v3.bak',
    ]);
    expect(readdirSync(dir).sort()).toEqual(
      [
        'samordna.db',
        'samordna.db.before-v13.bak',
        'other.db.before-v3.bak',
        'samordna.db.before-v3.bak.txt',
      ].sort(),
    );
    expect(removeMigrationCopies(path.join(dir, 'missing', 'samordna.db'), 12)).toEqual([]);
  });

  it('stay until a backup is taken and verified, and are gone after it', async () => {
    const { core } = await setUpCore();
    const copy = path.join(core.dataDir, `samordna.db.before-v${migrations.at(-1)!.version}.bak`);
    writeFileSync(copy, 'the register before the migration');
    await core.ok('cases.list', {});
    expect(existsSync(copy)).toBe(true);
    await core.ok('backup.create', {});
    expect(existsSync(copy)).toBe(false);
  });
});
