import { copyFileSync } from 'node:fs';

import { CoreError } from '../errors';
import type { Db } from '../storage/database';
import { migrations as all, type Migration } from './index';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the newest schema this program knows. A database from a newer program is
 * refused untouched; an existing database is copied aside (still encrypted) before it is changed.
 */
export function migrate(db: Db, dbFile: string, migrations: readonly Migration[] = all): void {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new CoreError('REGISTER_TOO_NEW');
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (current > 0) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(dbFile, `${dbFile}.before-v${pending[0]!.version}.bak`);
  }
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
