import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { packBackup, sha256File, unpackBackup } from '@core/backup/backupFile';
import { tableCounts } from '@core/backup/takeBackup';
import { LATEST_VERSION } from '@core/migrations/index';
import { unlockWithRecoveryCode } from '@core/session/register';
import { openDatabase } from '@core/storage/database';
import { parseKeyFile } from '@core/storage/keyFile';

import { ADMIN, newCore, snapshot, tempDir, withRawDb } from '../harness';
import { copyRows, registerAt } from '../migrations/migrateTo';
import { addCase, caseCount, LISE, login, registerWithData } from './register';

const backupsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.samordna'));

describe('backups', () => {
  it('restores on a new PC with the recovery code: same counts, the same log, and the login works', async () => {
    const { core, recoveryCode } = await registerWithData(3);
    const [file] = await core.ok('backup.create', {});
    expect(file).toMatchObject({ location: 'local', reason: 'manual' });
    const usb = tempDir();
    const carried = path.join(usb, file!.fileName);
    copyFileSync(file!.file, carried);
    core.close();
    rmSync(core.dataDir, { recursive: true, force: true });

    const newPc = newCore({ dataDir: path.join(tempDir(), 'Samordna', 'data'), allowSyntheticIds: true });
    expect(await newPc.ok('session.status', {})).toMatchObject({ state: 'setup' });
    const { manifest, intact, tooNew } = await newPc.ok('backup.inspect', { file: carried });
    expect({ intact, tooNew }).toEqual({ intact: true, tooNew: false });
    expect(manifest).toMatchObject({
      municipality: 'Testvik kommune',
      createdBy: ADMIN.username,
      reason: 'manual',
    });
    expect(manifest.counts.cases).toBe(3);
    const restored = await newPc.ok('backup.restore', {
      file: carried,
      secret: { kind: 'recoveryCode', recoveryCode },
    });
    expect(restored.movedAsideTo).toBeNull();
    expect(await newPc.ok('session.status', {})).toMatchObject({
      state: 'locked',
      municipality: 'Testvik kommune',
    });
    await login(newPc);
    expect(await caseCount(newPc)).toBe(3);
    expect(await newPc.ok('audit.verify', {})).toMatchObject({ ok: true, anchor: null });
    expect((await newPc.ok('audit.list', { action: 'restore' })).rows).toHaveLength(1);
  });

  it('opens with a password valid when it was taken, and not with one set later', async () => {
    const { core } = await registerWithData(1);
    const lise = await core.ok('users.create', LISE);
    const [file] = await core.ok('backup.create', {});
    await core.ok('users.resetPassword', { userId: lise.id, newPassword: 'et nytt lederpassord 7' });
    core.close();
    const newPc = newCore({ dataDir: tempDir() });
    const later = { kind: 'password' as const, username: 'lise', password: 'et nytt lederpassord 7' };
    expect((await newPc.fails('backup.restore', { file: file!.file, secret: later })).code).toBe(
      'WRONG_PASSWORD',
    );
    expect(readdirSync(newPc.dataDir)).toEqual([]);
    const then = { kind: 'password' as const, username: 'lise', password: LISE.password };
    await newPc.ok('backup.restore', { file: file!.file, secret: then });
    await login(newPc);
    expect(await caseCount(newPc)).toBe(1);
  });

  it('refuses a wrong recovery code, a file that is not a backup, a damaged one and one from a newer version', async () => {
    const { core } = await registerWithData(1);
    const [file] = await core.ok('backup.create', {});
    core.close();
    const newPc = newCore({ dataDir: tempDir() });
    const wrong = { kind: 'recoveryCode' as const, recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' };
    expect((await newPc.fails('backup.restore', { file: file!.file, secret: wrong })).code).toBe(
      'WRONG_RECOVERY_CODE',
    );

    const other = path.join(tempDir(), 'regneark.samordna');
    writeFileSync(other, 'Navn;Fødselsnummer\n');
    expect((await newPc.fails('backup.inspect', { file: other })).code).toBe('BACKUP_INVALID');
    expect(
      (await newPc.fails('backup.inspect', { file: path.join(tempDir(), 'finnes-ikke.samordna') })).code,
    ).toBe('BACKUP_INVALID');

    const bytes = readFileSync(file!.file);
    const truncated = path.join(tempDir(), 'avkortet.samordna');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await newPc.fails('backup.inspect', { file: truncated })).code).toBe('BACKUP_INVALID');

    const flipped = Buffer.from(bytes);
    for (let i = 0; i < 16; i += 1) flipped[flipped.length - 8192 + i]! ^= 0xff;
    const damaged = path.join(tempDir(), 'skadet.samordna');
    writeFileSync(damaged, flipped);
    expect(await newPc.ok('backup.inspect', { file: damaged })).toMatchObject({ intact: false });
    const code = { kind: 'password' as const, username: ADMIN.username, password: ADMIN.password };
    expect((await newPc.fails('backup.restore', { file: damaged, secret: code })).code).toBe(
      'BACKUP_INVALID',
    );

    const text = bytes.toString('latin1');
    const newer = path.join(tempDir(), 'nyere.samordna');
    writeFileSync(
      newer,
      Buffer.from(
        text.replace(/"schemaVersion": (\d+)/, (_m, v: string) =>
          `"schemaVersion": ${Number(v) + 1}`.padEnd(_m.length),
        ),
        'latin1',
      ),
    );
    expect((await newPc.fails('backup.restore', { file: newer, secret: code })).code).toMatch(
      /BACKUP_TOO_NEW|BACKUP_INVALID/,
    );
    expect(readdirSync(newPc.dataDir).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it('is taken when the register is locked or logged out after a change, not after reading only', async () => {
    const { core } = await registerWithData(1);
    const backups = path.join(core.dataDir, 'backups');
    await core.ok('session.lock', {});
    expect(backupsIn(backups)).toHaveLength(1);
    await login(core);
    await core.ok('cases.list', {});
    await core.ok('session.logout', {});
    expect(backupsIn(backups)).toHaveLength(1);
    await login(core);
    await addCase(core, 5);
    await core.ok('session.logout', {});
    expect(backupsIn(backups)).toHaveLength(2);
    expect(backupsIn(backups).some((f) => f.endsWith('-logout.samordna'))).toBe(true);
  });

  it('writes to the second place too, and Oversikt’s status says when it is missing or old', async () => {
    let now = new Date('2026-12-01T10:00:00Z');
    const { core } = await registerWithData(1, { now: () => now, idleTimeoutMsOverride: 30 * 86_400_000 });
    let status = await core.ok('backup.status', {});
    expect(status).toMatchObject({ overdue: true, secondMissing: true, newest: null });
    const usb = path.join(tempDir(), 'minnepinne');
    await core.ok('backup.updateSettings', { ...status.settings, secondFolder: usb });
    const files = await core.ok('backup.create', {});
    expect(files.map((f) => f.location)).toEqual(['local', 'second']);
    expect(readFileSync(files[0]!.file).equals(readFileSync(files[1]!.file))).toBe(true);
    status = await core.ok('backup.status', {});
    expect(status).toMatchObject({ overdue: false, secondMissing: false });
    now = new Date('2026-12-09T10:00:00Z');
    expect(await core.ok('backup.status', {})).toMatchObject({ overdue: true });
  });

  it('keeps the newest of each of the last days, weeks and months', async () => {
    let now = new Date('2027-01-01T09:00:00Z');
    const { core } = await registerWithData(1, { now: () => now, idleTimeoutMsOverride: 90 * 86_400_000 });
    const status = await core.ok('backup.status', {});
    await core.ok('backup.updateSettings', {
      ...status.settings,
      keepDaily: 3,
      keepWeekly: 2,
      keepMonthly: 2,
    });
    for (let day = 0; day < 40; day += 1) {
      now = new Date(Date.UTC(2027, 0, 1 + day, 9));
      await core.ok('backup.create', {});
    }
    const kept = backupsIn(path.join(core.dataDir, 'backups')).sort();
    // 3 days (Feb 7-9), the weeks of Feb 7 (Sunday) and Jan 31, the months February and January.
    expect(kept.map((f) => /\d{4}-\d{2}-\d{2}/.exec(f)![0])).toEqual([
      '2027-01-31',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
  });

  it('restored from Innstillinger: the current register is moved aside, never deleted', async () => {
    const { core, recoveryCode } = await registerWithData(2);
    const [file] = await core.ok('backup.create', {});
    await addCase(core, 7);
    const result = await core.ok('backup.restore', {
      file: file!.file,
      secret: { kind: 'recoveryCode', recoveryCode },
    });
    expect(result.movedAsideTo).not.toBeNull();
    expect(existsSync(path.join(result.movedAsideTo!, 'samordna.db'))).toBe(true);
    expect(existsSync(path.join(result.movedAsideTo!, 'samordna.keys'))).toBe(true);
    expect(await core.ok('session.status', {})).toMatchObject({ state: 'locked' });
    await login(core);
    expect(await caseCount(core)).toBe(2);
    // The register it replaced was backed up first, too.
    expect(backupsIn(path.join(core.dataDir, 'backups')).some((f) => f.includes('beforeRestore'))).toBe(true);
  });

  it('is not restored over a working register by someone who is not logged in', async () => {
    const { core, recoveryCode } = await registerWithData(1);
    const [file] = await core.ok('backup.create', {});
    await core.ok('session.logout', {});
    const before = snapshot(core.dataDir);
    const secret = { kind: 'recoveryCode' as const, recoveryCode };
    expect((await core.fails('backup.restore', { file: file!.file, secret })).code).toBe('REGISTER_EXISTS');
    expect((await core.fails('backup.inspect', { file: file!.file })).code).toBe('REGISTER_EXISTS');
    expect(snapshot(core.dataDir)).toEqual(before);
  });
});

describe('a backup from an older version', () => {
  it('is migrated after restoring, and opens with its data', async () => {
    const { core, recoveryCode } = await registerWithData(2);
    const [file] = await core.ok('backup.create', {});
    core.close();
    // The same backup as schema version 6 wrote it: its rows in a register migrated to 6 only,
    // without 7's indexes, 8's tables, 9's columns, 10's archive copies, 11's retention columns,
    // 12's person index of the log, 13's search indexes, 14's plan summaries and 15–16's facts.
    const newer = tempDir();
    const { manifest, keysText } = unpackBackup(file!.file, path.join(newer, 'samordna.db'));
    const keyFile = parseKeyFile(keysText)!;
    const key = (await unlockWithRecoveryCode(keyFile, recoveryCode))!.key;
    const staging = tempDir();
    const { db } = registerAt(6, path.join(staging, 'samordna.db'), key);
    const latest = openDatabase(path.join(newer, 'samordna.db'), key);
    copyRows(latest, db);
    latest.close();
    const { last } = db.prepare('SELECT max(id) AS last FROM audit').get() as { last: number };
    const counts = tableCounts(db);
    expect(Object.keys(counts)).not.toContain('archive_copies');
    db.pragma('journal_mode = DELETE');
    db.close();
    const older = {
      ...manifest,
      counts,
      schemaVersion: 6,
      database: {
        bytes: statSync(path.join(staging, 'samordna.db')).size,
        sha256: sha256File(path.join(staging, 'samordna.db')),
      },
    };
    writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(older));
    writeFileSync(path.join(staging, 'samordna.keys'), keysText);
    const olderFile = path.join(tempDir(), 'eldre.samordna');
    packBackup(staging, olderFile);

    const newPc = newCore({ dataDir: tempDir(), allowSyntheticIds: true });
    expect(await newPc.ok('backup.inspect', { file: olderFile })).toMatchObject({
      tooNew: false,
      intact: true,
    });
    await newPc.ok('backup.restore', { file: olderFile, secret: { kind: 'recoveryCode', recoveryCode } });
    await login(newPc);
    expect(await caseCount(newPc)).toBe(2);
    await withRawDb(newPc.dataDir, (restored) => {
      expect(restored.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(
        restored.prepare("SELECT name FROM sqlite_master WHERE name = 'case_steps_kind'").get(),
      ).toBeDefined();
      // Version 12's person index is filled for the log the backup brought: every row about a
      // case is found under the case's person, and every row naming a person under that person.
      const aboutCases = restored
        .prepare(
          `SELECT a.id, c.person_id FROM audit a JOIN cases c ON c.id = CAST(a.entity_id AS INTEGER)
           WHERE a.entity = 'case' AND a.id <= ?`,
        )
        .all(last) as { id: number; person_id: number }[];
      expect(aboutCases.length).toBeGreaterThanOrEqual(2);
      const indexed = restored.prepare('SELECT 1 FROM audit_persons WHERE person_id = ? AND audit_id = ?');
      for (const row of aboutCases)
        expect(indexed.get(row.person_id, row.id), `audit ${row.id}`).toBeDefined();
      const backfilled = restored
        .prepare('SELECT count(DISTINCT audit_id) AS n FROM audit_persons WHERE audit_id <= ?')
        .get(last) as { n: number };
      expect(backfilled.n).toBeGreaterThanOrEqual(aboutCases.length);
    });
  });
});
