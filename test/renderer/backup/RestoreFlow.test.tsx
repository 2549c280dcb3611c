import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { formatDateTime } from '@renderer/components/dates';

import { admin, BACKUP_FILE, FakeCore, FakeDesktop, manifest, messageNextTo, openApp } from './fakeBackup';

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
});
afterEach(() => setBridge(undefined));

const FILE = 'Sikkerhetskopifil';
const field = (name: string) => screen.getByRole('textbox', { name });

async function readBackup(user: ReturnType<typeof openApp>, file = BACKUP_FILE) {
  await user.type(await screen.findByRole('textbox', { name: FILE }), file);
  await user.click(screen.getByRole('button', { name: 'Les sikkerhetskopien' }));
  return screen.findByTestId('backup-manifest');
}

describe('restoring a backup on a new PC', () => {
  it('is offered on the first screen beside setting up a new register', async () => {
    const user = openApp(core);
    await screen.findByRole('heading', { level: 1, name: 'Sett opp Samordna' });
    expect(screen.getByRole('heading', { name: 'Sett opp nytt register' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Gjenopprett fra sikkerhetskopi' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gjenopprett fra sikkerhetskopi' }),
    ).toBeTruthy();
    // In the host there is no file dialog: the path is typed.
    expect(screen.queryByRole('button', { name: 'Bla gjennom …' })).toBeNull();
  });

  it('reads the backup, proves the right with the recovery code, restores, and leads to the login', async () => {
    core.movedAsideTo = null;
    const user = openApp(core, '#/sikkerhetskopi/gjenopprett');
    const summary = await readBackup(user);
    expect(core.sent('backup.inspect')).toEqual([{ file: BACKUP_FILE }]);

    // The manifest in plain words, with the interesting counts.
    expect(document.activeElement?.textContent).toBe('Innholdet i sikkerhetskopien');
    const facts = within(summary);
    expect(facts.getByText('Testvik kommune')).toBeTruthy();
    expect(facts.getByText(formatDateTime('2027-03-09T15:30:00.000Z'))).toBeTruthy();
    expect(facts.getByText('Kari Administrator')).toBeTruthy();
    expect(facts.getByText('Tatt for hånd')).toBeTruthy();
    expect(facts.getByText('1.4.0')).toBeTruthy();
    expect(screen.getByTestId('backup-count-cases').textContent).toBe('412');
    expect(screen.getByTestId('backup-count-persons').textContent).toBe('398');
    expect(screen.getByTestId('backup-count-coordinators').textContent).toBe('37');
    expect(screen.getByTestId('backup-count-users').textContent).toBe('6');
    expect(screen.getByTestId('backup-count-audit').textContent).toBe('20\u00a0512');
    expect(screen.queryByText('settings')).toBeNull();
    expect(facts.getByText('Filen er hel: innholdet stemmer med kontrollsummen.')).toBeTruthy();
    // Nothing on this PC to move aside.
    expect(screen.queryByTestId('moves-aside')).toBeNull();

    // The code is required before anything is sent.
    await user.click(screen.getByRole('button', { name: 'Gjenopprett' }));
    expect(messageNextTo(field('Gjenopprettingskode'))).toBe('Må fylles ut.');
    expect(core.sent('backup.restore')).toEqual([]);

    await user.type(field('Gjenopprettingskode'), 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
    await user.click(screen.getByRole('button', { name: 'Gjenopprett' }));
    const done = await screen.findByTestId('restore-done');
    expect(core.sent('backup.restore')).toEqual([
      { file: BACKUP_FILE, secret: { kind: 'recoveryCode', recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' } },
    ]);
    expect(done.textContent).toContain('Sikkerhetskopien er gjenopprettet');
    expect(done.textContent).toContain(
      'Logg inn med et brukernavn og passord som gjaldt da sikkerhetskopien ble tatt.',
    );

    // The status has turned to "locked" meanwhile; the message stays until the user moves on.
    await waitFor(() => expect(core.sent('session.status').length).toBeGreaterThan(1));
    expect(screen.getByTestId('restore-done')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Gå til innlogging' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn – Testvik kommune' })).toBeTruthy();
    expect(field('Brukernavn')).toHaveProperty('value', '');
  });

  it('accepts a user name and password valid when the backup was taken', async () => {
    const user = openApp(core, '#/sikkerhetskopi/gjenopprett');
    await readBackup(user);
    await user.click(screen.getByRole('radio', { name: /Med brukernavn og passord/ }));
    await user.type(field('Brukernavn'), 'kari.admin');
    await user.type(screen.getByLabelText('Passord'), 'blåbærsyltetøy i kjelleren');
    await user.click(screen.getByRole('button', { name: 'Gjenopprett' }));
    await screen.findByTestId('restore-done');
    expect(core.sent('backup.restore')[0]).toEqual({
      file: BACKUP_FILE,
      secret: { kind: 'password', username: 'kari.admin', password: 'blåbærsyltetøy i kjelleren' },
    });
  });

  it('says when the secret is wrong, and lets the user try again', async () => {
    core.failWith.set('backup.restore', {
      code: 'WRONG_RECOVERY_CODE',
      message: 'Gjenopprettingskoden stemmer ikke.',
    });
    const user = openApp(core, '#/sikkerhetskopi/gjenopprett');
    await readBackup(user);
    await user.type(field('Gjenopprettingskode'), 'FEIL');
    await user.click(screen.getByRole('button', { name: 'Gjenopprett' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Gjenopprettingskoden stemmer ikke.');
    expect(screen.queryByTestId('restore-done')).toBeNull();
  });

  it('refuses a backup made by a newer Samordna, offering no way to restore it', async () => {
    core.inspection = { manifest: manifest({ appVersion: '3.0.0' }), tooNew: true, intact: true };
    const user = openApp(core, '#/sikkerhetskopi/gjenopprett');
    const summary = await readBackup(user);
    expect(summary.textContent).toContain(
      'Sikkerhetskopien er laget av Samordna 3.0.0, som er nyere enn programmet',
    );
    expect(screen.queryByRole('button', { name: 'Gjenopprett' })).toBeNull();
  });

  it('refuses a damaged backup, offering no way to restore it', async () => {
    core.inspection = { manifest: manifest(), tooNew: false, intact: false };
    const user = openApp(core, '#/sikkerhetskopi/gjenopprett');
    const summary = await readBackup(user);
    expect(summary.textContent).toContain('Filen er skadet: innholdet stemmer ikke med kontrollsummen.');
    expect(screen.queryByRole('button', { name: 'Gjenopprett' })).toBeNull();
  });

  it('says why a file cannot be read beside the button, and needs a path first', async () => {
    core.failWith.set('backup.inspect', {
      code: 'BACKUP_INVALID',
      message: 'Filen er ikke en sikkerhetskopi.',
    });
    const user = openApp(core, '#/sikkerhetskopi/gjenopprett');
    await screen.findByRole('textbox', { name: FILE });
    await user.click(screen.getByRole('button', { name: 'Les sikkerhetskopien' }));
    expect(messageNextTo(field(FILE))).toBe('Må fylles ut.');
    expect(core.sent('backup.inspect')).toEqual([]);
    await user.type(field(FILE), 'C:\\Users\\kari\\Documents\\brev.docx');
    await user.click(screen.getByRole('button', { name: 'Les sikkerhetskopien' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Filen er ikke en sikkerhetskopi fra Samordna, eller den er skadet.',
    );
  });

  it('forgets what was read when the path is changed', async () => {
    const user = openApp(core, '#/sikkerhetskopi/gjenopprett');
    await readBackup(user);
    await user.type(field(FILE), 'x');
    expect(screen.queryByTestId('backup-manifest')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gjenopprett' })).toBeNull();
  });

  it('opens the file dialog in the desktop app and reads the file chosen', async () => {
    const desktop = new FakeDesktop();
    desktop.chosen = 'D:\\Kopier\\samordna.samordna';
    const user = openApp(desktop, '#/sikkerhetskopi/gjenopprett');
    await user.click(await screen.findByRole('button', { name: 'Bla gjennom …' }));
    await screen.findByTestId('backup-manifest');
    expect(field(FILE)).toHaveProperty('value', 'D:\\Kopier\\samordna.samordna');
    expect(desktop.sent('backup.inspect')).toEqual([{ file: 'D:\\Kopier\\samordna.samordna' }]);
  });
});

describe('restoring as a logged-in administrator', () => {
  beforeEach(() => {
    core.session = { ...core.session, state: 'open', user: admin, municipality: 'Testvik kommune' };
  });

  it('warns that the register is moved aside, names where it went, and ends at the login', async () => {
    core.movedAsideTo = 'C:\\data\\samordna.db.before-restore-2027-03-10';
    const user = openApp(core, '#/sikkerhetskopi/gjenopprett?fil=' + encodeURIComponent(BACKUP_FILE));
    expect(await screen.findByRole('textbox', { name: FILE })).toHaveProperty('value', BACKUP_FILE);
    await user.click(screen.getByRole('button', { name: 'Les sikkerhetskopien' }));
    const warning = await screen.findByTestId('moves-aside');
    expect(warning.textContent).toContain(
      'flyttes til side i datamappen. Det slettes ikke. Alle må logge inn på nytt',
    );
    expect(screen.getByRole('link', { name: 'Avbryt' }).getAttribute('href')).toBe(
      '#/innstillinger/sikkerhetskopi',
    );
    await user.type(field('Gjenopprettingskode'), 'AAAAA');
    await user.click(screen.getByRole('button', { name: 'Gjenopprett' }));
    const done = await screen.findByTestId('restore-done');
    expect(done.textContent).toContain(
      'Registeret som var på denne PC-en, er flyttet til C:\\data\\samordna.db.before-restore-2027-03-10. Det er ikke slettet.',
    );
    await user.click(screen.getByRole('button', { name: 'Gå til innlogging' }));
    // Everyone logs in again: the administrator's name is not kept for the lock screen.
    await screen.findByRole('heading', { level: 1, name: /Logg inn/ });
    expect(field('Brukernavn')).toHaveProperty('value', '');
  });

  it('points out a backup of another municipality', async () => {
    core.inspection = { ...core.inspection, manifest: manifest({ municipality: 'Nabovik kommune' }) };
    const user = openApp(core, '#/sikkerhetskopi/gjenopprett');
    await readBackup(user);
    expect(
      screen.getByText(
        'Sikkerhetskopien er av registeret til Nabovik kommune, mens registeret på denne PC-en er Testvik kommune.',
      ),
    ).toBeTruthy();
  });

  it('is not there for other roles', async () => {
    core.session = { ...core.session, user: { ...admin, role: 'saksbehandler' } };
    openApp(core, '#/sikkerhetskopi/gjenopprett');
    await screen.findByRole('button', { name: 'Logg ut' });
    expect(screen.queryByRole('heading', { name: 'Gjenopprett fra sikkerhetskopi' })).toBeNull();
  });
});
