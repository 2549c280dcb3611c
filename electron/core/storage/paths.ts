import path from 'node:path';

export const DB_FILE = 'samordna.db';
export const KEY_FILE = 'samordna.keys';
/** Backups beside the register (the administrator can name a second place too). */
export const BACKUP_FOLDER = 'backups';

export function registerPaths(dataDir: string) {
  return {
    db: path.join(dataDir, DB_FILE),
    keys: path.join(dataDir, KEY_FILE),
    /** Stands while setup runs: a database with it and no key file is a half-made setup. */
    setupMarker: path.join(dataDir, 'samordna.setup'),
    backups: path.join(dataDir, BACKUP_FOLDER),
  };
}

/**
 * SQLite's WAL needs shared memory that network file systems do not give reliably, so a register
 * on a network share (UNC path) would corrupt: refuse it.
 */
export function isNetworkPath(p: string): boolean {
  return /^(\\\\|\/\/)[^\\/]+[\\/]/.test(p);
}
