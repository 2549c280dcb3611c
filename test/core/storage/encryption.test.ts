import { existsSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ADMIN, addServiceUnit, newCore, setUpCore, snapshot } from '../harness';

const SECRETS = ['Kari Nordmann', 'Åse Ærlig', '01010112345', 'kari.admin', 'Helsestasjonen'];
const SQL_WORDS = ['CREATE TABLE', 'coordinators', 'audit', 'users', 'service_units', 'SQLite format 3'];

function expectNoPlaintext(file: string) {
  const bytes = readFileSync(file);
  // The municipality's name is the key file's one readable label (the login screen shows it).
  const words = file.endsWith('.keys') ? [...SECRETS, ...SQL_WORDS] : [...SECRETS, ...SQL_WORDS, 'Testvik'];
  for (const word of words) {
    expect(bytes.includes(Buffer.from(word, 'utf8')), `"${word}" found in ${path.basename(file)}`).toBe(
      false,
    );
  }
}

describe('the register on disk', () => {
  it('holds no name, fødselsnummer, user name or table name in the database, WAL or key file', async () => {
    const { core } = await setUpCore();
    const unit = await addServiceUnit(core);
    await core.ok('coordinators.create', {
      name: 'Åse Ærlig',
      serviceUnitId: unit.id,
      position: '01010112345',
    });
    // A case on an unborn child, and a half-typed registration kept as a draft.
    await core.ok('cases.create', {
      receivedDate: '2026-01-05',
      channel: 'oral',
      appliedBy: 'guardian',
      rightsRequested: ['individuellPlan'],
      needDescription: 'Kari Nordmann ringte',
      person: { name: 'Barn av Åse Ærlig', dueDate: '2026-06-01' },
    });
    await core.ok('drafts.save', { form: 'newCase', data: { person: { nationalId: '01010112345' } } });
    const files = ['samordna.db', 'samordna.db-wal', 'samordna.keys'].map((f) => path.join(core.dataDir, f));
    expect(existsSync(files[1]!)).toBe(true);
    files.filter(existsSync).forEach(expectNoPlaintext);

    core.close();
    files.filter(existsSync).forEach(expectNoPlaintext);
  });

  it('refuses a wrong password clearly and leaves every file byte-identical', async () => {
    const { core } = await setUpCore();
    await core.ok('session.logout', {});
    core.close();
    const before = snapshot(core.dataDir);
    const again = newCore({ dataDir: core.dataDir });
    const error = await again.fails('session.login', {
      username: ADMIN.username,
      password: 'feil passord 123',
    });
    expect(error.code).toBe('WRONG_PASSWORD');
    expect(error.message).toBe('Feil brukernavn eller passord.');
    expect(
      await again.fails('session.login', { username: 'finnes.ikke', password: ADMIN.password }),
    ).toMatchObject({
      code: 'WRONG_PASSWORD',
    });
    expect(snapshot(core.dataDir)).toEqual(before);
  });

  it('records failed attempts in the log at the next successful login', async () => {
    const { core } = await setUpCore();
    await core.ok('session.logout', {});
    await core.fails('session.login', { username: ADMIN.username, password: 'feil passord 123' });
    await core.fails('session.login', { username: ADMIN.username, password: 'feil passord 456' });
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    const { rows } = await core.ok('audit.list', { action: 'login_failed' });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.entityId).toBe('2');
  });

  it('opens from the key file’s copy when the key file is damaged', async () => {
    const { core } = await setUpCore();
    core.close();
    writeFileSync(path.join(core.dataDir, 'samordna.keys'), '{"format":"samordna-keys", "trunc');
    const again = newCore({ dataDir: core.dataDir });
    await again.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
  });

  it('says the key file is missing when neither it, its copy nor a backup can be read, and changes nothing', async () => {
    const { core } = await setUpCore();
    core.close();
    rmSync(path.join(core.dataDir, 'backups'), { recursive: true, force: true });
    writeFileSync(path.join(core.dataDir, 'samordna.keys'), '{"format":"samordna-keys", "trunc');
    writeFileSync(path.join(core.dataDir, 'samordna.keys.copy'), 'garbage');
    const before = snapshot(core.dataDir);
    const again = newCore({ dataDir: core.dataDir });
    expect(
      (await again.fails('session.login', { username: ADMIN.username, password: ADMIN.password })).code,
    ).toBe('KEY_FILE_MISSING');
    expect(await again.ok('session.status', {})).toMatchObject({ state: 'keyMissing' });
    expect(snapshot(core.dataDir)).toEqual(before);
  });

  it('names a damaged database as damaged (the password was right) and does not touch it', async () => {
    const { core } = await setUpCore();
    core.close();
    const db = path.join(core.dataDir, 'samordna.db');
    const bytes = readFileSync(db);
    bytes.fill(0x5a, 0, 4096);
    writeFileSync(db, bytes);
    const before = snapshot(core.dataDir);
    const again = newCore({ dataDir: core.dataDir });
    expect(
      (await again.fails('session.login', { username: ADMIN.username, password: ADMIN.password })).code,
    ).toBe('DATABASE_DAMAGED');
    expect(await again.ok('session.status', {})).toMatchObject({ state: 'damaged' });
    expect(snapshot(core.dataDir)).toEqual(before);
  });

  it('records the real scrypt cost in a slot made with the default settings', async () => {
    const core = newCore({ kdf: undefined });
    await core.ok('session.setup', { municipality: 'Testvik kommune', ...ADMIN });
    const keyFile = JSON.parse(readFileSync(path.join(core.dataDir, 'samordna.keys'), 'utf8'));
    for (const slot of keyFile.slots)
      expect(slot.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
  });

  it('refuses a data folder on a network share', async () => {
    const core = newCore({ dataDir: '\\\\filserver\\ke\\samordna' });
    expect((await core.fails('session.setup', { municipality: 'Testvik', ...ADMIN })).code).toBe(
      'DATA_FOLDER_ON_NETWORK',
    );
  });
});
