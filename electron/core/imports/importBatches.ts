import type { ImportBatch, ImportCounts, ImportTarget } from '@shared/api/imports';

import { removeCase } from '../cases/caseWriter';
import { audit, session, type Ctx } from '../context';
import { writerOf, type Writer } from '../derived/writer';
import { CoreError } from '../errors';
import { removePersonWithoutCases } from '../persons/personWriter';
import type { Db } from '../storage/database';

/**
 * Import batches: what one import of one sheet created (schema v8), and its undo while none of it
 * has changed since. "Changed" is read from the audit log, the one place every change passes:
 * a change logged on one of the batch's cases, persons or coordinators after the batch's own
 * row (reads, lists and prints change nothing).
 */

export type RecordKind = 'person' | 'case' | 'coordinator' | 'serviceUnit' | 'completion';

interface StoredBatch {
  id: number;
  created_at: string;
  created_by: string;
  file_name: string;
  sheet_name: string;
  target: ImportTarget;
  counts: string;
  audit_id: number;
  undone_at: string | null;
  undone_by: string | null;
}

export function insertBatch(
  db: Db,
  b: { at: string; by: string; fileName: string; sheetName: string; target: ImportTarget },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO import_batches (created_at, created_by, file_name, sheet_name, target, counts, audit_id)
         VALUES (?, ?, ?, ?, ?, '{}', 0)`,
      )
      .run(b.at, b.by, b.fileName, b.sheetName, b.target).lastInsertRowid,
  );
}

export function recordCreated(db: Db, batchId: number, kind: RecordKind, recordId: number): void {
  db.prepare('INSERT OR IGNORE INTO import_records (batch_id, kind, record_id) VALUES (?, ?, ?)').run(
    batchId,
    kind,
    recordId,
  );
}

/** Closes the batch with its counts and the audit row that names it. */
export function finishBatch(ctx: Ctx, db: Db, batchId: number, counts: ImportCounts): void {
  audit(ctx, {
    action: 'import',
    entity: 'import',
    entityId: batchId,
    fields: (Object.keys(counts) as (keyof ImportCounts)[]).map((k) => `${k}:${counts[k]}`),
  });
  const { id } = db.prepare('SELECT max(id) AS id FROM audit').get() as { id: number };
  db.prepare('UPDATE import_batches SET counts = ?, audit_id = ? WHERE id = ?').run(
    JSON.stringify(counts),
    id,
    batchId,
  );
}

function recordIds(db: Db, batchId: number, kind: RecordKind): number[] {
  return (
    db.prepare('SELECT record_id FROM import_records WHERE batch_id = ? AND kind = ?').all(batchId, kind) as {
      record_id: number;
    }[]
  ).map((r) => r.record_id);
}

const CHANGE = `action NOT IN ('read', 'list', 'print')`;

/**
 * The first of the batch's records changed since the batch (a case by its number; for the other
 * kinds a word the screen translates), or null while all are as imported.
 */
function firstChange(db: Db, batch: StoredBatch): string | null {
  const cases = new Set(recordIds(db, batch.id, 'case').map(String));
  const persons = new Set(recordIds(db, batch.id, 'person').map(String));
  const coordinators = new Set(recordIds(db, batch.id, 'coordinator').map(String));
  const rows = db
    .prepare(
      `SELECT entity, entity_id, fields FROM audit WHERE id > ? AND ${CHANGE}
         AND entity IN ('case', 'person', 'coordinator', 'completion', 'guidance', 'training_session')`,
    )
    .iterate(batch.audit_id) as Iterable<{ entity: string; entity_id: string | null; fields: string }>;
  for (const r of rows) {
    if (r.entity === 'case' && r.entity_id !== null && cases.has(r.entity_id))
      return caseNumber(db, r.entity_id);
    if (r.entity === 'person' && r.entity_id !== null && persons.has(r.entity_id)) return '';
    if (r.entity === 'coordinator' && r.entity_id !== null && coordinators.has(r.entity_id)) return '';
    // Training, guidance and appointments elsewhere name the coordinators they concern.
    if (
      coordinators.size &&
      (JSON.parse(r.fields) as string[]).some(
        (f) => f.startsWith('coordinator:') && coordinators.has(f.slice('coordinator:'.length)),
      )
    )
      return '';
  }
  // An appointment on a case outside the batch to one of the batch's coordinators.
  if (coordinators.size) {
    const appointed = db
      .prepare(
        `SELECT 1 FROM appointments a WHERE a.coordinator_id IN (SELECT record_id FROM import_records
           WHERE batch_id = ? AND kind = 'coordinator')
           AND a.case_id NOT IN (SELECT record_id FROM import_records WHERE batch_id = ? AND kind = 'case')
         LIMIT 1`,
      )
      .get(batch.id, batch.id);
    if (appointed) return '';
  }
  return null;
}

function caseNumber(db: Db, id: string): string {
  const row = db.prepare('SELECT case_number FROM cases WHERE id = ?').get(Number(id)) as
    { case_number: string } | undefined;
  return row?.case_number ?? '';
}

function toBatch(db: Db, b: StoredBatch): ImportBatch {
  const changed = b.undone_at === null ? firstChange(db, b) : null;
  return {
    id: b.id,
    createdAt: b.created_at,
    createdBy: b.created_by,
    fileName: b.file_name,
    sheetName: b.sheet_name,
    target: b.target,
    counts: JSON.parse(b.counts) as ImportCounts,
    undoneAt: b.undone_at,
    undoneBy: b.undone_by,
    undoable: b.undone_at === null && changed === null,
    changedCase: changed === null || changed === '' ? null : changed,
  };
}

export function listBatches(db: Db): ImportBatch[] {
  return (
    db.prepare('SELECT * FROM import_batches WHERE audit_id > 0 ORDER BY id DESC').all() as StoredBatch[]
  ).map((b) => toBatch(db, b));
}

export function batchById(db: Db, id: number): ImportBatch {
  const row = db.prepare('SELECT * FROM import_batches WHERE id = ? AND audit_id > 0').get(id) as
    StoredBatch | undefined;
  if (!row) throw new CoreError('NOT_FOUND');
  return toBatch(db, row);
}

/**
 * Removes what the batch created: its cases (their steps, appointments, plans and letters go
 * with them), then its persons, completions, coordinators and service units that nothing else
 * refers to now. Refused once anything of it has changed.
 */
export function undoBatch(ctx: Ctx, db: Db, batchId: number): ImportBatch {
  const batch = batchById(db, batchId);
  if (batch.undoneAt !== null)
    throw new CoreError('VALIDATION', { batchId: 'importRows.undo.alreadyUndone' });
  if (!batch.undoable) throw new CoreError('VALIDATION', { batchId: 'importRows.undo.changedSince' });
  const remove = (sql: string, ids: number[]) => {
    const statement = db.prepare(sql);
    for (const id of ids) statement.run(id);
  };
  // The undo is logged as one row for the batch below, not a row per case and person.
  const w: Writer = { ...writerOf(ctx, db), audit: () => {} };
  for (const id of recordIds(db, batchId, 'case')) removeCase(w, id);
  // A person the batch did not create but gave a case keeps their other cases (refreshed).
  for (const id of recordIds(db, batchId, 'person')) removePersonWithoutCases(w, id);
  remove('DELETE FROM training_completions WHERE id = ?', recordIds(db, batchId, 'completion'));
  remove(
    `DELETE FROM coordinators WHERE id = ?
       AND NOT EXISTS (SELECT 1 FROM appointments WHERE coordinator_id = coordinators.id)
       AND NOT EXISTS (SELECT 1 FROM training_completions WHERE coordinator_id = coordinators.id)
       AND NOT EXISTS (SELECT 1 FROM guidance_participants WHERE coordinator_id = coordinators.id)`,
    recordIds(db, batchId, 'coordinator'),
  );
  remove(
    `DELETE FROM service_units WHERE id = ?
       AND NOT EXISTS (SELECT 1 FROM coordinators WHERE service_unit_id = service_units.id)
       AND NOT EXISTS (SELECT 1 FROM plan_members WHERE service_unit_id = service_units.id)
       AND NOT EXISTS (SELECT 1 FROM plan_measures WHERE service_unit_id = service_units.id)
       AND NOT EXISTS (SELECT 1 FROM cases, json_each(cases.services)
                       WHERE json_extract(json_each.value, '$.serviceUnitId') = service_units.id)`,
    recordIds(db, batchId, 'serviceUnit'),
  );
  const { user } = session(ctx);
  db.prepare('UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?').run(
    ctx.config.now().toISOString(),
    user.username,
    batchId,
  );
  audit(ctx, { action: 'import_undo', entity: 'import', entityId: batchId, fields: [] });
  return batchById(db, batchId);
}
