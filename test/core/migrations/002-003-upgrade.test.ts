import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { schemaVersion } from '@core/migrations/migrate';

import { addStaff, at, caseRow, insert, migrateTo, personRow, registerAt, rowsOf } from './migrateTo';

describe('migrations 002 (cases) and 003 (drafts) on a register in use since version 1', () => {
  it('keep every user, coordinator and log row, add the new tables, and copy the old file aside first', () => {
    const register = registerAt(1);
    const { db, file } = register;
    addStaff(db);
    const before = { users: rowsOf(db, 'users'), coordinators: rowsOf(db, 'coordinators') };

    migrateTo(register, 3);

    expect(schemaVersion(db)).toBe(3);
    expect(rowsOf(db, 'users')).toEqual(before.users);
    expect(rowsOf(db, 'coordinators')).toEqual(before.coordinators);
    expect(readdirSync(path.dirname(file)).filter((f) => f.endsWith('.bak'))).toContain(
      'samordna.db.before-v2.bak',
    );

    // The new tables work with the old rows: a case on a new person, a draft of the old user.
    insert(db, 'persons', personRow());
    insert(db, 'cases', caseRow({ rights_requested: '["individuellPlan"]' }));
    db.prepare("INSERT INTO drafts (user_id, form, data, saved_at) VALUES (1, 'newCase', '{}', ?)").run(at);
    expect(() =>
      db
        .prepare("INSERT INTO drafts (user_id, form, data, saved_at) VALUES (99, 'newCase', '{}', ?)")
        .run(at),
    ).toThrow(/FOREIGN KEY/);
  });
});
