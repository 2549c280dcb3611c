import type { Migration } from './migration';

/**
 * Schema v8: import batches (issue 14). A batch is one import of one sheet: who, when, which file
 * and sheet, the counts, and the audit row that closed it (a change logged after it on one of its
 * records makes the batch too late to undo). `import_records` names every record the batch
 * created, so undo removes exactly those. And an index on the case number's year and running
 * number, so the next number is found without reading every case (an import adds thousands).
 */
export const imports: Migration = {
  version: 8,
  name: 'imports',
  up(db) {
    db.exec(`
      CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sheet_name TEXT NOT NULL,
        target TEXT NOT NULL CHECK (target IN ('cases', 'coordinators')),
        counts TEXT NOT NULL,
        audit_id INTEGER NOT NULL,
        undone_at TEXT,
        undone_by TEXT
      ) STRICT;
      CREATE TABLE import_records (
        batch_id INTEGER NOT NULL REFERENCES import_batches(id),
        kind TEXT NOT NULL CHECK (kind IN ('person', 'case', 'coordinator', 'serviceUnit', 'completion')),
        record_id INTEGER NOT NULL,
        PRIMARY KEY (batch_id, kind, record_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX cases_number_in_year
        ON cases(substr(case_number, 1, 4), CAST(substr(case_number, 6) AS INTEGER));
    `);
  },
};
