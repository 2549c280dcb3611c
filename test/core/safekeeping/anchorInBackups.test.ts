/** The audit heads in the backups' manifests are anchors too: a cut log with an edited key-file anchor still shows. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readAuditHead } from '@core/audit/auditAnchor';

import { newCore, withRawDb } from '../harness';
import { login, registerWithData } from './register';

describe('anchors in backup manifests', () => {
  it('a cut log whose key-file anchor was edited too is found by the backup manifest taken before', async () => {
    const { core } = await registerWithData(2);
    for (let i = 0; i < 15; i += 1) await core.ok('cases.list', {});
    await core.ok('backup.create', {}); // manifest: auditHead of this moment
    await core.ok('session.logout', {});
    core.close();
    let head = { count: 0, hash: '' };
    await withRawDb(core.dataDir, (db) => {
      db.exec('DROP TRIGGER audit_no_delete;');
      db.prepare('DELETE FROM audit WHERE id > (SELECT max(id) - 12 FROM audit)').run();
      head = readAuditHead(db);
    });
    // The anchor is plain JSON (docs/security.md: "found only by a backup's manifest taken in between").
    for (const f of ['samordna.keys', 'samordna.keys.copy']) {
      const file = path.join(core.dataDir, f);
      const k = JSON.parse(readFileSync(file, 'utf8'));
      k.anchor = { ...k.anchor, ...head };
      writeFileSync(file, JSON.stringify(k));
    }
    const again = newCore({ dataDir: core.dataDir });
    await login(again);
    expect(await again.ok('audit.verify', {})).toMatchObject({ ok: false });
  });
});
