import type { Db } from '../storage/database';

/**
 * Runs a removal with secure delete on (freed cells and pages are overwritten with zeros, not
 * just unlinked), then rebuilds the file (VACUUM: no free page keeps an old copy) and empties the
 * write-ahead log into it (its frames held the pages as they were). VACUUM cannot run inside a
 * transaction, so `work` commits first; if VACUUM fails the removal stands and the secure delete
 * already overwrote what it freed.
 */
export function withSecureDelete<T>(db: Db, work: () => T): T {
  const before = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    const result = work();
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return result;
  } finally {
    db.pragma(`secure_delete = ${before === 1 ? 'ON' : 'OFF'}`);
  }
}
