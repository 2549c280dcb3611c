import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it, vi } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import { anonymiseCases } from '@core/retention/anonymiseCases';
import { finishPendingPurge, markPurgePending, withSecureDelete } from '@core/retention/purge';
import { getSetting } from '@core/settings/settingsRepo';
import { openDatabase } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';

import { ADMIN, newCore } from '../harness';
import { apply, EMMA, retentionRegister, type Clock } from './retentionRegister';

/**
 * This SQLite build has no `sqlite_dbpage`, so the test reads the file as an attacker with the
 * key would: every page of samordna.db and every frame of its -wal decrypted as SQLCipher 4 does
 * (AES-256-CBC, the raw key, a 16-byte IV and a 64-byte HMAC in each page's last 80 bytes; page 1
 * starts with the 16-byte salt). Free pages and the free space inside pages are read too.
 */
const PAGE = 4096;
const RESERVE = 80;

function decryptPage(page: Buffer, key: Buffer, first: boolean): Buffer {
  const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  const body = page.subarray(first ? 16 : 0, PAGE - RESERVE);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

function plaintextOf(dataDir: string, key: Buffer): Buffer {
  const db = readFileSync(path.join(dataDir, 'samordna.db'));
  const pages: Buffer[] = [];
  for (let at = 0; at + PAGE <= db.length; at += PAGE)
    pages.push(decryptPage(db.subarray(at, at + PAGE), key, at === 0));
  const walFile = path.join(dataDir, 'samordna.db-wal');
  const wal = existsSync(walFile) ? readFileSync(walFile) : Buffer.alloc(0);
  // A WAL: a 32-byte header, then frames of a 24-byte header (page number first) and a page.
  for (let at = 32; at + 24 + PAGE <= wal.length; at += 24 + PAGE) {
    const pageNumber = wal.readUInt32BE(at);
    pages.push(decryptPage(wal.subarray(at + 24, at + 24 + PAGE), key, pageNumber === 1));
  }
  return Buffer.concat(pages);
}

async function registerKey(dataDir: string): Promise<Buffer> {
  const keyFile = readKeyFile(path.join(dataDir, 'samordna.keys'))!;
  const slot = keyFile.slots.find((s) => s.kind === 'user')!;
  return (await unwrapKey(slot, ADMIN.password, keyFile.registerId))!;
}

const removed = [
  EMMA.name,
  EMMA.letter,
  EMMA.closingNote,
  nationalIdFor(EMMA.birthDate, { synthetic: true }),
];
const found = (plain: Buffer) => removed.filter((text) => plain.includes(Buffer.from(text, 'utf8')));

describe('the removed bytes leave the file', () => {
  it('finds no removed name, number or text in any page or WAL frame after anonymising', async () => {
    const clock: Clock = { now: new Date() };
    const r = await retentionRegister(clock);
    const key = await registerKey(r.core.dataDir);
    // The reader works: before, every one of them is in the decrypted pages.
    expect(found(plaintextOf(r.core.dataDir, key))).toEqual(removed);
    expect(plaintextOf(r.core.dataDir, key).includes(Buffer.from('Lise Open'))).toBe(true);

    clock.now = new Date('2026-07-01T08:00:00');
    await apply(r.core, [r.emmaCase]);
    const after = plaintextOf(r.core.dataDir, key);
    expect(found(after)).toEqual([]);
    // What stays is still readable, so the search above did read the register.
    expect(after.includes(Buffer.from('Lise Open'))).toBe(true);
  });

  it('finds none of them after deleting the case either', async () => {
    const clock: Clock = { now: new Date() };
    const r = await retentionRegister(clock);
    const key = await registerKey(r.core.dataDir);
    clock.now = new Date('2026-07-01T08:00:00');
    await r.core.ok('retention.updateSettings', { years: 10, action: 'delete' });
    await apply(r.core, [r.emmaCase], 'delete');
    const after = plaintextOf(r.core.dataDir, key);
    expect(found(after)).toEqual([]);
    expect(after.includes(Buffer.from('Lise Open'))).toBe(true);
  });

  it('would find them without secure delete and a vacuum (the test can fail)', async () => {
    const clock: Clock = { now: new Date() };
    const r = await retentionRegister(clock);
    const key = await registerKey(r.core.dataDir);
    r.core.close();
    const db = openDatabase(path.join(r.core.dataDir, 'samordna.db'), key);
    try {
      db.pragma('secure_delete = OFF');
      const person = { caseId: r.emmaCase, personId: r.emmaPerson };
      db.transaction(() => anonymiseCases(db, [person], '2026-07-01T08:00:00.000Z', '2026-07-01'))();
      expect(db.prepare('SELECT name FROM persons WHERE id = ?').get(r.emmaPerson)).toEqual({
        name: 'Anonymisert',
      });
    } finally {
      db.close();
    }
    // The name, the letter and the note: rewritten or deleted rows leave their old bytes behind.
    expect(found(plaintextOf(r.core.dataDir, key))).toEqual(
      expect.arrayContaining([EMMA.name, EMMA.letter, EMMA.closingNote]),
    );
  });
});

describe('a clean-up that could not run after the step', () => {
  it('is reported with the counts, kept as pending, and done when the register next opens', async () => {
    const clock: Clock = { now: new Date() };
    const r = await retentionRegister(clock);
    const key = await registerKey(r.core.dataDir);
    // Another reader (a backup tool, a second window) holds the log: it cannot be emptied now.
    const reader = openDatabase(path.join(r.core.dataDir, 'samordna.db'), key);
    try {
      reader.prepare('BEGIN').run();
      reader.prepare('SELECT count(*) FROM cases').get();
      clock.now = new Date('2026-07-01T08:00:00');
      expect(await apply(r.core, [r.emmaCase])).toEqual({
        action: 'anonymise',
        cases: 1,
        persons: 1,
        cleanupPending: true,
      });
      reader.prepare('COMMIT').run();
    } finally {
      reader.close();
    }
    // Done and logged: nothing to do again (a retry would only be told the case is not expired).
    expect((await r.core.ok('retention.expired', {})).cases).toEqual([]);
    expect(found(plaintextOf(r.core.dataDir, key)).length).toBeGreaterThan(0);
    r.core.close();

    const again = newCore({ dataDir: r.core.dataDir, now: () => clock.now, allowSyntheticIds: true });
    await again.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(found(plaintextOf(r.core.dataDir, key))).toEqual([]);
    expect(plaintextOf(r.core.dataDir, key).includes(Buffer.from('Lise Open'))).toBe(true);
    again.close();
    const db = openDatabase(path.join(r.core.dataDir, 'samordna.db'), key);
    try {
      expect(getSetting(db, 'retention.purgePending')).toBe(false);
    } finally {
      db.close();
    }
  });

  it('comes back as pending, not as a failure, when VACUUM itself fails after the commit', async () => {
    const clock: Clock = { now: new Date() };
    const r = await retentionRegister(clock);
    const key = await registerKey(r.core.dataDir);
    r.core.close();
    const db = openDatabase(path.join(r.core.dataDir, 'samordna.db'), key);
    try {
      const exec = db.exec.bind(db);
      const failing = vi.spyOn(db, 'exec').mockImplementation((sql: string) => {
        if (sql === 'VACUUM') throw new Error('database or disk is full');
        return exec(sql);
      });
      const person = { caseId: r.emmaCase, personId: r.emmaPerson };
      const outcome = withSecureDelete(db, () =>
        db.transaction(() => {
          markPurgePending(db);
          return anonymiseCases(db, [person], '2026-07-01T08:00:00.000Z', '2026-07-01');
        })(),
      );
      expect(outcome).toEqual({ result: 1, cleanupPending: true });
      expect(db.prepare('SELECT name FROM persons WHERE id = ?').get(r.emmaPerson)).toEqual({
        name: 'Anonymisert',
      });
      expect(getSetting(db, 'retention.purgePending')).toBe(true);
      // Still failing at the next opening: still pending, and the opening is not stopped.
      expect(finishPendingPurge(db)).toBe(true);
      failing.mockRestore();
      expect(finishPendingPurge(db)).toBe(false);
      expect(getSetting(db, 'retention.purgePending')).toBe(false);
      expect(finishPendingPurge(db)).toBe(false);
    } finally {
      db.close();
    }
    expect(found(plaintextOf(r.core.dataDir, key))).toEqual([]);
  });
});
