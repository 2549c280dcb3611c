import { describe, expect, it } from 'vitest';

import {
  APPEALS_AWAITING,
  APPEALS_NOT_FORWARDED,
  BORN_BETWEEN,
  CHANGES,
  INTERIM_REPLIES,
  WITHOUT_COORDINATOR,
} from '@core/dashboards/dashboardSql';
import { countSql } from '@core/dashboards/figures';

import { plannedRegister, queryPlan } from './queryPlans';

describe('schema v15: the dashboards count stored facts per case through indexes', () => {
  it('adds the facts to every case, empty until its summary is written', () => {
    const db = plannedRegister();
    const columns = (db.prepare('PRAGMA table_info(cases)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(
      expect.arrayContaining([
        'interim_reply_due',
        'appeal_awaiting_since',
        'appeal_not_forwarded_since',
        'child_heard',
        'no_coordinator_since',
        'no_coordinator_from',
      ]),
    );
  });

  it('counts interim replies on the index alone, and each other figure on its own index', () => {
    const db = plannedRegister();
    const today = { today: '2027-06-14', soon: '2027-06-28' };
    expect(queryPlan(db, countSql(INTERIM_REPLIES), today)).toMatch(
      /USING COVERING INDEX cases_interim_reply/,
    );
    expect(queryPlan(db, countSql(APPEALS_AWAITING), {})).toMatch(/cases_appeal_awaiting/);
    expect(queryPlan(db, countSql(APPEALS_NOT_FORWARDED), {})).toMatch(/cases_appeal_not_forwarded/);
    expect(queryPlan(db, countSql(WITHOUT_COORDINATOR), today)).toMatch(
      /USING COVERING INDEX cases_no_coordinator/,
    );
    const young = queryPlan(db, BORN_BETWEEN, { bornFrom: '2009-01-01', bornTo: '2012-12-31' });
    expect(young).toMatch(/persons_birth_date/);
    expect(young).toMatch(/USING COVERING INDEX cases_person_heard/);
    expect(queryPlan(db, CHANGES, { from: '2026-06-15', to: '2027-06-14' })).toMatch(/appointments_ended/);
    for (const sql of [INTERIM_REPLIES, APPEALS_AWAITING, WITHOUT_COORDINATOR].map(countSql))
      expect(queryPlan(db, sql, today)).not.toMatch(/SCAN c\b/);
  });
});
