/** The second backup place and the backup folders' listing. */
import { readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempDir } from '../harness';
import { registerWithData } from './register';

const backupsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.samordna'));

describe('second place', () => {
  it('two offices sharing one network folder do not delete each other’s backups', async () => {
    let now = new Date('2027-03-01T08:00:00Z');
    const clock = { now: () => now, idleTimeoutMsOverride: 86_400_000 };
    const share = path.join(tempDir(), 'fellesomraade');
    const a = (await registerWithData(1, clock)).core;
    const b = (await registerWithData(1, clock)).core;
    for (const core of [a, b]) {
      const { settings } = await core.ok('backup.status', {});
      await core.ok('backup.updateSettings', { ...settings, secondFolder: share });
    }
    const [, aSecond] = await a.ok('backup.create', {});
    expect(existsSync(aSecond!.file)).toBe(true);
    for (let i = 1; i <= 7; i += 1) {
      now = new Date(now.getTime() + 60_000);
      await b.ok('backup.create', {});
    }
    expect(existsSync(aSecond!.file)).toBe(true);
    expect(backupsIn(share)).toHaveLength(8);
  });

  it('a backup file dated in the future (a wrong clock once) does not silence the overdue warning', async () => {
    let now = new Date('2027-03-01T08:00:00Z');
    const { core } = await registerWithData(1, { now: () => now, idleTimeoutMsOverride: 90 * 86_400_000 });
    await core.ok('backup.create', {});
    writeFileSync(
      path.join(core.dataDir, 'backups', 'samordna-2036-01-01T00-00-00-000Z-manual.samordna'),
      'x',
    );
    now = new Date('2027-04-15T08:00:00Z'); // 45 days without a backup
    expect(await core.ok('backup.status', {})).toMatchObject({ overdue: true });
  });
});
