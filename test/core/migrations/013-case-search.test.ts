import { describe, expect, it } from 'vitest';

import { schemaVersion } from '@core/migrations/migrate';
import type { Db } from '@core/storage/database';

import { caseRow, insert, migrateTo, personRow, registerAt } from './migrateTo';

const addPerson = (db: Db, name: string) => insert(db, 'persons', personRow(name));
const addCase = (db: Db, caseNumber: string, personId: number) =>
  insert(db, 'cases', caseRow({ case_number: caseNumber, person_id: personId }));
const persons = (db: Db, match: string) =>
  (
    db.prepare('SELECT rowid FROM person_search WHERE person_search MATCH ? ORDER BY rowid').all(match) as {
      rowid: number;
    }[]
  ).map((r) => r.rowid);
const cases = (db: Db, match: string) =>
  (
    db
      .prepare('SELECT rowid FROM case_number_search WHERE case_number_search MATCH ? ORDER BY rowid')
      .all(match) as { rowid: number }[]
  ).map((r) => r.rowid);

describe('schema v13: the search box’s trigram indexes', () => {
  it('indexes the persons and cases already there, and keeps the index true on every write', () => {
    const register = registerAt(12);
    const { db } = register;
    const emma = addPerson(db, 'Emma Fjellstrand');
    const ola = addPerson(db, 'Ola Nordmann');
    addCase(db, '2026-0001', emma);
    addCase(db, '2026-0002', ola);

    migrateTo(register, 13);
    expect(schemaVersion(db)).toBe(13);
    expect(persons(db, '"llstr"')).toEqual([emma]);
    expect(persons(db, '" no"')).toEqual([ola]); // the start of a word
    expect(persons(db, '"  e"')).toEqual([emma]);
    expect(cases(db, '"60002"')).toEqual([2]);
    expect(cases(db, '"2026"')).toEqual([1, 2]);

    // Written after the migration: through the triggers.
    const kari = addPerson(db, 'Kari Øvingsen');
    addCase(db, '2027-0001', kari);
    expect(persons(db, '"øving"')).toEqual([kari]);
    expect(cases(db, '"270001"')).toEqual([3]);

    db.prepare("UPDATE persons SET name = 'Emma Berg', search_name = 'emma berg' WHERE id = ?").run(emma);
    expect(persons(db, '"fjell"')).toEqual([]);
    expect(persons(db, '"berg"')).toEqual([emma]);
    // A change to another column leaves the index alone.
    db.prepare("UPDATE persons SET updated_at = 'x' WHERE id = ?").run(emma);
    expect(persons(db, '"berg"')).toEqual([emma]);

    db.prepare("UPDATE cases SET case_number = '2026-0009' WHERE id = 2").run();
    expect(cases(db, '"60002"')).toEqual([]);
    expect(cases(db, '"60009"')).toEqual([2]);

    db.prepare('DELETE FROM cases WHERE id = 3').run();
    db.prepare('DELETE FROM persons WHERE id = ?').run(kari);
    expect(persons(db, '"øving"')).toEqual([]);
    expect(cases(db, '"270001"')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM person_search').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM case_number_search').get()).toEqual({ n: 2 });
  });

  it('keeps no copy of the names, only the index, and deletes at once (secure-delete)', () => {
    const { db } = registerAt();
    const tables = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'person_search%'")
        .all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    expect(tables).not.toContain('person_search_content');
    for (const table of ['person_search', 'case_number_search'])
      expect(db.prepare(`SELECT v FROM ${table}_config WHERE k = 'secure-delete'`).get()).toEqual({ v: 1 });
  });
});
