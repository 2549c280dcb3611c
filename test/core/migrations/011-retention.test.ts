import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { migrations } from '@core/migrations/index';
import { migrate, schemaVersion } from '@core/migrations/migrate';
import { createDatabase, type Db } from '@core/storage/database';

import { tempDir } from '../harness';

const at = '2026-06-01T08:00:00.000Z';

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

describe('schema v11: retention marks anonymised cases and keeps a birth year and month', () => {
  it('keeps every case and person as it was, not anonymised, with no birth year or month yet', () => {
    const file = path.join(tempDir(), 'samordna.db');
    const db = createDatabase(file, Buffer.alloc(32, 7));
    open.push(db);
    migrate(db, file, migrations.slice(0, 10));
    db.prepare(
      `INSERT INTO persons (name, search_name, sort_name, national_id, birth_date, created_at, updated_at)
       VALUES ('Emma', 'emma', 'emma', NULL, '2012-03-04', ?, ?)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO cases (case_number, person_id, received_date, channel, applied_by, rights_requested,
         created_at, updated_at, status, closed_date, rights_granted)
       VALUES ('2016-0001', 1, '2016-06-01', 'oral', 'guardian', '["koordinator"]', ?, ?, 'closed', '2016-09-01', '[]')`,
    ).run(at, at);

    migrate(db, file, migrations.slice(0, 11));
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare('SELECT case_number, anonymised_at FROM cases').all()).toEqual([
      { case_number: '2016-0001', anonymised_at: null },
    ]);
    expect(db.prepare('SELECT name, birth_date, birth_year, birth_month FROM persons').get()).toEqual({
      name: 'Emma',
      birth_date: '2012-03-04',
      birth_year: null,
      birth_month: null,
    });
    expect(() => db.prepare('UPDATE persons SET birth_year = 12').run()).toThrow(/CHECK/);
    for (const month of [0, 13])
      expect(() => db.prepare('UPDATE persons SET birth_month = ?').run(month)).toThrow(/CHECK/);
    db.prepare('UPDATE persons SET birth_year = 2012, birth_month = 3').run();
    expect(db.prepare('SELECT birth_year, birth_month FROM persons').get()).toEqual({
      birth_year: 2012,
      birth_month: 3,
    });
  });
});
