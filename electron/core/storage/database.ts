import { existsSync, rmSync, statSync } from 'node:fs';

import Database from 'better-sqlite3-multiple-ciphers';

import { CoreError } from '../errors';

export type Db = Database.Database;

export function applyKey(db: Db, key: Buffer): void {
  // Without cipher and legacy first, the library silently uses ChaCha20 instead of SQLCipher 4.
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  // The hex string cannot be wiped from memory (JS strings are immutable); the Buffer can.
  db.pragma(`key="x'${key.toString('hex')}'"`);
}

/**
 * Opens the encrypted database. The key is checked read-only first, so a wrong key or a damaged
 * file leaves every byte on disk as it was.
 */
export function openDatabase(file: string, key: Buffer): Db {
  const found = probeDatabase(file, key, false);
  if (found !== 'ok') throw new CoreError(found === 'missing' ? 'DATABASE_MISSING' : 'DATABASE_DAMAGED');
  return configure(new Database(file), key);
}

/**
 * What the file is for this key, read-only: `missing` (no file, or 0 bytes), `notForKey` (the
 * first page does not open: another key, or the header is damaged), `damaged` (opens, but
 * SQLite's quick_check or a page's HMAC fails), or `ok`. `quickCheck` reads every page.
 */
export function probeDatabase(
  file: string,
  key: Buffer,
  quickCheck: boolean,
): 'ok' | 'missing' | 'notForKey' | 'damaged' {
  if (!existsSync(file) || statSync(file).size === 0) return 'missing';
  // A read-only connection to a WAL database makes empty -wal/-shm files; a damaged register
  // must be left exactly as it was found, so those are removed again.
  const made = ['-wal', '-shm'].filter((suffix) => !existsSync(file + suffix));
  try {
    return probe(file, key, quickCheck);
  } finally {
    for (const suffix of made) {
      if (existsSync(file + suffix) && (suffix === '-shm' || statSync(file + suffix).size === 0))
        rmSync(file + suffix, { force: true });
    }
  }
}

function probe(file: string, key: Buffer, quickCheck: boolean): 'ok' | 'notForKey' | 'damaged' {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return 'damaged';
  }
  try {
    applyKey(db, key);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      return (error as { code?: string }).code === 'SQLITE_NOTADB' ? 'notForKey' : 'damaged';
    }
    if (!quickCheck) return 'ok';
    return integrityOk(db, 'quick_check') ? 'ok' : 'damaged';
  } catch {
    return 'damaged';
  } finally {
    db.close();
  }
}

/** SQLite's quick_check or integrity_check (every page read, so every page's HMAC checked). */
export function integrityOk(db: Db, check: 'quick_check' | 'integrity_check'): boolean {
  try {
    const rows = db.pragma(check) as Record<string, string>[];
    return rows.length === 1 && Object.values(rows[0]!)[0] === 'ok';
  } catch {
    return false;
  }
}

/** Re-encrypts every page with a new key (SQLCipher rekey); atomic through the WAL. */
export function rekeyDatabase(db: Db, key: Buffer): void {
  db.pragma(`rekey="x'${key.toString('hex')}'"`);
}

/**
 * Compiling SQL costs more than running most of our queries: each statement is compiled once per
 * open database and the 500 most recently used are kept (the case list's filter combinations
 * alone can make thousands of texts; a user repeats a few). Statements are used as plain
 * `run/get/all`, and `iterate` is run to its end: nothing switches one to pluck or raw mode,
 * which would change it for every caller of the same SQL.
 */
const STATEMENT_CACHE_SIZE = 500;

function cacheStatements(db: Db): void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql); // re-inserted below: the map's order is the order of last use
    } else {
      statement = compile(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  }) as Db['prepare'];
}

/** A new, empty encrypted database file. */
export function createDatabase(file: string, key: Buffer): Db {
  return configure(new Database(file), key);
}

function configure(db: Db, key: Buffer): Db {
  try {
    applyKey(db, key);
    db.pragma('journal_mode=WAL');
    db.pragma('synchronous=FULL');
    db.pragma('foreign_keys=ON');
    db.pragma('temp_store=MEMORY');
    db.pragma('cache_size=-65536');
    cacheStatements(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
