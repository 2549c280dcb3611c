import path from 'node:path';

import { afterEach } from 'vitest';

import { migrations } from '@core/migrations/index';
import { migrate } from '@core/migrations/migrate';
import { createDatabase, type Db } from '@core/storage/database';

import { tempDir } from '../harness';

/** The time every row written by these helpers carries. */
export const at = '2026-06-01T08:00:00.000Z';

export interface TestRegister {
  db: Db;
  file: string;
}

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** Migrates a register as the program of `version` would (the newest without one): 1..version only. */
export function migrateTo({ db, file }: TestRegister, version?: number): void {
  migrate(db, file, version === undefined ? migrations : migrations.filter((m) => m.version <= version));
}

/**
 * A new register, encrypted like the real one, at schema `version` (the newest without one); it is
 * closed after the test.
 */
export function registerAt(
  version?: number,
  file = path.join(tempDir(), 'samordna.db'),
  key: Buffer = Buffer.alloc(32, 7),
): TestRegister {
  const register = { db: createDatabase(file, key), file };
  open.push(register.db);
  migrateTo(register, version);
  return register;
}

/** Inserts one row, its columns as the register's version has them; returns its rowid. */
export function insert(db: Db, table: string, row: Record<string, unknown>): number {
  const columns = Object.keys(row);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
  return Number(db.prepare(sql).run(row).lastInsertRowid);
}

export const userRow = (more: Record<string, unknown> = {}) => ({
  username: 'kari',
  display_name: 'Kari',
  role: 'admin',
  created_at: at,
  updated_at: at,
  ...more,
});

export const personRow = (name = 'Emma', more: Record<string, unknown> = {}) => ({
  name,
  search_name: name.toLowerCase(),
  sort_name: name.toLowerCase(),
  national_id: null,
  created_at: at,
  updated_at: at,
  ...more,
});

export const caseRow = (more: Record<string, unknown> = {}) => ({
  case_number: '2026-0001',
  person_id: 1,
  received_date: '2026-06-01',
  channel: 'oral',
  applied_by: 'guardian',
  rights_requested: '["koordinator"]',
  created_at: at,
  updated_at: at,
  status: 'received',
  ...more,
});

/** The user Kari, the service unit PPT and its coordinator Ola Hansen: a register in use since v1. */
export function addStaff(db: Db): void {
  insert(db, 'users', userRow());
  insert(db, 'service_units', { name: 'PPT', created_at: at, updated_at: at });
  insert(db, 'coordinators', { name: 'Ola Hansen', service_unit_id: 1, created_at: at, updated_at: at });
}

/** Every row of `table`, for comparing before and after a migration. */
export const rowsOf = (db: Db, table: string) => db.prepare(`SELECT * FROM ${table}`).all();

/**
 * Fills an older register with a newer one's data: every row of each table `older` has, in the
 * columns it has. What a program of the older version would have held, without undoing migrations
 * by hand.
 */
export function copyRows(newer: Db, older: Db): void {
  const tables = older
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  const columnsOf = (db: Db, table: string) =>
    (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
  older.pragma('foreign_keys = OFF');
  older.transaction(() => {
    for (const { name } of tables) {
      const had = new Set(columnsOf(newer, name));
      const columns = columnsOf(older, name).filter((c) => had.has(c));
      if (columns.length === 0) continue;
      const list = columns.map((c) => `"${c}"`).join(', ');
      older.prepare(`DELETE FROM "${name}"`).run();
      const put = older.prepare(
        `INSERT INTO "${name}" (${list}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of newer.prepare(`SELECT ${list} FROM "${name}"`).raw().all() as unknown[][])
        put.run(...row);
    }
  })();
  older.pragma('foreign_keys = ON');
}
