import type { Migration } from './migration';

/**
 * Schema v11: retention (DOMAIN.md 3.12 and 9). A closed case past the retention setting is
 * anonymised (or deleted) by an administrator.
 *
 * - `cases.anonymised_at`: when the case was anonymised; such a case is never listed as expired
 *   again, and its page says so.
 * - `persons.birth_year` and `persons.birth_month`: the year and month of birth kept when
 *   anonymising removes the birth date (or the due date of a child never registered as born), so
 *   counts by age still have them; only the day is gone. The leadership report's periods and its
 *   notice window for turning 18 are whole months, so year and month give the same counts as the
 *   date (see reportFacts.ts). Written only then: while the date is there, the date is the truth
 *   and nothing can go stale.
 */
export const retention: Migration = {
  version: 11,
  name: 'retention',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN anonymised_at TEXT;
      ALTER TABLE persons ADD COLUMN birth_year INTEGER
        CHECK (birth_year IS NULL OR birth_year BETWEEN 1800 AND 2999);
      ALTER TABLE persons ADD COLUMN birth_month INTEGER
        CHECK (birth_month IS NULL OR birth_month BETWEEN 1 AND 12);
    `);
  },
};
