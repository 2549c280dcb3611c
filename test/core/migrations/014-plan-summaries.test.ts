import { describe, expect, it } from 'vitest';

import { schemaVersion } from '@core/migrations/migrate';
import { refreshExpired } from '@core/plans/planSummaries';
import type { Db } from '@core/storage/database';

import { at, caseRow, insert, migrateTo, personRow, registerAt } from './migrateTo';

function addCaseWithPlan(db: Db, caseNumber: string, periodStart: string | null): number {
  const personId = insert(db, 'persons', personRow('Emma Fjellstrand', { sort_name: 'fjellstrand emma' }));
  const caseId = insert(
    db,
    'cases',
    caseRow({ case_number: caseNumber, person_id: personId, rights_requested: '["individuellPlan"]' }),
  );
  db.prepare(
    `INSERT INTO plans (case_id, wanted, period_start, next_revision_date, recorded_by, recorded_at, updated_at)
     VALUES (?, 1, ?, '2027-03-01', 'kari.admin', ?, ?)`,
  ).run(caseId, periodStart, at, at);
  return caseId;
}

const summaries = (db: Db) =>
  db.prepare('SELECT case_id, status, valid_until FROM plan_summaries ORDER BY case_id').all() as {
    case_id: number;
    status: string;
    valid_until: string | null;
  }[];

describe('schema v14: the plans’ stored summaries', () => {
  it('leaves every plan of an older register pending, derived by the first read of a day', () => {
    const register = registerAt(13);
    const { db } = register;
    const started = addCaseWithPlan(db, '2026-0001', '2026-06-10');
    const writing = addCaseWithPlan(db, '2026-0002', null);

    migrateTo(register, 14);
    expect(schemaVersion(db)).toBe(14);
    // No "today" in a migration: each row waits for the first day that reads it.
    expect(summaries(db)).toEqual([
      { case_id: started, status: 'notStarted', valid_until: '0000-01-01' },
      { case_id: writing, status: 'notStarted', valid_until: '0000-01-01' },
    ]);

    db.transaction(() => refreshExpired(db, '2026-07-01'))();
    // Active; the yearly minimum of two meetings asks for the first after half a year. The plan
    // not begun waits for nothing, but its revision date's notice is a day given (an early one).
    expect(summaries(db)).toEqual([
      { case_id: started, status: 'active', valid_until: '2026-12-10' },
      { case_id: writing, status: 'notStarted', valid_until: '2027-01-30' },
    ]);
  });

  it('gives a plan written later its pending row at once, and takes it away with the plan', () => {
    const { db } = registerAt();
    const caseId = addCaseWithPlan(db, '2026-0003', null);
    expect(summaries(db)).toEqual([{ case_id: caseId, status: 'notStarted', valid_until: '0000-01-01' }]);
    db.prepare('DELETE FROM plans WHERE case_id = ?').run(caseId);
    expect(summaries(db)).toEqual([]);
  });
});
