import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { migrations } from '@core/migrations/index';
import { migrate, schemaVersion } from '@core/migrations/migrate';
import { createDatabase, type Db } from '@core/storage/database';

import { tempDir } from '../harness';

const at = '2026-06-01T08:00:00.000Z';

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

describe('schema v9: the decisions in force and the appeals’ stages beside each case', () => {
  it('adds both columns empty to the cases already there, keeping everything else', () => {
    const file = path.join(tempDir(), 'samordna.db');
    const db = createDatabase(file, Buffer.alloc(32, 7));
    open.push(db);
    migrate(db, file, migrations.slice(0, 8));
    expect(schemaVersion(db)).toBe(8);
    db.prepare(
      `INSERT INTO persons (name, search_name, sort_name, national_id, created_at, updated_at)
       VALUES ('Emma', 'emma', 'emma', NULL, ?, ?)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO cases (case_number, person_id, received_date, channel, applied_by, rights_requested,
         created_at, updated_at, status, rights_granted)
       VALUES ('2026-0001', 1, '2026-06-01', 'oral', 'guardian', '["koordinator"]', ?, ?, 'decided', '[]')`,
    ).run(at, at);

    migrate(db, file, migrations.slice(0, 9));
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
    const file = path.join(tempDir(), 'samordna.db');
    const db = createDatabase(file, Buffer.alloc(32, 7));
    open.push(db);
    migrate(db, file, migrations.slice(0, 9));
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
