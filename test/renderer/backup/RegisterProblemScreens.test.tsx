import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';

import { BACKUP_FILE, DATA_FOLDER, FakeCore, openApp } from './fakeBackup';

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
});
afterEach(() => setBridge(undefined));

/** Nothing on these screens may lead to setting up a new register over the old one. */
function expectNoNewRegister() {
  expect(screen.queryByRole('button', { name: 'Opprett registeret' })).toBeNull();
  expect(screen.queryByRole('textbox', { name: 'Kommunens navn' })).toBeNull();
  expect(screen.queryByText(/Sett opp nytt register/)).toBeNull();
}

describe('when the key file is missing', () => {
  beforeEach(() => {
    core.session = { ...core.session, state: 'keyMissing' };
  });

  it('says where samordna.keys belongs and offers trying again or a backup, never a new register', async () => {
    const user = openApp(core);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nøkkelfilen mangler' })).toBeTruthy();
    expect(screen.getByText('Nøkkelfilen heter samordna.keys og skal ligge i denne mappen:')).toBeTruthy();
    expect(screen.getByTestId('data-folder').textContent).toBe(DATA_FOLDER);
    expectNoNewRegister();
    expect(screen.getByRole('link', { name: 'Gjenopprett fra sikkerhetskopi' }).getAttribute('href')).toBe(
      '#/sikkerhetskopi/gjenopprett',
    );

    // Still missing: said so, and the screen stays.
    const asked = core.sent('session.status').length;
    await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByText(/Nøkkelfilen mangler fortsatt/)).toBeTruthy();
    expect(core.sent('session.status').length).toBeGreaterThan(asked);

    // Put back: the login follows.
    core.session = { ...core.session, state: 'locked', municipality: 'Testvik kommune' };
    await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn – Testvik kommune' })).toBeTruthy();
  });

  it('leads to the restore flow', async () => {
    const user = openApp(core);
    await user.click(await screen.findByRole('link', { name: 'Gjenopprett fra sikkerhetskopi' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gjenopprett fra sikkerhetskopi' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Avbryt' }).getAttribute('href')).toBe('#/');
  });

  it('does not offer the recovery code page, which needs a key file', async () => {
    openApp(core, '#/gjenoppretting');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nøkkelfilen mangler' })).toBeTruthy();
  });
});

describe('when the register is damaged', () => {
  beforeEach(() => {
    core.session = { ...core.session, state: 'damaged', municipality: 'Testvik kommune' };
  });

  it('names it, offers the newest backup filled in, and never a new register', async () => {
    core.session.newestBackup = BACKUP_FILE;
    const user = openApp(core);
    expect(await screen.findByRole('heading', { level: 1, name: 'Registeret er skadet' })).toBeTruthy();
    expect(screen.getByTestId('data-folder').textContent).toBe(DATA_FOLDER);
    expect(screen.getByTestId('newest-backup').textContent).toBe(BACKUP_FILE);
    expectNoNewRegister();
    expect(screen.queryByRole('textbox', { name: 'Passord' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Gjenopprett den nyeste sikkerhetskopien' }));
    expect(await screen.findByRole('textbox', { name: 'Sikkerhetskopifil' })).toHaveProperty(
      'value',
      BACKUP_FILE,
    );
  });

  it('tells where backups are kept when core names none', async () => {
    openApp(core);
    await screen.findByRole('heading', { level: 1, name: 'Registeret er skadet' });
    expect(
      screen.getByText(/Sikkerhetskopiene på denne PC-en ligger i mappen «backups» i datamappen/),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Gjenopprett den nyeste sikkerhetskopien' }).getAttribute('href'),
    ).toBe('#/sikkerhetskopi/gjenopprett');
  });
});

describe('the login, when the password is right but the register cannot be opened', () => {
  it.each([
    ['DATABASE_DAMAGED', 'registerfilen er skadet'],
    ['DATABASE_MISSING', 'Registerfilen (samordna.db) mangler eller er tom'],
    ['KEY_FILE_STALE', 'Nøkkelfilen er eldre enn registeret'],
  ] as const)('shows %s and a way to restore a backup', async (code, text) => {
    core.session = { ...core.session, state: 'locked', municipality: 'Testvik kommune' };
    core.failWith.set('session.login', { code, message: text });
    const user = openApp(core);
    await user.type(await screen.findByRole('textbox', { name: 'Brukernavn' }), 'kari.admin');
    await user.type(screen.getByLabelText('Passord'), 'riktig passord');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect((await screen.findByRole('alert')).textContent).toContain(text);
    const restore = screen.getByRole('link', { name: 'Gjenopprett fra sikkerhetskopi' });
    expect(restore.getAttribute('href')).toBe('#/sikkerhetskopi/gjenopprett');
  });

  it('offers no restore for a wrong password', async () => {
    core.session = { ...core.session, state: 'locked', municipality: 'Testvik kommune' };
    core.failWith.set('session.login', { code: 'WRONG_PASSWORD', message: 'Feil brukernavn eller passord.' });
    const user = openApp(core);
    await user.type(await screen.findByRole('textbox', { name: 'Brukernavn' }), 'kari.admin');
    await user.type(screen.getByLabelText('Passord'), 'feil');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Feil brukernavn eller passord.'));
    expect(screen.queryByRole('link', { name: 'Gjenopprett fra sikkerhetskopi' })).toBeNull();
  });
});
