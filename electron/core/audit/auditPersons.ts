import type { Db } from '../storage/database';
import type { AuditEntry } from './auditEntry';

/** `person:<id>` with a plain positive number: anything else is not a person reference. */
const PERSON_FIELD = /^person:([1-9][0-9]*)$/;
const PLAIN_ID = /^[1-9][0-9]*$/;

/** The persons one entry names in its fields (`person:<id>`), each once. */
export function personIdsInFields(fields: readonly string[]): number[] {
  const ids = new Set<number>();
  for (const f of fields) {
    const m = PERSON_FIELD.exec(f);
    if (m) ids.add(Number(m[1]));
  }
  return [...ids];
}

/**
 * Every person an entry names: its `person:<id>` fields, the person it is about (entity
 * `person`), and the person of the case it is about (entity `case`, looked up now). The same
 * rule as migration 012's backfill.
 */
export function personsOfEntry(db: Db, entry: Pick<AuditEntry, 'entity' | 'entityId' | 'fields'>): number[] {
  const ids = new Set(personIdsInFields(entry.fields ?? []));
  const entityId = entry.entityId == null ? '' : String(entry.entityId);
  if (PLAIN_ID.test(entityId)) {
    if (entry.entity === 'person') ids.add(Number(entityId));
    if (entry.entity === 'case') {
      const c = db.prepare('SELECT person_id AS personId FROM cases WHERE id = ?').get(Number(entityId)) as
        { personId: number } | undefined;
      if (c) ids.add(c.personId);
    }
  }
  return [...ids];
}

/** Registers known to have the index table (schema v12 or later). */
const indexed = new WeakSet<Db>();

/**
 * Writes the index rows of one new audit row (in its transaction). A register opened at an older
 * schema writes its rows before it is migrated (a cut log found at opening): those have no index
 * table yet, and migration 012 indexes them with the rest.
 */
export function indexAuditPersons(db: Db, auditId: number, personIds: readonly number[]): void {
  if (personIds.length === 0) return;
  if (!indexed.has(db)) {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_persons'").get())
      return;
    indexed.add(db);
  }
  const insert = db.prepare('INSERT OR IGNORE INTO audit_persons (person_id, audit_id) VALUES (?, ?)');
  for (const personId of personIds) insert.run(personId, auditId);
}
