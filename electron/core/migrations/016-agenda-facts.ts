import type { Migration } from './migration';

/**
 * Schema v16: what the team meeting's agenda shows of each undecided case, stored beside the
 * dashboards' facts (shared/domain/caseFigures.ts): the interim reply deadline's outcome as the
 * case page shows it, and whether the case awaits assessment or decision. Neither depends on
 * today, so the agenda is one read of the undecided cases instead of loading and deriving each
 * (issue 17: 83 ms at 20 000 cases, 476 ms at 100 000). Filled when the register is opened, as
 * SUMMARY_VERSION was raised with them; derived, so left out of the register export.
 */
export const agendaFacts: Migration = {
  version: 16,
  name: 'agenda facts',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN interim_reply_outcome TEXT;
      ALTER TABLE cases ADD COLUMN awaiting TEXT NOT NULL DEFAULT 'assessment';
    `);
  },
};
