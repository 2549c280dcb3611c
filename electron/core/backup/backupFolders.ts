import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

import { backupReasons, type BackupFile, type BackupReason } from '@shared/api/backup';

import { isAtomicTemp } from '../storage/atomicWrite';
import { BACKUP_EXTENSION } from './backupFile';
import { backupsToDelete, type Keep } from './rotation';

/**
 * A backup's name carries its register, when and why it was taken, so listing a folder reads no
 * file, and registers sharing a second folder never count or rotate each other's backups:
 * `samordna-1a2b3c4d-2026-12-06T15-30-00-123Z-manual.samordna`.
 */
export function backupFileName(registerId: string, createdAt: Date, reason: BackupReason): string {
  return `samordna-${registerTag(registerId)}-${createdAt.toISOString().replace(/[:.]/g, '-')}-${reason}${BACKUP_EXTENSION}`;
}

const registerTag = (registerId: string) =>
  registerId
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 8)
    .toLowerCase();

const NAME =
  /^samordna-([0-9a-f]{8})-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-zA-Z]+)\.samordna$/;

function parseName(fileName: string): { tag: string; createdAt: Date; reason: BackupReason } | null {
  const m = NAME.exec(fileName);
  if (!m || !(backupReasons as readonly string[]).includes(m[7]!)) return null;
  const createdAt = new Date(`${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`);
  return Number.isNaN(createdAt.getTime()) ? null : { tag: m[1]!, createdAt, reason: m[7] as BackupReason };
}

/** The backups of one register (or of any, when null) in a folder, newest first; an unreadable folder has none. */
export function listBackups(
  folder: string,
  location: BackupFile['location'],
  registerId: string | null,
): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const tag = registerId === null ? null : registerTag(registerId);
  return names
    .flatMap((fileName) => {
      const parsed = parseName(fileName);
      if (!parsed || (tag !== null && parsed.tag !== tag)) return [];
      const file = path.join(folder, fileName);
      try {
        const bytes = statSync(file).size;
        return [
          {
            file,
            fileName,
            location,
            createdAt: parsed.createdAt.toISOString(),
            reason: parsed.reason,
            bytes,
          },
        ];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Deletes what the rotation does not keep, and temp files of stopped backups. */
export function rotate(folder: string, registerId: string, keep: Keep): void {
  const all = listBackups(folder, 'local', registerId).map((b) => ({
    ...b,
    createdAt: new Date(b.createdAt),
  }));
  for (const b of backupsToDelete(all, keep)) rmSync(b.file, { force: true });
  removeStaleTemps(folder);
}

export function removeStaleTemps(folder: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (isAtomicTemp(name) || name.startsWith('.staging-'))
      rmSync(path.join(folder, name), { recursive: true, force: true });
  }
}

/** The folder beside the register is made as needed. */
export function ensureFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
}

/**
 * The second place is made only inside a folder that exists: a USB stick that is not plugged in
 * must fail, not become a folder on the PC's own disk that looks like a second place.
 */
export function ensureSecondFolder(folder: string): void {
  if (existsSync(folder)) return;
  if (!existsSync(path.dirname(folder))) throw new Error(`${path.dirname(folder)} finnes ikke`);
  mkdirSync(folder, { mode: 0o700 });
}
