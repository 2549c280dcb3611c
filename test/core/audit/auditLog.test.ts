import { describe, expect, it } from 'vitest';

import { appendAudit, verifyAudit } from '@core/audit/auditLog';
import { initial } from '@core/migrations/001-initial';
import { createDatabase } from '@core/storage/database';

import { addServiceUnit, setUpCore, tempDir } from '../harness';

function logWithRows(n: number) {
  const db = createDatabase(`${tempDir()}/audit.db`, Buffer.alloc(32, 7));
  initial.up(db);
  for (let i = 1; i <= n; i++) {
    appendAudit(
      db,
      { userId: 1, username: 'kari', action: 'read', entity: 'coordinator', entityId: i },
      new Date(2026, 10, i),
    );
  }
  return db;
}

describe('the audit log', () => {
  it('records every change and every read of a single record, with field names and never values', async () => {
    const { core } = await setUpCore();
    const unit = await addServiceUnit(core);
    const c = await core.ok('coordinators.create', {
      name: 'Åse Ærlig',
      serviceUnitId: unit.id,
      phone: '91234567',
    });
    await core.ok('coordinators.get', { id: c.id });
    await core.ok('coordinators.update', { ...c, phone: '99887766', capacity: 5 });
    const { rows } = await core.ok('audit.list', { entity: 'coordinator' });
    expect(rows.map((r) => [r.action, r.entityId, r.fields])).toEqual([
      ['update', String(c.id), ['phone', 'capacity']],
      ['read', String(c.id), []],
      ['create', String(c.id), ['name', 'serviceUnitId', 'position', 'phone', 'email', 'capacity', 'active']],
    ]);
    expect(JSON.stringify(rows)).not.toContain('99887766');
    expect(rows.every((r) => r.username === 'kari.admin')).toBe(true);
  });

  it('verifies an untouched chain', () => {
    expect(verifyAudit(logWithRows(5))).toEqual({ ok: true, checked: 5, firstBrokenId: null, anchor: null });
  });

  it('refuses edits and deletions outright', () => {
    const db = logWithRows(3);
    expect(() => db.prepare("UPDATE audit SET username = 'ola' WHERE id = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit WHERE id = 2').run()).toThrow(/append-only/);
  });

  it('finds a row edited behind the triggers’ back as the first broken link', () => {
    const db = logWithRows(5);
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit SET username = 'ola' WHERE id = 3").run();
    expect(verifyAudit(db)).toEqual({ ok: false, checked: 2, firstBrokenId: 3, anchor: null });
  });

  it('finds a deleted row in the middle', () => {
    const db = logWithRows(5);
    db.exec('DROP TRIGGER audit_no_delete');
    db.prepare('DELETE FROM audit WHERE id = 3').run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, firstBrokenId: 4 });
  });

  it('finds a row whose hash was recomputed without its successor being fixed', () => {
    const db = logWithRows(4);
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit SET hash = '" + 'f'.repeat(64) + "' WHERE id = 2").run();
    expect(verifyAudit(db).firstBrokenId).toBe(2);
  });

  it('filters by date (inclusive), user and action, newest first, and logs that the log was read', async () => {
    const { core } = await setUpCore({ now: () => new Date('2026-03-10T10:00:00') });
    const all = await core.ok('audit.list', {});
    expect(all.rows[0]!.action).toBe('list');
    expect((await core.ok('audit.list', { from: '2026-03-10', to: '2026-03-10' })).total).toBeGreaterThan(0);
    expect((await core.ok('audit.list', { from: '2026-03-11' })).total).toBe(0);
    expect((await core.ok('audit.list', { to: '2026-03-09' })).total).toBe(0);
    expect((await core.ok('audit.list', { username: 'KARI.ADMIN', action: 'setup' })).total).toBe(1);
    expect((await core.ok('audit.verify', {})).ok).toBe(true);
  });
});
