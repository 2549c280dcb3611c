import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** `samordna.db.before-v12.bak`: the register as it was before migration 12 (migrate.ts). */
const COPY = /^(.+)\.before-v(\d+)\.bak$/;

/**
 * Deletes the copies the migrations left beside the register (`<db>.before-vN.bak`) once a
 * backup of schema `schemaVersion` or newer was written and verified: that backup holds the
 * register as migrated, so the copy is no longer the only way back, and it still holds whatever
 * retention has removed since. Returns the names deleted; a copy that cannot be deleted now is
 * tried again after the next backup.
 */
export function removeMigrationCopies(dbFile: string, schemaVersion: number): string[] {
  const folder = path.dirname(dbFile);
  const base = path.basename(dbFile);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const match = COPY.exec(name);
    if (!match || match[1] !== base || Number(match[2]) > schemaVersion) return false;
    try {
      rmSync(path.join(folder, name), { force: true });
      return true;
    } catch {
      return false;
    }
  });
}
