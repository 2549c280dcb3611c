import type { Migration } from './migration';

/**
 * Schema v11: retention (DOMAIN.md 3.12 and 9). A closed case past the retention setting is
 * anonymised (or deleted) by an administrator.
 *
 * - `cases.anonymised_at`: when the case was anonymised; such a case is never listed as expired
 *   again, and its page says so.
 * - `persons.birth_year`: the year of birth kept when anonymising removes the birth date (or the
 *   due date of a child never registered as born), so counts by age still have the year. Written
 *   only then: while the date is there, the date is the truth and nothing can go stale.
 */
export const retention: Migration = {
  version: 11,
  name: 'retention',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN anonymised_at TEXT;
      ALTER TABLE persons ADD COLUMN birth_year INTEGER
        CHECK (birth_year IS NULL OR birth_year BETWEEN 1800 AND 2999);
    `);
  },
};
