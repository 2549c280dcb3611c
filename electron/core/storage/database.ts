import Database from 'better-sqlite3-multiple-ciphers';
import { CoreError } from '../errors';

export type Db = Database.Database;

function applyKey(db: Db, key: Buffer): void {
  // Without cipher and legacy first, the library silently uses ChaCha20 instead of SQLCipher 4.
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  // The hex string cannot be wiped from memory (JS strings are immutable); the Buffer can.
  db.pragma(`key="x'${key.toString('hex')}'"`);
}

/**
 * Opens the encrypted database. The key is checked read-only first, so a wrong key or a damaged
 * file leaves every byte on disk as it was ("wrong password or damaged file").
 */
export function openDatabase(file: string, key: Buffer): Db {
  checkReadable(file, key);
  return configure(new Database(file), key);
}

function checkReadable(file: string, key: Buffer): void {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new CoreError('WRONG_PASSWORD');
  }
  try {
    applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    throw new CoreError('WRONG_PASSWORD');
  } finally {
    db.close();
  }
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
