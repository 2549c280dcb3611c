import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, openSync, readSync, statSync, writeSync } from 'node:fs';

import * as tar from 'tar';
import { z } from 'zod';

import { backupReasons, type BackupManifest } from '@shared/api/backup';

import { CoreError } from '../errors';
import { replaceAtomically } from '../storage/atomicWrite';

/**
 * A backup is one POSIX tar file (7-Zip and Windows' own `tar` open it) with three members, in
 * this order: `manifest.json` (readable: what it holds and its checksum), `samordna.keys` (the key
 * slots valid when it was taken) and `samordna.db` (the encrypted database). docs/backup.md.
 */
export const BACKUP_EXTENSION = '.samordna';
export const BACKUP_FORMAT_VERSION = 1;
export const MEMBERS = { manifest: 'manifest.json', keys: 'samordna.keys', db: 'samordna.db' } as const;

const manifestSchema = z.object({
  format: z.literal('samordna-backup'),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(0),
  createdAt: z.string(),
  createdBy: z.string(),
  reason: z.enum(backupReasons),
  municipality: z.string(),
  registerId: z.string(),
  counts: z.record(z.string(), z.number()),
  auditHead: z.object({ count: z.number().int().min(0), hash: z.string() }),
  database: z.object({ bytes: z.number().int().min(0), sha256: z.string() }),
}) satisfies z.ZodType<BackupManifest>;

/** sha256 of a file, read in pieces (a register can be hundreds of MB). */
export function sha256File(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Packs a staging folder holding the three members into `target` atomically, so a stopped backup
 * never leaves a half file under a backup's name.
 */
export function packBackup(stagingDir: string, target: string): void {
  replaceAtomically(target, (temp) =>
    tar.c({ sync: true, file: temp, cwd: stagingDir, portable: true }, [
      MEMBERS.manifest,
      MEMBERS.keys,
      MEMBERS.db,
    ]),
  );
}

/** Copies a finished backup to another folder the same way. */
export function copyBackup(source: string, target: string): void {
  replaceAtomically(target, (temp) => copyFileSync(source, temp));
}

interface Members {
  manifest: BackupManifest;
  keysText: string;
  /** sha256 of the database member, read as it streams by. */
  dbSha256: string;
}

/**
 * Reads a backup file: the manifest and key file as values, the database member hashed as it
 * streams by and written to `dbTarget` when given. Anything that is not a backup of ours
 * (another file, a damaged or truncated one, extra or repeated members): BACKUP_INVALID.
 */
function readMembers(file: string, dbTarget?: string): Members {
  const names: string[] = [];
  const texts = new Map<string, Buffer>();
  const hash = createHash('sha256');
  let dbBytes = -1;
  let fd: number | null = null;
  try {
    if (!statSync(file).isFile()) throw new CoreError('BACKUP_INVALID');
    if (dbTarget) fd = openSync(dbTarget, 'w', 0o600);
    tar.t({
      sync: true,
      file,
      strict: true,
      onReadEntry: (entry) => {
        names.push(entry.path);
        if (entry.type !== 'File') return entry.resume();
        if (entry.path !== MEMBERS.db && entry.size > MAX_TEXT_MEMBER) throw new CoreError('BACKUP_INVALID');
        if (entry.path === MEMBERS.db) {
          dbBytes = entry.size;
          entry.on('data', (c: Buffer) => {
            hash.update(c);
            if (fd !== null) writeSync(fd, c);
          });
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => chunks.push(c));
        entry.on('end', () => texts.set(entry.path, Buffer.concat(chunks)));
      },
    });
    if (fd !== null) fsyncSync(fd);
  } catch (error) {
    if (error instanceof CoreError) throw error;
    throw new CoreError('BACKUP_INVALID');
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const expected = [MEMBERS.manifest, MEMBERS.keys, MEMBERS.db];
  if (names.length !== 3 || names.some((n, i) => n !== expected[i])) throw new CoreError('BACKUP_INVALID');
  const manifest = parseManifest(texts.get(MEMBERS.manifest));
  return {
    manifest,
    keysText: texts.get(MEMBERS.keys)?.toString('utf8') ?? '',
    // A database member of another size than the manifest says cannot match its checksum either.
    dbSha256: dbBytes === manifest.database.bytes ? hash.digest('hex') : '',
  };
}

/** The manifest and key file are small; a backup whose text members are not is not ours. */
const MAX_TEXT_MEMBER = 1024 * 1024;

/**
 * The manifest and key file of a backup without reading its database: they stand first in the
 * file, so its first bytes are enough (listing many backups reads a little of each). Null when
 * the file is not a backup of ours.
 */
export function readBackupHead(file: string): { manifest: BackupManifest; keysText: string } | null {
  const head = Buffer.alloc(2 * MAX_TEXT_MEMBER + 4096);
  let length: number;
  try {
    const fd = openSync(file, 'r');
    try {
      length = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  const texts = new Map<string, Buffer>();
  const names: string[] = [];
  const parser = new tar.Parser({
    onReadEntry: (entry) => {
      names.push(entry.path);
      if (entry.path === MEMBERS.db || entry.size > MAX_TEXT_MEMBER) return entry.resume();
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => chunks.push(c));
      entry.on('end', () => texts.set(entry.path, Buffer.concat(chunks)));
    },
  });
  parser.on('error', () => undefined);
  parser.write(head.subarray(0, length));
  if (names[0] !== MEMBERS.manifest || names[1] !== MEMBERS.keys || !texts.has(MEMBERS.keys)) return null;
  try {
    return {
      manifest: parseManifest(texts.get(MEMBERS.manifest)),
      keysText: texts.get(MEMBERS.keys)!.toString('utf8'),
    };
  } catch {
    return null;
  }
}

export function parseManifest(bytes: Buffer | undefined): BackupManifest {
  try {
    const result = manifestSchema.safeParse(JSON.parse(bytes?.toString('utf8') ?? ''));
    if (result.success) return result.data;
  } catch {
    // falls through to the refusal
  }
  throw new CoreError('BACKUP_INVALID');
}

/** The manifest, and whether the database inside still matches its checksum. */
export function inspectBackup(file: string): { manifest: BackupManifest; intact: boolean } {
  const { manifest, dbSha256 } = readMembers(file);
  return { manifest, intact: dbSha256 === manifest.database.sha256 };
}

/** Unpacks a backup's database to `dbFile`; the manifest and key file come back as values. */
export function unpackBackup(
  file: string,
  dbFile: string,
): { manifest: BackupManifest; keysText: string; intact: boolean } {
  const { manifest, keysText, dbSha256 } = readMembers(file, dbFile);
  return { manifest, keysText, intact: dbSha256 === manifest.database.sha256 };
}
