import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listAudit, personLogRows } from '@core/audit/auditQuery';
import { createDemoRegister } from '@core/index';
import { openDatabase, type Db } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';

import { TEST_KDF } from '../harness';

/**
 * The log names a person or case only from its creation on (ids are reused). A demo register's
 * audit history goes back two years: its persons and cases must be made on the day their case
 * was received, or every person's log would be empty.
 */
let dir: string;
let db: Db;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'samordna-demo-audit-'));
  const login = await createDemoRegister(dir, {
    kdf: TEST_KDF,
    now: () => new Date('2027-03-01T10:00:00'),
    cases: 40,
    coordinators: 8,
    auditRows: 1_500,
  });
  const keyFile = readKeyFile(path.join(dir, 'samordna.keys'))!;
  const slot = keyFile.slots.find((s) => s.kind === 'user')!;
  db = openDatabase(
    path.join(dir, 'samordna.db'),
    (await unwrapKey(slot, login.password, keyFile.registerId))!,
  );
}, 60_000);

afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a demo register’s audit history', () => {
  it('gives every person all the rows naming them, Innsyn i logg and the filter alike', () => {
    const persons = db.prepare('SELECT id FROM persons').all() as { id: number }[];
    let rows = 0;
    for (const { id } of persons) {
      const indexed = (
        db.prepare('SELECT count(*) AS n FROM audit_persons WHERE person_id = ?').get(id) as { n: number }
      ).n;
      expect(personLogRows(db, id)).toHaveLength(indexed);
      expect(listAudit(db, { personId: id, limit: 1, offset: 0 }).total).toBe(indexed);
      rows += indexed;
    }
    expect(rows).toBeGreaterThan(500);
  });

  it('names every person and case on every row: no one was deleted', () => {
    const { rows } = listAudit(db, { limit: 5_000, offset: 0 });
    expect(rows.length).toBeGreaterThan(1_500);
    const aboutCases = rows.filter((r) => r.entity === 'case' && r.entityId !== null);
    expect(aboutCases.length).toBeGreaterThan(100);
    expect(aboutCases.every((r) => r.caseNumber !== null && r.persons.length > 0)).toBe(true);
    expect(rows.flatMap((r) => r.persons).every((p) => p.name !== null)).toBe(true);
  });
});
