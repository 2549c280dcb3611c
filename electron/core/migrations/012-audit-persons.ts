import type { Migration } from './migration';

/**
 * Schema v12: which persons each audit row names, so "who has looked at this person's case" is
 * an index lookup, not a scan of every row's fields (a person's log out of 1 000 000 rows in
 * milliseconds). A row names a person by a `person:<id>` field (reads, lists, prints), by being
 * about the person (entity `person`) or by being about one of the person's cases (entity `case`).
 *
 * The index is derived from the log, never part of its hash chain; `appendAudit` writes it with
 * each new row. No foreign keys: the log outlives deleted persons and cases, and a person whose
 * data were removed must still be found in it. The case filter uses `audit_entity` (v1). A row
 * about a case older than the case now holding its id was about a deleted case (ids are reused):
 * not indexed under the new case's person.
 */
export const auditPersons: Migration = {
  version: 12,
  name: 'audit persons',
  up(db) {
    db.exec(`
      CREATE TABLE audit_persons (
        person_id INTEGER NOT NULL,
        audit_id INTEGER NOT NULL,
        PRIMARY KEY (person_id, audit_id)
      ) WITHOUT ROWID;

      INSERT OR IGNORE INTO audit_persons (person_id, audit_id)
        SELECT CAST(substr(f.value, 8) AS INTEGER), a.id
        FROM audit a, json_each(a.fields) f
        WHERE f.value GLOB 'person:[0-9]*' AND substr(f.value, 8) NOT GLOB '*[^0-9]*';

      INSERT OR IGNORE INTO audit_persons (person_id, audit_id)
        SELECT CAST(a.entity_id AS INTEGER), a.id
        FROM audit a
        WHERE a.entity = 'person' AND a.entity_id GLOB '[0-9]*' AND a.entity_id NOT GLOB '*[^0-9]*';

      INSERT OR IGNORE INTO audit_persons (person_id, audit_id)
        SELECT c.person_id, a.id
        FROM audit a JOIN cases c ON c.id = CAST(a.entity_id AS INTEGER)
        WHERE a.entity = 'case' AND a.entity_id GLOB '[0-9]*' AND a.entity_id NOT GLOB '*[^0-9]*'
          AND a.at >= c.created_at;
    `);
  },
};
