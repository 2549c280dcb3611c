import type { Migration } from './migration';

/**
 * Schema v6: letters sent on a case (the interim reply and the decision letter), each with the
 * date it carries and the text as it was sent, after the user's edits: the register keeps what the
 * family received, not a template that may change later.
 *
 * A decision letter names its decision step. Removing that step (recorded by mistake) leaves the
 * letter, which was sent all the same: the link is cleared, the kind and text stay.
 */
export const letters: Migration = {
  version: 6,
  name: 'letters',
  up(db) {
    db.exec(`
      CREATE TABLE letters (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('interimReply', 'decision')),
        decision_step_id INTEGER REFERENCES case_steps(id) ON DELETE SET NULL,
        letter_date TEXT NOT NULL CHECK (letter_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        body TEXT NOT NULL CHECK (length(body) > 0),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK (kind = 'decision' OR decision_step_id IS NULL)
      ) STRICT;
      CREATE INDEX letters_case ON letters(case_id, letter_date);
      CREATE INDEX letters_decision ON letters(decision_step_id);
    `);
  },
};
