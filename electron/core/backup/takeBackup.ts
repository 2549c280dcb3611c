import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3-multiple-ciphers';

import type { BackupFile, BackupManifest, BackupReason } from '@shared/api/backup';

import pkg from '../../../package.json' with { type: 'json' };
import { readAuditHead } from '../audit/auditAnchor';
import { CoreError } from '../errors';
import { schemaVersion } from '../migrations/migrate';
import type { OpenSession } from '../session/openSession';
import { applyKey, integrityOk, type Db } from '../storage/database';
import { BACKUP_FORMAT_VERSION, MEMBERS, copyBackup, packBackup, sha256File } from './backupFile';
import { backupFileName, ensureFolder, ensureSecondFolder, rotate } from './backupFolders';
import type { Keep } from './rotation';

export interface BackupTarget {
  local: string;
  second: string | null;
  keep: Keep;
}

/** Rows per table: what a restored copy must have again. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}

/**
 * Opens a database copy read-only with the key and checks it as a restore would need it: every
 * page (integrity_check, which reads each page and so checks its HMAC), the same rows per table,
 * the same newest audit row.
 */
export function verifyCopy(
  file: string,
  key: Buffer,
  expected: Pick<BackupManifest, 'counts' | 'auditHead'>,
): boolean {
  let copy: Db;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return false;
  }
  try {
    applyKey(copy, key);
    if (!integrityOk(copy, 'integrity_check')) return false;
    const counts = tableCounts(copy);
    const head = readAuditHead(copy);
    return (
      JSON.stringify(counts) === JSON.stringify(expected.counts) &&
      head.count === expected.auditHead.count &&
      head.hash === expected.auditHead.hash
    );
  } catch {
    return false;
  } finally {
    copy.close();
  }
}

/**
 * Takes one backup of the open register: checks the live database first, copies it with
 * `VACUUM INTO` (a consistent snapshot through the cipher, under the same key; never a file copy,
 * which misses what is still in the WAL), verifies the copy, packs it with the key slots of this
 * moment and a manifest, writes it atomically beside the register and to the second place, and
 * rotates both. Synchronous: no write can slip in between the copy and its counts.
 */
export function takeBackup(
  open: OpenSession,
  target: BackupTarget,
  meta: { reason: BackupReason; createdBy: string; municipality: string; now: Date },
): { files: BackupFile[]; secondError: string | null; manifest: BackupManifest } {
  if (!integrityOk(open.db, 'quick_check')) throw new CoreError('DATABASE_DAMAGED');
  ensureFolder(target.local);
  const staging = mkdtempSync(path.join(target.local, '.staging-'));
  try {
    const dbCopy = path.join(staging, MEMBERS.db);
    open.db.exec(`VACUUM INTO '${dbCopy.replaceAll("'", "''")}'`);
    const counts = tableCounts(open.db);
    const head = readAuditHead(open.db);
    if (!verifyCopy(dbCopy, open.key, { counts, auditHead: head })) throw new CoreError('BACKUP_FAILED');
    const manifest: BackupManifest = {
      format: 'samordna-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: pkg.version,
      schemaVersion: schemaVersion(open.db),
      createdAt: meta.now.toISOString(),
      createdBy: meta.createdBy,
      reason: meta.reason,
      municipality: meta.municipality,
      registerId: open.keyFile.registerId,
      counts,
      auditHead: head,
      database: { bytes: statBytes(dbCopy), sha256: sha256File(dbCopy) },
    };
    const keyFile = { ...open.keyFile, anchor: { ...head, at: manifest.createdAt } };
    writeFileSync(path.join(staging, MEMBERS.keys), JSON.stringify(keyFile, null, 2));
    writeFileSync(path.join(staging, MEMBERS.manifest), JSON.stringify(manifest, null, 2));
    const fileName = backupFileName(open.keyFile.registerId, meta.now, meta.reason);
    const localFile = path.join(target.local, fileName);
    packBackup(staging, localFile);
    const files: BackupFile[] = [
      {
        file: localFile,
        fileName,
        location: 'local',
        createdAt: manifest.createdAt,
        reason: meta.reason,
        bytes: statBytes(localFile),
      },
    ];
    rotate(target.local, open.keyFile.registerId, target.keep);
    let secondError: string | null = null;
    if (target.second) {
      try {
        ensureSecondFolder(target.second);
        const secondFile = path.join(target.second, fileName);
        copyBackup(localFile, secondFile);
        if (sha256File(secondFile) !== sha256File(localFile)) throw new Error('copy differs');
        files.push({ ...files[0]!, file: secondFile, location: 'second' });
        rotate(target.second, open.keyFile.registerId, target.keep);
      } catch (error) {
        secondError = error instanceof Error ? error.message : String(error);
      }
    }
    return { files, secondError, manifest };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

const statBytes = (file: string) => statSync(file).size;
