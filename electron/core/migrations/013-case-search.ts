import type { Migration } from './migration';

/**
 * The text a person's name is indexed under: the folded name (`search_name`) with two spaces
 * before every word. A trigram then also stands for the start of a word, so a one- or
 * two-letter search ("  o", " ol") is one index lookup too. Typed words never hold a space, so a
 * word of three or more letters matches exactly where `search_name LIKE '%word%'` did.
 */
const personWords = (searchName: string) => `'  ' || replace(${searchName}, ' ', '  ')`;
/** A case number's digits ("2026-0042" → "20260042"), as the search box matches them. */
const caseDigits = (caseNumber: string) => `replace(${caseNumber}, '-', '')`;

/**
 * Schema v13: the search box's names and case numbers in SQLite FTS5 trigram indexes, so a search
 * is an index lookup, not a scan of every person and case (issue 17). Both tables are contentless
 * (`content=''`): they hold the trigrams, not a second copy of the names. They are derived, kept
 * true by triggers that nothing can bypass, and left out of the register export. `secure-delete`
 * removes a deleted or anonymised name's trigrams from the index at once (without it FTS5 keeps
 * them until a merge); the retention purge's secure_delete and VACUUM then clear the pages.
 */
export const caseSearch: Migration = {
  version: 13,
  name: 'case search index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE person_search USING fts5(
        words, content='', contentless_delete=1, tokenize='trigram case_sensitive 1'
      );
      INSERT INTO person_search(person_search, rank) VALUES ('secure-delete', 1);
      INSERT INTO person_search(rowid, words) SELECT id, ${personWords('search_name')} FROM persons;
      CREATE TRIGGER persons_search_insert AFTER INSERT ON persons BEGIN
        INSERT INTO person_search(rowid, words) VALUES (new.id, ${personWords('new.search_name')});
      END;
      CREATE TRIGGER persons_search_update AFTER UPDATE OF id, search_name ON persons BEGIN
        DELETE FROM person_search WHERE rowid = old.id;
        INSERT INTO person_search(rowid, words) VALUES (new.id, ${personWords('new.search_name')});
      END;
      CREATE TRIGGER persons_search_delete AFTER DELETE ON persons BEGIN
        DELETE FROM person_search WHERE rowid = old.id;
      END;

      CREATE VIRTUAL TABLE case_number_search USING fts5(
        digits, content='', contentless_delete=1, tokenize='trigram case_sensitive 1'
      );
      INSERT INTO case_number_search(case_number_search, rank) VALUES ('secure-delete', 1);
      INSERT INTO case_number_search(rowid, digits) SELECT id, ${caseDigits('case_number')} FROM cases;
      CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
        INSERT INTO case_number_search(rowid, digits) VALUES (new.id, ${caseDigits('new.case_number')});
      END;
      CREATE TRIGGER cases_search_update AFTER UPDATE OF id, case_number ON cases BEGIN
        DELETE FROM case_number_search WHERE rowid = old.id;
        INSERT INTO case_number_search(rowid, digits) VALUES (new.id, ${caseDigits('new.case_number')});
      END;
      CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
        DELETE FROM case_number_search WHERE rowid = old.id;
      END;
    `);
  },
};
