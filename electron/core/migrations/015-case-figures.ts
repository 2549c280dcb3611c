import type { Migration } from './migration';

/**
 * Schema v15: what the Oversikt dashboards count per case, stored on the case beside its summary
 * (shared/domain/caseFigures.ts), with the indexes that make each figure a count over a range
 * instead of deriving cases in code (issue 17). Every column is a fact that does not depend on
 * today: a date the figure compares with today in SQL, or a flag. Written with the summary in the
 * transaction of every change to the case or its appointments (cases/caseDetail.ts refreshSummary);
 * an existing register gets them when it is opened, as SUMMARY_VERSION was raised with them.
 *
 * Derived, so left out of the register export (its load writes every summary again).
 */
export const caseFigures: Migration = {
  version: 15,
  name: 'case figures',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN interim_reply_due TEXT;
      ALTER TABLE cases ADD COLUMN appeal_awaiting_since TEXT;
      ALTER TABLE cases ADD COLUMN appeal_not_forwarded_since TEXT;
      ALTER TABLE cases ADD COLUMN child_heard INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN no_coordinator_since TEXT;
      ALTER TABLE cases ADD COLUMN no_coordinator_from TEXT;

      -- Frister: interim replies owed, by due date; covering, so the count reads the index alone.
      CREATE INDEX cases_interim_reply ON cases(interim_reply_due, status)
        WHERE interim_reply_due IS NOT NULL;
      -- Frister: appeals the municipality has not finished, by the earliest receipt.
      CREATE INDEX cases_appeal_awaiting ON cases(appeal_awaiting_since)
        WHERE appeal_awaiting_since IS NOT NULL;
      CREATE INDEX cases_appeal_not_forwarded ON cases(appeal_not_forwarded_since)
        WHERE appeal_not_forwarded_since IS NOT NULL;
      -- Frister: the young, found by birth date, then their open cases with whether the child was heard.
      CREATE INDEX cases_person_heard ON cases(person_id, status, child_heard);
      -- Saksfordeling: open cases granted a coordinator right with every appointment ended.
      CREATE INDEX cases_no_coordinator ON cases(no_coordinator_since, no_coordinator_from)
        WHERE no_coordinator_since IS NOT NULL;
      -- Koordinatorbytter: appointments ended in the period, not the whole table.
      CREATE INDEX appointments_ended ON appointments(end_date, end_reason) WHERE end_date IS NOT NULL;
    `);
  },
};
