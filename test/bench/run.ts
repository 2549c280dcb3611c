/**
 * `npm run bench`: what a KE user waits for, measured on a register of realistic size.
 * Prints medians and 95th percentiles, and the cost of our layers and of encryption as ratios
 * against the same SQL run directly on an unencrypted copy. No pass/fail: figures for the notes.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCore, createDemoRegister } from '../../electron/core';
import { initial } from '../../electron/core/migrations/001-initial';
import { openDatabase } from '../../electron/core/storage/database';
import { readKeyFile } from '../../electron/core/storage/keyFile';
import { unwrapKey } from '../../electron/core/storage/keySlots';

const COORDINATORS = 1_000;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function time(runs: number, work: () => unknown): Promise<number[]> {
  for (let i = 0; i < Math.min(20, runs); i++) await work(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-bench-'));
  try {
    const login = await createDemoRegister(dir, { coordinators: COORDINATORS });
    const core = createCore({ dataDir: dir });
    const ok = async (channel: string, input: unknown) => {
      const r = await core.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
      return r.data;
    };

    const unlock = await time(3, async () => {
      await ok('session.login', login);
    });
    const list = await time(200, () => ok('coordinators.list', {}));
    const one = await time(200, () => ok('coordinators.get', { id: 17 }));
    core.close();

    // The same query straight on the database: encrypted, and an unencrypted copy.
    const keyFile = readKeyFile(path.join(dir, 'samordna.keys'))!;
    const userSlot = keyFile.slots.find((s) => s.kind === 'user')!;
    const key = (await unwrapKey(userSlot, login.password, keyFile.registerId))!;
    const encrypted = openDatabase(path.join(dir, 'samordna.db'), key);
    const plainFile = path.join(dir, 'plain.db');
    const plain = new Database(plainFile);
    initial.up(plain);
    plain.close();
    encrypted.exec(`ATTACH DATABASE '${plainFile}' AS plain KEY ''`);
    encrypted.exec(
      'INSERT INTO plain.service_units SELECT * FROM main.service_units; INSERT INTO plain.coordinators SELECT * FROM main.coordinators;',
    );
    encrypted.exec('DETACH DATABASE plain');
    const sql =
      'SELECT c.*, s.name AS service_unit_name FROM coordinators c JOIN service_units s ON s.id = c.service_unit_id ORDER BY c.name';
    const direct = await time(200, () => encrypted.prepare(sql).all());
    const plainDb = new Database(plainFile);
    const unencrypted = await time(200, () => plainDb.prepare(sql).all());
    encrypted.close();
    plainDb.close();

    const rows = [
      ['unlock (scrypt N=2^17, open, migrate check)', stats(unlock)],
      [`coordinators.list, ${COORDINATORS} coordinators, through core`, stats(list)],
      ['coordinators.get (with its audit row)', stats(one)],
      ['same list SQL, encrypted database, direct', stats(direct)],
      ['same list SQL, unencrypted copy, direct', stats(unencrypted)],
    ] as const;
    console.log('\nSamordna benchmark');
    for (const [name, s] of rows)
      console.log(`  ${name.padEnd(58)} median ${ms(s.median).padStart(10)}   p95 ${ms(s.p95).padStart(10)}`);
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(
      `  core layers over direct SQL (median):   ${ratio(stats(list).median, stats(direct).median)}x`,
    );
    console.log(
      `  encrypted over unencrypted (median):    ${ratio(stats(direct).median, stats(unencrypted).median)}x`,
    );
    console.log(
      `  peak resident memory:                   ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
