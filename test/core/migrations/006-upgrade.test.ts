import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { LATEST_VERSION } from '@core/migrations/index';
import { migrate, schemaVersion } from '@core/migrations/migrate';
import type { Db } from '@core/storage/database';

import { at, caseRow, insert, personRow, registerAt, userRow } from './migrateTo';

/** A register at version 5 in use: a case with an interim reply and a decision, and a plan. */
function version5Register() {
  const register = registerAt(5);
  const { db } = register;
  insert(db, 'users', userRow());
  insert(db, 'persons', personRow());
  const granted = '["individuellPlan"]';
  insert(db, 'cases', caseRow({ rights_requested: granted, status: 'decided', rights_granted: granted }));
  const step = db.prepare(
    `INSERT INTO case_steps (case_id, kind, date, data, recorded_by, recorded_at, updated_at)
     VALUES (1, ?, ?, ?, 'kari', ?, ?)`,
  );
  step.run('interimReply', '2026-06-20', '{"reason":"Venter","expectedDate":"2026-07-15"}', at, at);
  step.run('decision', '2026-07-10', '{"right":"individuellPlan","outcome":"granted"}', at, at);
  db.prepare(
    "INSERT INTO plans (case_id, wanted, recorded_by, recorded_at, updated_at) VALUES (1, 1, 'kari', ?, ?)",
  ).run(at, at);
  db.prepare("INSERT INTO settings (key, value) VALUES ('municipality.name', '\"Marker kommune\"')").run();
  return register;
}

const TABLES = ['users', 'persons', 'cases', 'case_steps', 'plans', 'settings'];

const insertLetter = (db: Db, kind: string, decision: number | null, date = '2026-07-10', body = 'Brev') =>
  db
    .prepare(
      `INSERT INTO letters (case_id, kind, decision_step_id, letter_date, body, created_by, created_at)
       VALUES (1, ?, ?, ?, ?, 'kari', ?)`,
    )
    .run(kind, decision, date, body, at);

describe('migration 006 (letters) on a register in use at version 5', () => {
  it('keeps every row, adds the empty letters table, and copies the old file aside first', () => {
    const { db, file } = version5Register();
    expect(schemaVersion(db)).toBe(5);
    const before = Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t}`).all()]));
    expect(TABLES.every((t) => before[t]!.length > 0)).toBe(true);

    migrate(db, file);

    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(6);
    // Every row keeps every column it had; later versions may add columns beside them.
    for (const t of TABLES) expect(db.prepare(`SELECT * FROM ${t}`).all(), t).toMatchObject(before[t]!);
    expect(db.prepare('SELECT COUNT(*) AS n FROM letters').get()).toEqual({ n: 0 });
    expect(readdirSync(path.dirname(file))).toContain('samordna.db.before-v6.bak');
  });

  it('takes letters for the old case, and its constraints refuse what the domain does not allow', () => {
    const { db, file } = version5Register();
    migrate(db, file);
    insertLetter(db, 'interimReply', null, '2026-06-20');
    insertLetter(db, 'decision', 2);
    // A kind from the list; an interim reply names no decision; a real date; some text.
    expect(() => insertLetter(db, 'reminder', null)).toThrow(/CHECK constraint/);
    expect(() => insertLetter(db, 'interimReply', 2)).toThrow(/CHECK constraint/);
    expect(() => insertLetter(db, 'decision', 2, '10.07.2026')).toThrow(/CHECK constraint/);
    expect(() => insertLetter(db, 'decision', 2, '2026-07-10', '')).toThrow(/CHECK constraint/);
    // A decision that is not there.
    expect(() => insertLetter(db, 'decision', 99)).toThrow(/FOREIGN KEY/);
    // The body is STRICT text.
    expect(() =>
      db
        .prepare(
          `INSERT INTO letters (case_id, kind, letter_date, body, created_by, created_at)
           VALUES (1, 'interimReply', '2026-06-20', x'00', 'kari', ?)`,
        )
        .run(at),
    ).toThrow(/cannot store BLOB/);

    // A decision step removed: the letter was sent all the same and stays, without the link.
    db.prepare('DELETE FROM case_steps WHERE id = 2').run();
    expect(db.prepare('SELECT kind, decision_step_id AS d FROM letters ORDER BY id').all()).toEqual([
      { kind: 'interimReply', d: null },
      { kind: 'decision', d: null },
    ]);
    // The letters go with their case.
    db.prepare('DELETE FROM plans').run();
    db.prepare('DELETE FROM cases').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM letters').get()).toEqual({ n: 0 });
  });

  it('runs only once: a second start leaves the register as it is', () => {
    const { db, file } = version5Register();
    migrate(db, file);
    insertLetter(db, 'decision', 2);
    migrate(db, file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT COUNT(*) AS n FROM letters').get()).toEqual({ n: 1 });
  });
});
