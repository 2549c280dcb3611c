import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupReasons, type BackupFile, type BackupReason } from '../../../shared/api/backup';
import { isAtomicTemp } from '../storage/atomicWrite';
import { BACKUP_EXTENSION } from './backupFile';
import { backupsToDelete, type Keep } from './rotation';

/**
 * A backup's name carries when and why it was taken, so listing a folder reads no file:
 * `samordna-2026-12-06T15-30-00-123Z-manual.samordna`.
 */
export function backupFileName(createdAt: Date, reason: BackupReason): string {
  return `samordna-${createdAt.toISOString().replace(/[:.]/g, '-')}-${reason}${BACKUP_EXTENSION}`;
}

const NAME = /^samordna-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-zA-Z]+)\.samordna$/;

function parseName(fileName: string): { createdAt: Date; reason: BackupReason } | null {
  const m = NAME.exec(fileName);
  if (!m || !(backupReasons as readonly string[]).includes(m[6]!)) return null;
  const createdAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, reason: m[6] as BackupReason };
}

/** The backups in a folder, newest first; a folder that cannot be read has none. */
export function listBackups(folder: string, location: BackupFile['location']): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((fileName) => {
      const parsed = parseName(fileName);
      if (!parsed) return [];
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
export function rotate(folder: string, keep: Keep): void {
  const all = listBackups(folder, 'local').map((b) => ({ ...b, createdAt: new Date(b.createdAt) }));
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

export function ensureFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
}
