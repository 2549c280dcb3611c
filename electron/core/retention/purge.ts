import { getSetting, setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';

/** What a removal came to: its result, and whether the file still holds the removed bytes. */
export interface Purged<T> {
  result: T;
  /**
   * The removal is committed and logged, but the file was not rebuilt (VACUUM failed) or the
   * write-ahead log could not be emptied into it (a reader held it): the clean-up runs again the
   * next time the register opens (`finishPendingPurge`).
   */
  cleanupPending: boolean;
}

/**
 * In the removal's own transaction: the mark that the file still needs its clean-up. It commits
 * with the removal, so a failure or a crash between the commit and the VACUUM leaves it set.
 */
export function markPurgePending(tx: Db): void {
  setSetting(tx, 'retention.purgePending', true);
}

function withSecureDeleteOn<T>(db: Db, run: () => T): T {
  const before = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    return run();
  } finally {
    db.pragma(`secure_delete = ${before === 1 ? 'ON' : 'OFF'}`);
  }
}

/**
 * Rebuilds the file (VACUUM: no free page keeps an old copy) and empties the write-ahead log into
 * it (its frames held the pages as they were); clears the mark when both are done. Returns
 * whether they were: false when VACUUM failed or the checkpoint was busy (a reader still used
 * the log) or did not copy every frame. Never throws: the removal it follows stands either way.
 */
function compactFile(db: Db): boolean {
  try {
    db.exec('VACUUM');
    if (!checkpointed(db)) return false;
    setSetting(db, 'retention.purgePending', false);
    // The mark's own write went to the log: empty it once more (nothing removed is in it).
    checkpointed(db);
    return true;
  } catch {
    return false;
  }
}

/** `wal_checkpoint(TRUNCATE)`: done only when not busy and every frame in the log was copied. */
function checkpointed(db: Db): boolean {
  const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as {
    busy: number;
    log: number;
    checkpointed: number;
  }[];
  return row !== undefined && row.busy === 0 && (row.log === -1 || row.log === row.checkpointed);
}

/**
 * Runs a removal with secure delete on (freed cells and pages are overwritten with zeros, not
 * just unlinked), then compacts the file. VACUUM cannot run inside a transaction, so `work`
 * commits first (calling `markPurgePending` in it); a failure after the commit is not the
 * removal's: the result comes back with `cleanupPending`, and the mark stays for the next opening.
 */
export function withSecureDelete<T>(db: Db, work: () => T): Purged<T> {
  return withSecureDeleteOn(db, () => {
    const result = work();
    return { result, cleanupPending: !compactFile(db) };
  });
}

/**
 * On opening the register: a clean-up left pending by a removal runs now, before anyone can read
 * the register. Returns whether one was pending and is still (false when none was or it is done).
 */
export function finishPendingPurge(db: Db): boolean {
  if (!getSetting(db, 'retention.purgePending')) return false;
  return withSecureDeleteOn(db, () => !compactFile(db));
}
