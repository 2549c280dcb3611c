import type { Migration } from './migration';

/**
 * Schema v10: when a case's archive copy (its overview and letters as PDF/A, and its events as
 * CSV) was handed to the user for the municipal archive. The register is a working register, not
 * the archive of record (DOMAIN.md 1 and 9): retention asks whether a copy exists before a closed
 * case is anonymised or deleted. Only the fact is kept; the files live where the user saved them.
 */
export const archiveCopies: Migration = {
  version: 10,
  name: 'archive copies',
  up(db) {
    db.exec(`
      CREATE TABLE archive_copies (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        made_at TEXT NOT NULL,
        made_by INTEGER REFERENCES users(id),
        documents INTEGER NOT NULL CHECK (documents >= 0)
      );
      CREATE INDEX archive_copies_case ON archive_copies(case_id, made_at);
    `);
  },
};
