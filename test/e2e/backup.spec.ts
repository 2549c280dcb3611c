import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test, visit } from './fixtures';
import { addServiceUnit, ADMIN, logIn, logOut, setUpRegister } from './helpers';

/** dd.mm.åååå of a day some days back, so the dates are valid whenever the test runs. */
function daysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

async function addCoordinatorAndCase(page: Page) {
  await addServiceUnit(page, 'PPT');

  await page.getByRole('link', { name: 'Koordinatorer', exact: true }).click();
  await page.getByRole('button', { name: 'Ny koordinator' }).click();
  await page.getByLabel('Navn').fill('Anne Berg');
  await page.getByLabel('Tjenestested').selectOption({ label: 'PPT' });
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('link', { name: 'Anne Berg', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Saker', exact: true }).click();
  await page.getByRole('link', { name: 'Ny sak' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Sofie Testbarn');
  await page.getByLabel('Fødselsdato', { exact: true }).fill('12.04.2019');
  await page.getByLabel('Mottatt dato', { exact: true }).fill(daysAgo(3));
  await page.getByLabel('Hvem søker').selectOption({ label: 'Foreldre eller foresatte' });
  await page.getByRole('checkbox', { name: 'Barnekoordinator' }).check();
  await page.getByRole('button', { name: 'Registrer saken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Sofie Testbarn/ })).toBeVisible();
}

/** Innstillinger → Sikkerhetskopi → "Ta sikkerhetskopi nå"; the path of the copy beside the register. */
async function takeBackup(page: Page, dataDir: string, screen?: string): Promise<string> {
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await page.getByRole('link', { name: 'Sikkerhetskopi', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Status' })).toBeVisible();
  await page.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Sikkerhetskopien er tatt og kontrollert.' });
  await expect(done).toBeVisible();
  const files = await done.locator('li').allTextContents();
  const local = files.find((file) => file.startsWith(dataDir));
  expect(local, `a backup beside the register among ${files.join(', ')}`).toBeTruthy();
  await expect(page.getByTestId('backup-newest')).not.toHaveText('Ingen ennå');
  if (screen) await visit(page, screen);
  return local!;
}

/** Step 1 of the restore flow: the path typed, the manifest read. */
async function readBackup(page: Page, file: string) {
  await page.getByLabel('Sikkerhetskopifil').fill(file);
  await page.getByRole('button', { name: 'Les sikkerhetskopien' }).click();
  await expect(page.getByTestId('backup-manifest')).toBeVisible();
}

async function manifestCounts(page: Page): Promise<string[]> {
  return page.getByTestId('backup-manifest').locator('.restore-counts').locator('div').allInnerTexts();
}

test('a backup taken in Innstillinger restores the register on a new PC with the recovery code', async ({
  page,
  samordna,
}) => {
  const recoveryCode = await setUpRegister(page, samordna.host.url);

  // No second place is chosen yet: Oversikt tells the administrator.
  await page.getByRole('link', { name: 'Oversikt' }).click();
  const warning = page.getByTestId('backup-warnings');
  await expect(warning).toContainText('Sikkerhetskopiene ligger bare på denne PC-en.');
  await expect(warning.getByRole('link', { name: 'Gå til innstillingene for sikkerhetskopi' })).toBeVisible();
  await visit(page, '95-oversikt-sikkerhetskopi-varsel');

  await addCoordinatorAndCase(page);
  const backup = await takeBackup(page, samordna.dataDir, '95-innstillinger-sikkerhetskopi');

  // What the backup holds, as the administrator sees it before leaving the PC.
  await page.getByRole('link', { name: 'Gjenopprett fra sikkerhetskopi …' }).click();
  await readBackup(page, backup);
  await expect(page.getByTestId('moves-aside')).toBeVisible();
  const countsBefore = await manifestCounts(page);
  await expect(page.getByTestId('backup-count-cases')).toHaveText('1');
  await expect(page.getByTestId('backup-count-coordinators')).toHaveText('1');
  await page.getByRole('link', { name: 'Avbryt' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Status' })).toBeVisible();

  // The file goes to a USB stick; the PC is replaced (the data folder is gone).
  const stick = mkdtempSync(path.join(tmpdir(), 'samordna-minnepinne-'));
  const onStick = path.join(stick, path.basename(backup));
  try {
    copyFileSync(backup, onStick);
    await logOut(page);
    rmSync(samordna.dataDir, { recursive: true, force: true });
    await page.reload();

    // The first screen offers restoring beside a new register.
    await expect(page.getByRole('heading', { level: 1, name: 'Sett opp Samordna' })).toBeVisible();
    await visit(page, '96-oppsett-eller-gjenopprett');
    await page.getByRole('link', { name: 'Gjenopprett fra sikkerhetskopi' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Gjenopprett fra sikkerhetskopi' }),
    ).toBeVisible();
    await visit(page, '96-gjenopprett-velg-fil');

    await readBackup(page, onStick);
    await expect(page.getByTestId('backup-manifest')).toContainText('Testvik kommune');
    await expect(page.getByTestId('backup-manifest')).toContainText('Tatt for hånd');
    expect(await manifestCounts(page)).toEqual(countsBefore);
    // Nothing on the new PC to move aside.
    await expect(page.getByTestId('moves-aside')).toHaveCount(0);
    await visit(page, '96-gjenopprett-innhold');

    await page.getByRole('textbox', { name: 'Gjenopprettingskode' }).fill(recoveryCode);
    await page.getByRole('button', { name: 'Gjenopprett', exact: true }).click();
    await expect(page.getByTestId('restore-done')).toContainText('Sikkerhetskopien er gjenopprettet');
    await visit(page, '97-gjenopprettet');
    await page.getByRole('button', { name: 'Gå til innlogging' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn – Testvik kommune' })).toBeVisible();
    await logIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
    await page.getByRole('link', { name: 'Saker', exact: true }).click();
    await expect(page.getByRole('cell', { name: 'Sofie Testbarn' })).toBeVisible();
    await page.getByRole('link', { name: 'Koordinatorer', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Anne Berg', exact: true })).toBeVisible();
  } finally {
    rmSync(stick, { recursive: true, force: true });
  }
});

test('a lost key file and a damaged register lead to a backup, never to a new register', async ({
  page,
  samordna,
}) => {
  await setUpRegister(page, samordna.host.url);
  await takeBackup(page, samordna.dataDir);
  await logOut(page);

  // The key file and its copy are gone, but a backup beside the register holds the key file of
  // its day: the login opens today's register with it and writes the key file back.
  const keys = path.join(samordna.dataDir, 'samordna.keys');
  const kept = readFileSync(keys);
  rmSync(keys);
  rmSync(`${keys}.copy`, { force: true });
  await page.reload();
  await logIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  expect(readFileSync(keys).length).toBeGreaterThan(0);
  await logOut(page);

  // Gone, and no backup beside it either: put it back, or restore; no new register.
  const backups = path.join(samordna.dataDir, 'backups');
  renameSync(backups, `${backups}-elsewhere`);
  rmSync(keys);
  rmSync(`${keys}.copy`, { force: true });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Nøkkelfilen mangler' })).toBeVisible();
  await expect(page.getByTestId('data-folder')).toHaveText(samordna.dataDir);
  await expect(page.getByRole('button', { name: 'Opprett registeret' })).toHaveCount(0);
  await visit(page, '98-nokkelfil-mangler');
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.getByText(/Nøkkelfilen mangler fortsatt/)).toBeVisible();
  writeFileSync(keys, kept);
  renameSync(`${backups}-elsewhere`, backups);
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Logg inn/ })).toBeVisible();

  // The register file is emptied: the newest backup is the way on.
  truncateSync(path.join(samordna.dataDir, 'samordna.db'), 0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Registeret er skadet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opprett registeret' })).toHaveCount(0);
  await visit(page, '99-register-skadet');
  await page.getByRole('link', { name: 'Gjenopprett den nyeste sikkerhetskopien' }).click();
  const file = page.getByLabel('Sikkerhetskopifil');
  if ((await file.inputValue()) === '') {
    // Core named no newest backup: the administrator finds it in the backups folder.
    const folder = path.join(samordna.dataDir, 'backups');
    const newest = readdirSync(folder)
      .filter((name) => name.endsWith('.samordna'))
      .sort()
      .at(-1)!;
    await file.fill(path.join(folder, newest));
  }
  await page.getByRole('button', { name: 'Les sikkerhetskopien' }).click();
  await expect(page.getByTestId('backup-manifest')).toBeVisible();
  await expect(page.getByTestId('moves-aside')).toBeVisible();

  // This time with the administrator's password.
  await page.getByRole('radio', { name: /Med brukernavn og passord/ }).check();
  await page.getByRole('textbox', { name: 'Brukernavn' }).fill(ADMIN.username);
  await page.getByLabel('Passord', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Gjenopprett', exact: true }).click();
  await expect(page.getByTestId('restore-done')).toContainText('Sikkerhetskopien er gjenopprettet');
  await page.getByRole('button', { name: 'Gå til innlogging' }).click();
  await logIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
});
