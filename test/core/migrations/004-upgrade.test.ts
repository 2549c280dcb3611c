import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { LATEST_VERSION } from '@core/migrations/index';
import { migrate, schemaVersion } from '@core/migrations/migrate';
import type { Db } from '@core/storage/database';

import { addStaff, at, caseRow, insert, personRow, registerAt } from './migrateTo';

/** A register at version 3 with a user, a service unit, a coordinator, a person and a case. */
function version3Register() {
  const register = registerAt(3);
  addStaff(register.db);
  insert(register.db, 'persons', personRow());
  insert(register.db, 'cases', caseRow({ rights_requested: '["barnekoordinator"]' }));
  return register;
}

const TABLES = ['users', 'service_units', 'coordinators', 'persons', 'cases'] as const;

const insertAppointment = (db: Db, start: string, end: string | null, endReason: string | null) =>
  db
    .prepare(
      `INSERT INTO appointments (case_id, person_id, coordinator_id, role, start_date, family_wish,
         end_date, end_reason, recorded_by, recorded_at, updated_at)
       VALUES (1, 1, 1, 'barnekoordinator', ?, 'followed', ?, ?, 'kari', ?, ?)`,
    )
    .run(start, end, endReason, at, at);

describe('migration 004 (coordination) on a register in use at version 3', () => {
  it('keeps every row, seeds the three courses, and copies the old file aside first', () => {
    const { db, file } = version3Register();
    expect(schemaVersion(db)).toBe(3);
    const before = Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t}`).all()]));
    expect(Object.values(before).every((rows) => rows.length === 1)).toBe(true);

    migrate(db, file);

    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(4);
    // Every row keeps every column it had; later versions may add columns beside them.
    for (const t of TABLES) expect(db.prepare(`SELECT * FROM ${t}`).all(), t).toMatchObject(before[t]!);
    expect(
      db.prepare('SELECT name, type, validity_months, required, active FROM courses ORDER BY id').all(),
    ).toEqual([
      {
        name: 'Grunnopplæring for koordinatorer',
        type: 'grunnopplaering',
        validity_months: 36,
        required: 1,
        active: 1,
      },
      {
        name: 'Opplæring for barnekoordinatorer',
        type: 'grunnopplaering',
        validity_months: 36,
        required: 1,
        active: 1,
      },
      {
        name: 'Oppfriskning for koordinatorer',
        type: 'oppfriskning',
        validity_months: 24,
        required: 1,
        active: 1,
      },
    ]);
    for (const t of ['training_sessions', 'training_completions', 'guidance_sessions', 'appointments'])
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
    expect(readdirSync(path.dirname(file))).toContain('samordna.db.before-v4.bak');
  });

  it('takes an appointment for the old case, and its CHECK constraints refuse a bad one', () => {
    const { db, file } = version3Register();
    migrate(db, file);

    insertAppointment(db, '2026-06-10', null, null);
    insertAppointment(db, '2026-06-01', '2026-06-10', 'coordinatorLeft');
    // A handover day may be the start day: an appointment of a single day.
    insertAppointment(db, '2026-06-12', '2026-06-12', 'other');
    expect(
      db.prepare('SELECT case_id, coordinator_id, end_date FROM appointments ORDER BY id').all(),
    ).toEqual([
      { case_id: 1, coordinator_id: 1, end_date: null },
      { case_id: 1, coordinator_id: 1, end_date: '2026-06-10' },
      { case_id: 1, coordinator_id: 1, end_date: '2026-06-12' },
    ]);

    expect(() => insertAppointment(db, '2026-06-10', '2026-06-09', 'other')).toThrow(/CHECK constraint/);
    // An end needs its reason, and a reason its end.
    expect(() => insertAppointment(db, '2026-06-10', '2026-06-20', null)).toThrow(/CHECK constraint/);
    expect(() => insertAppointment(db, '2026-06-10', null, 'other')).toThrow(/CHECK constraint/);
    // The old rows are referenced for real: no appointment for a case or coordinator that is not there.
    expect(() =>
      db
        .prepare(
          `INSERT INTO appointments (case_id, person_id, coordinator_id, role, start_date, family_wish,
             recorded_by, recorded_at, updated_at)
           VALUES (1, 1, 99, 'koordinator', '2026-06-10', 'noWish', 'kari', ?, ?)`,
        )
        .run(at, at),
    ).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM appointments').get()).toEqual({ n: 3 });
  });

  it('runs only once: a second start leaves the register as it is', () => {
    const { db, file } = version3Register();
    migrate(db, file);
    migrate(db, file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT COUNT(*) AS n FROM courses').get()).toEqual({ n: 3 });
  });
});
