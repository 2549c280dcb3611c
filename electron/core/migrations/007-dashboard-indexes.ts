import type { Migration } from './migration';

/**
 * Schema v7: indexes for the Oversikt dashboards (electron/core/dashboards/dashboardSql.ts), so
 * their candidate queries read a range instead of scanning every row: steps by kind (the open
 * appeals, the mappings with the child's participation), persons by birth date (turning 18, the
 * participation age) and cases by appeal deadline (appeals running; also the Saker filter).
 */
export const dashboardIndexes: Migration = {
  version: 7,
  name: 'dashboard indexes',
  up(db) {
    db.exec(`
      CREATE INDEX case_steps_kind ON case_steps(kind, case_id);
      CREATE INDEX persons_birth_date ON persons(birth_date);
      CREATE INDEX cases_appeal_deadline ON cases(appeal_deadline);
    `);
  },
};
