import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { initial } from '@core/migrations/001-initial';
import { cases } from '@core/migrations/002-cases';
import { drafts } from '@core/migrations/003-drafts';
import { migrate, schemaVersion } from '@core/migrations/migrate';
import { createDatabase } from '@core/storage/database';

import { tempDir } from '../harness';

const at = '2026-06-01T08:00:00.000Z';

describe('migrations 002 (cases) and 003 (drafts) on a register in use since version 1', () => {
  it('keep every user, coordinator and log row, add the new tables, and copy the old file aside first', () => {
    const file = path.join(tempDir(), 'samordna.db');
    const db = createDatabase(file, Buffer.alloc(32, 7));
    migrate(db, file, [initial]);
    db.prepare(
      "INSERT INTO users (username, display_name, role, created_at, updated_at) VALUES ('kari', 'Kari', 'admin', ?, ?)",
    ).run(at, at);
    db.prepare("INSERT INTO service_units (name, created_at, updated_at) VALUES ('PPT', ?, ?)").run(at, at);
    db.prepare(
      "INSERT INTO coordinators (name, service_unit_id, created_at, updated_at) VALUES ('Ola Hansen', 1, ?, ?)",
    ).run(at, at);
    const before = {
      users: db.prepare('SELECT * FROM users').all(),
      coordinators: db.prepare('SELECT * FROM coordinators').all(),
    };

    migrate(db, file, [initial, cases, drafts]);

    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT * FROM users').all()).toEqual(before.users);
    expect(db.prepare('SELECT * FROM coordinators').all()).toEqual(before.coordinators);
    expect(readdirSync(path.dirname(file)).filter((f) => f.endsWith('.bak'))).toContain(
      'samordna.db.before-v2.bak',
    );

    // The new tables work with the old rows: a case on a new person, a draft of the old user.
    db.prepare(
      `INSERT INTO persons (name, search_name, sort_name, national_id, created_at, updated_at)
       VALUES ('Emma', 'emma', 'emma', NULL, ?, ?)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO cases (case_number, person_id, received_date, channel, applied_by, rights_requested,
         created_at, updated_at, status)
       VALUES ('2026-0001', 1, '2026-06-01', 'oral', 'guardian', '["individuellPlan"]', ?, ?, 'received')`,
    ).run(at, at);
    db.prepare("INSERT INTO drafts (user_id, form, data, saved_at) VALUES (1, 'newCase', '{}', ?)").run(at);
    expect(() =>
      db
        .prepare("INSERT INTO drafts (user_id, form, data, saved_at) VALUES (99, 'newCase', '{}', ?)")
        .run(at),
    ).toThrow(/FOREIGN KEY/);
  });
});
