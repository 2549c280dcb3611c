import { chmodSync, closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Puts a file in place so that a power cut leaves either the old or the new file, never a mix:
 * `fill` writes a temp file in the same folder, which is made owner-only, fsynced and renamed over the target,
 * then the folder is fsynced. A failure removes the temp file.
 */
export function replaceAtomically(target: string, fill: (temp: string) => void): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fill(temp);
    // Key files and backups are nobody else's business on a shared PC, encrypted or not.
    chmodSync(temp, 0o600);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(path.dirname(target));
}

export function writeFileAtomic(target: string, content: string): void {
  replaceAtomically(target, (temp) => writeFileSync(temp, content, { mode: 0o600 }));
}

/** A temp file of an interrupted write (a process killed between writing and renaming). */
export const isAtomicTemp = (name: string) => /^\..+\.\d+\.\d+\.tmp$/.test(name);

export function syncFolder(folder: string): void {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
