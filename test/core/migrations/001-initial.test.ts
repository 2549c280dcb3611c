import { describe, expect, it } from 'vitest';

import { schemaVersion } from '@core/migrations/migrate';

import { registerAt } from './migrateTo';

describe('migration 001: the initial schema', () => {
  it('turns an empty database into version 1 with every table, index and audit trigger', () => {
    const { db } = registerAt(1);
    expect(schemaVersion(db)).toBe(1);
    const names = (
      db.prepare('SELECT type, name FROM sqlite_master ORDER BY name').all() as Array<{
        type: string;
        name: string;
      }>
    )
      .filter((r) => !r.name.startsWith('sqlite_'))
      .map((r) => `${r.type}:${r.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'table:users',
        'table:settings',
        'table:service_units',
        'table:coordinators',
        'table:audit',
        'trigger:audit_no_update',
        'trigger:audit_no_delete',
        'index:audit_at',
      ]),
    );
  });

  it('keeps the rules in the schema: known roles only, a coordinator needs a real service unit', () => {
    const { db } = registerAt(1);
    const at = '2026-01-01T00:00:00Z';
    expect(() =>
      db
        .prepare(
          "INSERT INTO users (username, display_name, role, created_at, updated_at) VALUES ('x', 'X', 'gud', ?, ?)",
        )
        .run(at, at),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO coordinators (name, service_unit_id, created_at, updated_at) VALUES ('Ola', 99, ?, ?)",
        )
        .run(at, at),
    ).toThrow(/FOREIGN KEY/);
  });
});
