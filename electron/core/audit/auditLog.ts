import { createHash } from 'node:crypto';

import type { AuditVerification } from '@shared/api/audit';

import type { Db } from '../storage/database';
import type { AuditEntry } from './auditEntry';
import { indexAuditPersons, personsOfEntry } from './auditPersons';
import { noteAudited } from './changes';

export const GENESIS = '0'.repeat(64);

export interface StoredRow {
  id: number;
  at: string;
  user_id: number | null;
  username: string;
  action: string;
  entity: string;
  entity_id: string | null;
  fields: string;
  prev_hash: string;
  hash: string;
}

/** A row's hash: over the previous row's hash and the row's own columns (exported for tamper tests). */
export function rowHash(prevHash: string, r: Omit<StoredRow, 'hash' | 'prev_hash'>): string {
  const canonical = JSON.stringify([
    prevHash,
    r.id,
    r.at,
    r.user_id,
    r.username,
    r.action,
    r.entity,
    r.entity_id,
    r.fields,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * The fields naming the persons whose data a read, a list or a print showed (`person:<id>`, each
 * once): how the log answers "who looked at this person's case".
 */
export const personsShown = (ids: Iterable<number>): string[] =>
  [...new Set(ids)].map((id) => `person:${id}`);

/**
 * Appends one row linked to the one before, and the index of the persons it names
 * (`audit_persons`, not part of the hash). Call inside the transaction of the change it records.
 */
export function appendAudit(db: Db, entry: AuditEntry, at: Date): void {
  const last = db.prepare('SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string } | undefined;
  const row = {
    id: (last?.id ?? 0) + 1,
    at: at.toISOString(),
    user_id: entry.userId,
    username: entry.username,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId == null ? null : String(entry.entityId),
    fields: JSON.stringify(entry.fields ?? []),
  };
  const prev = last?.hash ?? GENESIS;
  db.prepare(
    `INSERT INTO audit (id, at, user_id, username, action, entity, entity_id, fields, prev_hash, hash)
     VALUES (@id, @at, @user_id, @username, @action, @entity, @entity_id, @fields, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prev, hash: rowHash(prev, row) });
  indexAuditPersons(db, row.id, personsOfEntry(db, entry));
  noteAudited(db, entry);
}

/** Walks the chain from the start; the first row whose link or hash does not match is reported. */
export function verifyAudit(db: Db): AuditVerification {
  let prev = GENESIS;
  let expectedId = 1;
  let checked = 0;
  for (const r of db.prepare('SELECT * FROM audit ORDER BY id').iterate() as Iterable<StoredRow>) {
    if (r.id !== expectedId || r.prev_hash !== prev || rowHash(prev, r) !== r.hash) {
      return { ok: false, checked, firstBrokenId: r.id, anchor: null };
    }
    prev = r.hash;
    expectedId += 1;
    checked += 1;
  }
  return { ok: true, checked, firstBrokenId: null, anchor: null };
}
