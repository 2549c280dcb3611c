import { describe, expect, it } from 'vitest';

import { schemaVersion } from '@core/migrations/migrate';

import { caseRow, insert, migrateTo, personRow, registerAt } from './migrateTo';

describe('schema v9: the decisions in force and the appeals’ stages beside each case', () => {
  it('adds both columns empty to the cases already there, keeping everything else', () => {
    const register = registerAt(8);
    const { db } = register;
    expect(schemaVersion(db)).toBe(8);
    insert(db, 'persons', personRow());
    insert(db, 'cases', caseRow({ status: 'decided' }));

    migrateTo(register, 9);
    expect(schemaVersion(db)).toBe(9);
    expect(
      db.prepare('SELECT case_number, status, decision_outcomes, appeal_stages FROM cases').get(),
    ).toEqual({
      case_number: '2026-0001',
      status: 'decided',
      // Written by the summaries' refresh when the register is opened (SUMMARY_VERSION 2).
      decision_outcomes: '[]',
      appeal_stages: '[]',
    });
  });

  it('counts the cases per status of a decision or appeal filter in the narrow index, not the wide table', () => {
    const register = registerAt(9);
    const { db } = register;
    db.exec('ANALYZE');
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ o: '%"koordinator:refused"%' }) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    expect(
      plan('SELECT c.status, count(*) FROM cases c WHERE c.decision_outcomes LIKE @o GROUP BY c.status'),
    ).toMatch(/COVERING INDEX cases_outcomes/);
  });
});
