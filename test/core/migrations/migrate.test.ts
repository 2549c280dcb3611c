import { existsSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { initial } from '@core/migrations/001-initial';
import { migrate, schemaVersion } from '@core/migrations/migrate';
import type { Migration } from '@core/migrations/migration';

import { registerAt } from './migrateTo';

/** These tests add their own version 2 on top of the first schema. */
const migrations = [initial];

const v2: Migration = {
  version: 2,
  name: 'test-notes',
  up: (db) =>
    db.exec(
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL); INSERT INTO notes (text) VALUES ('hei');",
    ),
};
const broken: Migration = {
  version: 2,
  name: 'breaks-halfway',
  up: (db) => {
    db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
    throw new Error('power cut');
  },
};

function v1Database() {
  const { db, file } = registerAt(1);
  db.prepare("INSERT INTO settings (key, value) VALUES ('municipality.name', '\"Testvik\"')").run();
  return { db, file };
}

describe('migrating a register', () => {
  it('copies the database aside, still encrypted, before changing it', () => {
    const { db, file } = v1Database();
    migrate(db, file, [...migrations, v2]);
    expect(schemaVersion(db)).toBe(2);
    const backup = `${file}.before-v2.bak`;
    expect(existsSync(backup)).toBe(true);
    expect(readFileSync(backup).includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(readFileSync(backup).includes(Buffer.from('Testvik'))).toBe(false);
  });

  it('refuses a database made by a newer Samordna and leaves it as it was', () => {
    const { db, file } = v1Database();
    migrate(db, file, [...migrations, v2]);
    expect(() => migrate(db, file, migrations)).toThrow(/nyere versjon av Samordna/);
    expect(schemaVersion(db)).toBe(2);
  });

  it('rolls a migration that fails halfway back completely', () => {
    const { db, file } = v1Database();
    expect(() => migrate(db, file, [...migrations, broken])).toThrow('power cut');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"Testvik"' });
  });
});
