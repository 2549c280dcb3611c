import { describe, expect, it } from 'vitest';

import { GENESIS, rowHash, type StoredRow } from '@core/audit/auditLog';
import type { Db } from '@core/storage/database';

import { newCore, withRawDb } from '../harness';
import { login, registerWithData } from './register';

/**
 * Someone with the key edits the log while the app is closed (it anchored the log's head in the
 * key file when it closed), then an administrator logs in and checks the log.
 */
async function tamperThenVerify(edit: (db: Db) => void) {
  const { core } = await registerWithData(2);
  for (let i = 0; i < 15; i += 1) await core.ok('cases.list', {});
  await core.ok('session.logout', {});
  core.close();
  await withRawDb(core.dataDir, (db) => {
    db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
    edit(db);
  });
  const again = newCore({ dataDir: core.dataDir });
  await login(again);
  return again.ok('audit.verify', {});
}

const newest = (db: Db) => (db.prepare('SELECT max(id) AS n FROM audit').get() as { n: number }).n;

/** Recomputes every hash from the first row, as someone covering an edit would. */
function rewriteChain(db: Db) {
  let prev = GENESIS;
  for (const r of db.prepare('SELECT * FROM audit ORDER BY id').all() as StoredRow[]) {
    const hash = rowHash(prev, r);
    db.prepare('UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, r.id);
    prev = hash;
  }
}

describe('the audit log cannot be quietly cut', () => {
  it('finds an edited row in the middle', async () => {
    const result = await tamperThenVerify((db) =>
      db.prepare("UPDATE audit SET username = 'ola' WHERE id = 5").run(),
    );
    expect(result).toMatchObject({ ok: false, firstBrokenId: 5 });
  });

  it('finds a deleted row in the middle', async () => {
    const result = await tamperThenVerify((db) => db.prepare('DELETE FROM audit WHERE id = 6').run());
    expect(result).toMatchObject({ ok: false, firstBrokenId: 7 });
  });

  for (const n of [1, 10])
    it(`finds the newest ${n} row(s) deleted, and says how many`, async () => {
      const result = await tamperThenVerify((db) =>
        db.prepare('DELETE FROM audit WHERE id > ?').run(newest(db) - n),
      );
      expect(result).toMatchObject({ ok: false, anchor: { kind: 'rowsMissing', missing: n } });
    });

  it('finds an emptied log', async () => {
    const result = await tamperThenVerify((db) => db.prepare('DELETE FROM audit').run());
    expect(result).toMatchObject({ ok: false, anchor: { kind: 'emptied' } });
  });

  it('finds a chain rewritten after an edit, which verifies on its own', async () => {
    const result = await tamperThenVerify((db) => {
      db.prepare("UPDATE audit SET username = 'ola' WHERE id = 5").run();
      rewriteChain(db);
    });
    expect(result).toMatchObject({ ok: false, firstBrokenId: null, anchor: { kind: 'rewritten' } });
  });

  it('reports an untouched log as whole', async () => {
    const result = await tamperThenVerify(() => undefined);
    expect(result).toMatchObject({ ok: true, firstBrokenId: null, anchor: null });
  });
});
