import { describe, expect, it } from 'vitest';

import { appendAudit } from '@core/audit/auditLog';
import { schemaVersion } from '@core/migrations/migrate';

import { at, caseRow, insert, migrateTo, personRow, registerAt } from './migrateTo';

describe('schema v12: the persons each audit row names', () => {
  it('backfills the index from the rows written before, and appendAudit keeps it after', () => {
    const register = registerAt(11);
    const { db } = register;
    insert(db, 'persons', personRow('Emma'));
    insert(db, 'persons', personRow('Ola'));
    insert(db, 'cases', caseRow({ person_id: 2 }));
    const user = { userId: 1, username: 'kari' };
    const rows = [
      { action: 'create', entity: 'person', entityId: 1, fields: ['name'] }, // 1: Emma
      { action: 'read', entity: 'case', entityId: 1, fields: ['person:2'] }, // 2: Ola (twice: once)
      { action: 'list', entity: 'case', fields: ['person:1', 'person:2', 'person:x', 'person:1e3'] }, // 3
      { action: 'step_create', entity: 'case', entityId: 1, fields: ['decision:4'] }, // 4: Ola by case
      { action: 'read', entity: 'case', entityId: 99, fields: [] }, // 5: a case no longer there
      { action: 'login', entity: 'session', fields: [] }, // 6
    ] as const;
    // Written as a register before v12 did: no table, the index missing.
    db.transaction(() => {
      for (const r of rows) {
        appendAudit(db, { ...user, ...r, fields: [...r.fields] }, new Date(at));
      }
    })();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'audit_persons'").get()).toBeUndefined();
    migrateTo(register, 12);
    expect(schemaVersion(db)).toBe(12);
    const index = () =>
      db.prepare('SELECT audit_id AS a, person_id AS p FROM audit_persons ORDER BY a, p').all();
    expect(index()).toEqual([
      { a: 1, p: 1 },
      { a: 2, p: 2 },
      { a: 3, p: 1 },
      { a: 3, p: 2 },
      { a: 4, p: 2 },
    ]);
    db.transaction(() =>
      appendAudit(
        db,
        { ...user, action: 'print', entity: 'case', entityId: 1, fields: ['caseOverview', 'person:2'] },
        new Date(at),
      ),
    )();
    expect(index()).toContainEqual({ a: 7, p: 2 });
    expect(index()).toHaveLength(6);
  });
});
