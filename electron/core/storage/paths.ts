import path from 'node:path';

export const DB_FILE = 'samordna.db';
export const KEY_FILE = 'samordna.keys';

export function registerPaths(dataDir: string) {
  return { db: path.join(dataDir, DB_FILE), keys: path.join(dataDir, KEY_FILE) };
}

/**
 * SQLite's WAL needs shared memory that network file systems do not give reliably, so a register
 * on a network share (UNC path) would corrupt: refuse it.
 */
export function isNetworkPath(p: string): boolean {
  return /^(\\\\|\/\/)[^\\/]+[\\/]/.test(p);
}
