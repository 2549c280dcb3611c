/** The daily backup while open, when the backup folder cannot be written. */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { addCase, registerWithData } from './register';

const tick = () => new Promise((r) => setTimeout(r, 1_300)); // core's timer runs every second

describe('daily backup timer', () => {
  it('a failing automatic backup is not retried (a full VACUUM INTO and integrity_check) every minute', async () => {
    let now = new Date('2027-03-01T08:00:00Z');
    const { core } = await registerWithData(2, { now: () => now, idleTimeoutMsOverride: 30 * 86_400_000 });
    await core.ok('backup.create', {});
    await addCase(core, 7);
    const backups = path.join(core.dataDir, 'backups');
    rmSync(backups, { recursive: true });
    writeFileSync(backups, 'not a folder'); // the local place cannot be written
    const failures: string[] = [];
    for (let minute = 0; minute < 4; minute += 1) {
      now = new Date(Date.parse('2027-03-02T09:00:00Z') + minute * 61_000);
      await tick();
      const status = await core.ok('backup.status', {});
      if (status.lastFailure) failures.push(status.lastFailure.at);
    }
    expect(new Set(failures).size).toBeLessThanOrEqual(1);
  }, 30_000);
});
