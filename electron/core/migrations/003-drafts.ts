import type { Migration } from './migration';

/**
 * Schema v3: unfinished form input, one draft per user and form, kept in the encrypted register
 * (never in the window's storage, which is plain text on disk). Removed with its user.
 */
export const drafts: Migration = {
  version: 3,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        form TEXT NOT NULL,
        data TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (user_id, form)
      ) STRICT;
    `);
  },
};
