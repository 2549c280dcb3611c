import { describe, expect, it } from 'vitest';

import { APPEAL_RUNNING, BORN_BETWEEN } from '@core/dashboards/dashboardSql';

import { plannedRegister, queryPlan } from './queryPlans';

describe('schema v7: the dashboards read ranges through indexes, not whole tables', () => {
  it('finds children by birth date and running appeals by deadline', () => {
    const db = plannedRegister();
    expect(queryPlan(db, BORN_BETWEEN, { bornFrom: '2009-01-01', bornTo: '2012-12-31' })).toMatch(
      /persons_birth_date/,
    );
    expect(
      queryPlan(db, `SELECT count(*) FROM cases c WHERE ${APPEAL_RUNNING.where}`, { today: '2027-01-01' }),
    ).toMatch(/cases_appeal_deadline/);
  });
});
