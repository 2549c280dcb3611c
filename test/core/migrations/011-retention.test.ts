import { describe, expect, it } from 'vitest';

import { schemaVersion } from '@core/migrations/migrate';

import { caseRow, insert, migrateTo, personRow, registerAt } from './migrateTo';

describe('schema v11: retention marks anonymised cases and keeps a birth year and month', () => {
  it('keeps every case and person as it was, not anonymised, with no birth year or month yet', () => {
    const register = registerAt(10);
    const { db } = register;
    insert(db, 'persons', personRow('Emma', { birth_date: '2012-03-04' }));
    const closed = { case_number: '2016-0001', received_date: '2016-06-01', closed_date: '2016-09-01' };
    insert(db, 'cases', caseRow({ ...closed, status: 'closed' }));

    migrateTo(register, 11);
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
