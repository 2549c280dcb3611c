import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { migrations } from '@core/migrations/index';
import { migrate, schemaVersion } from '@core/migrations/migrate';
import { refreshExpired } from '@core/plans/planSummaries';
import { createDatabase, type Db } from '@core/storage/database';

import { tempDir } from '../harness';

const at = '2026-06-01T08:00:00.000Z';

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

function addCaseWithPlan(db: Db, caseNumber: string, periodStart: string | null): number {
  const personId = Number(
    db
      .prepare(
        `INSERT INTO persons (name, search_name, sort_name, national_id, created_at, updated_at)
         VALUES ('Emma Fjellstrand', 'emma fjellstrand', 'fjellstrand emma', NULL, ?, ?)`,
      )
      .run(at, at).lastInsertRowid,
  );
  const caseId = Number(
    db
      .prepare(
        `INSERT INTO cases (case_number, person_id, received_date, channel, applied_by, rights_requested,
           created_at, updated_at, status, rights_granted)
         VALUES (?, ?, '2026-06-01', 'oral', 'guardian', '["individuellPlan"]', ?, ?, 'received', '[]')`,
      )
      .run(caseNumber, personId, at, at).lastInsertRowid,
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
    const file = path.join(tempDir(), 'samordna.db');
    const db = createDatabase(file, Buffer.alloc(32, 7));
    open.push(db);
    migrate(db, file, migrations.slice(0, 13));
    const started = addCaseWithPlan(db, '2026-0001', '2026-06-10');
    const writing = addCaseWithPlan(db, '2026-0002', null);

    migrate(db, file, migrations.slice(0, 14));
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
    const file = path.join(tempDir(), 'samordna.db');
    const db = createDatabase(file, Buffer.alloc(32, 7));
    open.push(db);
    migrate(db, file, migrations);
    const caseId = addCaseWithPlan(db, '2026-0003', null);
    expect(summaries(db)).toEqual([{ case_id: caseId, status: 'notStarted', valid_until: '0000-01-01' }]);
    db.prepare('DELETE FROM plans WHERE case_id = ?').run(caseId);
    expect(summaries(db)).toEqual([]);
  });
});
