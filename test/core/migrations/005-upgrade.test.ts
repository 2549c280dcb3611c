import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { LATEST_VERSION } from '@core/migrations/index';
import { migrate, schemaVersion } from '@core/migrations/migrate';
import type { Db } from '@core/storage/database';

import { addStaff, at, caseRow, insert, personRow, registerAt } from './migrateTo';

/** A register at version 4 in use: a user, a unit, a coordinator appointed on a case with its steps. */
function version4Register() {
  const register = registerAt(4);
  const { db } = register;
  addStaff(db);
  insert(db, 'persons', personRow());
  const granted = '["individuellPlan"]';
  insert(db, 'cases', caseRow({ rights_requested: granted, status: 'decided', rights_granted: granted }));
  db.prepare(
    `INSERT INTO case_steps (case_id, kind, date, data, recorded_by, recorded_at, updated_at)
     VALUES (1, 'decision', '2026-06-10', '{"right":"individuellPlan","outcome":"granted"}', 'kari', ?, ?)`,
  ).run(at, at);
  db.prepare(
    `INSERT INTO appointments (case_id, person_id, coordinator_id, role, start_date, family_wish,
       recorded_by, recorded_at, updated_at)
     VALUES (1, 1, 1, 'barnekoordinator', '2026-06-12', 'followed', 'kari', ?, ?)`,
  ).run(at, at);
  return register;
}

const TABLES = [
  'users',
  'service_units',
  'coordinators',
  'persons',
  'cases',
  'case_steps',
  'appointments',
  'courses',
];
const PLAN_TABLES = [
  'plans',
  'plan_points',
  'plan_goals',
  'plan_measures',
  'plan_members',
  'plan_meetings',
  'plan_meeting_participants',
];

const insertPlan = (db: Db, caseId: number, start: string | null, end: string | null) =>
  db
    .prepare(
      `INSERT INTO plans (case_id, wanted, period_start, period_end, recorded_by, recorded_at, updated_at)
       VALUES (?, 1, ?, ?, 'kari', ?, ?)`,
    )
    .run(caseId, start, end, at, at);

describe('migration 005 (plans) on a register in use at version 4', () => {
  it('keeps every row, adds the empty plan tables, and copies the old file aside first', () => {
    const { db, file } = version4Register();
    expect(schemaVersion(db)).toBe(4);
    const before = Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t}`).all()]));
    expect(TABLES.every((t) => before[t]!.length > 0)).toBe(true);

    migrate(db, file);

    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(5);
    // Every row keeps every column it had; later versions may add columns beside them.
    for (const t of TABLES) expect(db.prepare(`SELECT * FROM ${t}`).all(), t).toMatchObject(before[t]!);
    for (const t of PLAN_TABLES)
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
    expect(readdirSync(path.dirname(file))).toContain('samordna.db.before-v5.bak');
  });

  it('takes a plan for the old case, and its constraints refuse what the domain does not allow', () => {
    const { db, file } = version4Register();
    migrate(db, file);
    insertPlan(db, 1, '2026-06-15', '2027-06-14');
    // One plan per case.
    expect(() => insertPlan(db, 1, null, null)).toThrow(/UNIQUE/);
    // No plan for a case that is not there.
    expect(() => insertPlan(db, 99, null, null)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM plans').run();
    expect(() => insertPlan(db, 1, '2026-06-15', '2026-06-14')).toThrow(/CHECK constraint/);
    const planId = Number(insertPlan(db, 1, '2026-06-15', null).lastInsertRowid);

    const goal = (status: string, achieved: string | null) =>
      db
        .prepare(
          `INSERT INTO plan_goals (plan_id, position, text, area, status, achieved_date)
           VALUES (?, 0, 'Mål', 'health', ?, ?)`,
        )
        .run(planId, status, achieved);
    goal('achieved', '2026-07-01');
    goal('inProgress', null);
    // Achieved exactly when an achieved date is set; the life area and status from the lists.
    expect(() => goal('achieved', null)).toThrow(/CHECK constraint/);
    expect(() => goal('inProgress', '2026-07-01')).toThrow(/CHECK constraint/);
    expect(() => goal('done', null)).toThrow(/CHECK constraint/);

    const member = (kind: string, unit: number | null) =>
      db
        .prepare("INSERT INTO plan_members (plan_id, kind, name, service_unit_id) VALUES (?, ?, 'Navn', ?)")
        .run(planId, kind, unit);
    member('service', 1);
    member('family', null);
    expect(() => member('service', null)).toThrow(/CHECK constraint/);
    expect(() => member('family', 1)).toThrow(/CHECK constraint/);
    expect(() => member('service', 99)).toThrow(/FOREIGN KEY/);
    const measure = (unit: number | null) =>
      db
        .prepare(
          "INSERT INTO plan_measures (goal_id, position, text, service_unit_id, status) VALUES (1, 0, 'T', ?, 'planned')",
        )
        .run(unit);
    measure(1);
    expect(() => measure(99)).toThrow(/FOREIGN KEY/);

    const meeting = (date: string, next: string | null) =>
      db
        .prepare(
          `INSERT INTO plan_meetings (plan_id, date, kind, minutes_written, next_meeting_date, recorded_by,
             recorded_at, updated_at) VALUES (?, ?, 'start', 0, ?, 'kari', ?, ?)`,
        )
        .run(planId, date, next, at, at);
    meeting('2026-06-20', '2026-09-20');
    expect(() => meeting('2026-06-20', '2026-06-19')).toThrow(/CHECK constraint/);
    db.prepare('INSERT INTO plan_meeting_participants (meeting_id, member_id, plan_id) VALUES (1, 1, ?)').run(
      planId,
    );
    // A meeting never names a member of another plan, nor a plan it is not on.
    db.prepare(
      `INSERT INTO cases (case_number, person_id, received_date, channel, applied_by, rights_requested,
         created_at, updated_at, status, rights_granted)
       VALUES ('2026-0002', 1, '2026-06-02', 'oral', 'guardian', '["individuellPlan"]', ?, ?, 'received', '[]')`,
    ).run(at, at);
    const otherPlan = Number(insertPlan(db, 2, null, null).lastInsertRowid);
    db.prepare("INSERT INTO plan_members (id, plan_id, kind, name) VALUES (50, ?, 'family', 'Far')").run(
      otherPlan,
    );
    expect(() =>
      db
        .prepare('INSERT INTO plan_meeting_participants (meeting_id, member_id, plan_id) VALUES (1, 50, ?)')
        .run(planId),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare('INSERT INTO plan_meeting_participants (meeting_id, member_id, plan_id) VALUES (1, 50, ?)')
        .run(otherPlan),
    ).toThrow(/FOREIGN KEY/);
    // A member who took part stays while the meeting names them.
    expect(() => db.prepare('DELETE FROM plan_members WHERE id = 1').run()).toThrow(/FOREIGN KEY/);

    // The plans and all under them go with their cases.
    db.prepare('DELETE FROM appointments').run();
    db.prepare('DELETE FROM cases').run();
    for (const t of PLAN_TABLES)
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
  });

  it('runs only once: a second start leaves the register as it is', () => {
    const { db, file } = version4Register();
    migrate(db, file);
    insertPlan(db, 1, null, null);
    migrate(db, file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT COUNT(*) AS n FROM plans').get()).toEqual({ n: 1 });
  });
});
