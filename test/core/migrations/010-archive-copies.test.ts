import { describe, expect, it } from 'vitest';

import { schemaVersion } from '@core/migrations/migrate';

import { at, caseRow, insert, migrateTo, personRow, registerAt } from './migrateTo';

describe('schema v10: when a case’s archive copy was made', () => {
  it('keeps the copies of a case, refuses a negative count and goes with the case', () => {
    const register = registerAt(9);
    const { db } = register;
    insert(db, 'persons', personRow());
    insert(db, 'cases', caseRow({ status: 'closed' }));

    migrateTo(register, 10);
    expect(schemaVersion(db)).toBe(10);
    const copy = db.prepare(
      'INSERT INTO archive_copies (case_id, made_at, made_by, documents) VALUES (1, ?, NULL, ?)',
    );
    copy.run(at, 3);
    expect(() => copy.run(at, -1)).toThrow(/CHECK/);
    expect(db.prepare('SELECT case_id, made_at, documents FROM archive_copies').all()).toEqual([
      { case_id: 1, made_at: at, documents: 3 },
    ]);
    db.prepare('DELETE FROM cases WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM archive_copies').get()).toEqual({ n: 0 });
  });
});
