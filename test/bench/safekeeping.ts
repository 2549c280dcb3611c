import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createCore, type DemoLogin } from '@core/index';
import { probeDatabase, rekeyDatabase, openDatabase } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';

import { printRows, timeAfter, type Stats } from './measure';

const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Few runs and no warm-up: each run takes seconds and changes the register. */
const timed = (runs: number, work: () => unknown) => timeAfter(runs, () => undefined, work);

/**
 * What safekeeping costs on the bench register: the page check at open, a verified backup (and
 * its size), a restore on a new PC, and the re-key that deactivation and password resets do.
 */
export async function benchSafekeeping(dir: string, login: DemoLogin) {
  const core = createCore({ dataDir: dir });
  const ok = async (channel: string, input: unknown) => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
    return r.data;
  };
  const keyFile = readKeyFile(path.join(dir, 'samordna.keys'))!;
  const slot = keyFile.slots.find((s) => s.kind === 'user')!;
  const key = (await unwrapKey(slot, login.password, keyFile.registerId))!;
  const dbFile = path.join(dir, 'samordna.db');
  const checkpoint = openDatabase(dbFile, key);
  checkpoint.pragma('wal_checkpoint(TRUNCATE)');
  checkpoint.close();

  const rows: [string, Stats][] = [
    [
      'open: first page only (read-only, key check)',
      await timed(10, () => probeDatabase(dbFile, key, false)),
    ],
    [
      'open: quick_check of every page (what login does)',
      await timed(5, () => probeDatabase(dbFile, key, true)),
    ],
    [
      'session.login (scrypt, page check, migrations, summaries)',
      await timed(3, () => ok('session.login', login)),
    ],
  ];

  const files: { file: string; bytes: number }[] = [];
  rows.push([
    'backup.create (quick_check, VACUUM INTO, integrity_check, tar)',
    await timed(5, async () => {
      const [written] = (await ok('backup.create', {})) as { file: string; bytes: number }[];
      files.push(written!);
    }),
  ]);
  const newest = files.at(-1)!;

  const restored: string[] = [];
  rows.push([
    'backup.restore on a new PC (unpack, unlock, integrity_check)',
    await timed(3, async () => {
      const newPc = mkdtempSync(path.join(tmpdir(), 'samordna-bench-restore-'));
      restored.push(newPc);
      const other = createCore({ dataDir: newPc });
      const r = await other.dispatch('backup.restore', {
        file: newest.file,
        secret: { kind: 'password', username: login.username, password: login.password },
      });
      other.close();
      if (!r.ok) throw new Error(`backup.restore: ${r.error.code}`);
    }),
  ]);

  // The re-key alone, on a restored copy: every page read, re-encrypted and written.
  const copy = path.join(restored[0]!, 'samordna.db');
  const copyDb = openDatabase(copy, key);
  rows.push([
    'SQLCipher rekey of the whole database',
    await timed(3, () => rekeyDatabase(copyDb, randomBytes(32))),
  ]);
  copyDb.close();

  const lise = (await ok('users.create', {
    username: 'bench.leder',
    displayName: 'Bench Leder',
    role: 'leder',
    password: 'et langt benkpassord 2026',
  })) as { id: number };
  rows.push([
    'users.resetPassword (new slot, re-key, both key-file writes)',
    await timed(3, () =>
      ok('users.resetPassword', { userId: lise.id, newPassword: `nytt benkpassord ${Math.random()}` }),
    ),
  ]);
  printRows('Safekeeping (20 000 cases, 200 000 audit rows)', rows);
  console.log(`  database file ${MiB(statSync(dbFile).size)}, backup file ${MiB(newest.bytes)}`);

  core.close();
  key.fill(0);
  for (const d of restored) rmSync(d, { recursive: true, force: true });
}
