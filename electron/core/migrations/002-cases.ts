import type { Migration } from './migration';

/**
 * Schema v2: persons, their relations, cases and the workflow steps recorded on them.
 *
 * A step's fields live as JSON in `case_steps.data`, checked by the contract's schema on the way
 * in and read back through the same types: nine step kinds with their own columns would be nine
 * tables that change together. The columns after `updated_at` on `cases` are derived by the
 * pure functions in shared/domain from the record and refreshed in the transaction of every
 * change: they are never typed in, and they let the list filter 20 000 cases in SQL.
 */
export const cases: Migration = {
  version: 2,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE persons (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        -- Lower-cased and folded for search; Norwegian letters sort after z.
        search_name TEXT NOT NULL,
        sort_name TEXT NOT NULL,
        national_id TEXT UNIQUE CHECK (national_id IS NULL OR length(national_id) = 11),
        birth_date TEXT,
        due_date TEXT,
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        interpreter_needed INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
        interpreter_language TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX persons_sort_name ON persons(sort_name);

      CREATE TABLE person_relations (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        relation TEXT NOT NULL,
        parental_responsibility INTEGER NOT NULL CHECK (parental_responsibility IN (0, 1)),
        may_consent INTEGER NOT NULL CHECK (may_consent IN (0, 1)),
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX person_relations_person ON person_relations(person_id);

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        case_number TEXT NOT NULL UNIQUE,
        person_id INTEGER NOT NULL REFERENCES persons(id),
        received_date TEXT NOT NULL,
        channel TEXT NOT NULL,
        applied_by TEXT NOT NULL,
        applied_by_name TEXT NOT NULL DEFAULT '',
        rights_requested TEXT NOT NULL,
        need_description TEXT NOT NULL DEFAULT '',
        services TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL,
        office_deadline TEXT,
        office_deadline_kind TEXT,
        appeal_deadline TEXT,
        decided_date TEXT,
        closed_date TEXT,
        rights_granted TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX cases_person ON cases(person_id);
      CREATE INDEX cases_received ON cases(received_date, status);
      CREATE INDEX cases_status ON cases(status);
      CREATE INDEX cases_office_deadline ON cases(office_deadline);

      CREATE TABLE case_steps (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('mapping', 'consent', 'interimReply', 'assessment',
          'decision', 'appeal', 'transition', 'closing', 'reopening')),
        date TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_steps_case ON case_steps(case_id, date);
    `);
  },
};
