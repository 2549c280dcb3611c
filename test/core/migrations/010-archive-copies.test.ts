import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { migrations } from '@core/migrations/index';
import { migrate, schemaVersion } from '@core/migrations/migrate';
import { createDatabase, type Db } from '@core/storage/database';

import { tempDir } from '../harness';

const at = '2026-06-01T08:00:00.000Z';

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

describe('schema v10: when a case’s archive copy was made', () => {
  it('keeps the copies of a case, refuses a negative count and goes with the case', () => {
    const file = path.join(tempDir(), 'samordna.db');
    const db = createDatabase(file, Buffer.alloc(32, 7));
    open.push(db);
    migrate(db, file, migrations.slice(0, 9));
    db.prepare(
      `INSERT INTO persons (name, search_name, sort_name, national_id, created_at, updated_at)
       VALUES ('Emma', 'emma', 'emma', NULL, ?, ?)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO cases (case_number, person_id, received_date, channel, applied_by, rights_requested,
         created_at, updated_at, status, rights_granted)
       VALUES ('2026-0001', 1, '2026-06-01', 'oral', 'guardian', '["koordinator"]', ?, ?, 'closed', '[]')`,
    ).run(at, at);

    migrate(db, file, migrations.slice(0, 10));
    expect(schemaVersion(db)).toBe(10);
    const insert = db.prepare(
      'INSERT INTO archive_copies (case_id, made_at, made_by, documents) VALUES (1, ?, NULL, ?)',
    );
    insert.run(at, 3);
    expect(() => insert.run(at, -1)).toThrow(/CHECK/);
    expect(db.prepare('SELECT case_id, made_at, documents FROM archive_copies').all()).toEqual([
      { case_id: 1, made_at: at, documents: 3 },
    ]);
    db.prepare('DELETE FROM cases WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM archive_copies').get()).toEqual({ n: 0 });
  });
});
