import path from 'node:path';

import Database from 'better-sqlite3-multiple-ciphers';

import type { DemoLogin } from '@core/index';
import { openDatabase, type Db } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';

export interface Direct {
  encrypted: Db;
  plain: Db;
  /** New connections to the two files: a cold page cache and no statement compiled yet. */
  reopen(): { encrypted: Db; plain: Db };
  close(): void;
}

/**
 * The bench register opened directly, without core: encrypted as core opens it, and an
 * unencrypted copy of the whole database, given the same page cache, so that the only difference
 * between the two is the encryption. The copy is made by `VACUUM INTO` (the copy is encrypted with
 * the same key) and then re-keyed to no key.
 */
export async function openDirect(dir: string, login: DemoLogin): Promise<Direct> {
  const keyFile = readKeyFile(path.join(dir, 'samordna.keys'))!;
  const slot = keyFile.slots.find((s) => s.kind === 'user')!;
  const key = (await unwrapKey(slot, login.password, keyFile.registerId))!;
  const file = path.join(dir, 'samordna.db');
  const plainFile = path.join(dir, 'plain.db');
  const encrypted = openDatabase(file, key);
  encrypted.exec(`VACUUM INTO '${plainFile}'`);
  const rekey = openDatabase(plainFile, key);
  rekey.pragma("rekey=''");
  rekey.close();
  const openPlain = () => {
    const plain = new Database(plainFile);
    plain.pragma('cache_size=-65536');
    plain.pragma('temp_store=MEMORY');
    return plain;
  };
  const open = [encrypted, openPlain()];
  return {
    encrypted,
    plain: open[1]!,
    reopen() {
      const pair = { encrypted: openDatabase(file, key), plain: openPlain() };
      open.push(pair.encrypted, pair.plain);
      return pair;
    },
    close() {
      for (const db of open) if (db.open) db.close();
      key.fill(0);
    },
  };
}

/** The named parameters a statement uses, from `values`: a statement is given no others. */
export function paramsFor(sql: string, values: Record<string, unknown>): Record<string, unknown> {
  const names = new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!));
  const params: Record<string, unknown> = {};
  for (const name of names) {
    if (!(name in values)) throw new Error(`No value for @${name} in: ${sql.slice(0, 80)}`);
    params[name] = values[name];
  }
  return params;
}

export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
