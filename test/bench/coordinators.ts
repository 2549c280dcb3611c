import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3-multiple-ciphers';

import { createCore, createDemoRegister } from '@core/index';
import { initial } from '@core/migrations/001-initial';
import { openDatabase } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';

import { printRows, time } from './measure';

const COORDINATORS = 1_000;

/** Unlock and the coordinator pool; the cost of our layers and of encryption as ratios. */
export async function benchCoordinators() {
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-bench-'));
  try {
    const login = await createDemoRegister(dir, { coordinators: COORDINATORS, cases: 0 });
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
    // Both compiled once and with the same page cache, so only the encryption differs.
    const encryptedList = encrypted.prepare(sql);
    const direct = await time(200, () => encryptedList.all());
    const plainDb = new Database(plainFile);
    plainDb.pragma('cache_size=-65536');
    const plainList = plainDb.prepare(sql);
    const unencrypted = await time(200, () => plainList.all());
    encrypted.close();
    plainDb.close();

    printRows(`Coordinators: ${COORDINATORS} coordinators`, [
      ['unlock (scrypt N=2^17, open, migrate check)', unlock],
      ['coordinators.list, through core', list],
      ['coordinators.get (with its audit row)', one],
      ['same list SQL, encrypted database, direct', direct],
      ['same list SQL, unencrypted copy, direct', unencrypted],
    ]);
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(`  core layers over direct SQL (median):   ${ratio(list.median, direct.median)}x`);
    console.log(`  encrypted over unencrypted (median):    ${ratio(direct.median, unencrypted.median)}x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
