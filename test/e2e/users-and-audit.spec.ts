import { expect, test, visit } from './fixtures';
import { ADMIN, logIn, logOut, setUpRegister } from './helpers';

test('an administrator adds colleagues; a leder sees no coordinator names; the log records it all', async ({
  page,
  samordna,
}) => {
  await setUpRegister(page, samordna.host.url);

  // Nynorsk and English are a choice away, and stay accessible.
  await page.getByLabel('Språk').selectOption('nn');
  await expect(page.getByRole('link', { name: 'Innstillingar' })).toBeVisible();
  await visit(page, '10-nynorsk');
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await page.getByLabel('Language').selectOption('nb');

  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await expect(page.getByLabel('Lås registeret etter så mange minutter uten aktivitet')).toHaveValue('10');
  await visit(page, '10-innstillinger-generelt');

  await page.getByRole('link', { name: 'Brukere' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Lise Leder');
  await page.getByLabel('Brukernavn').fill('lise');
  await page.getByLabel('Rolle').selectOption({ label: 'Leder' });
  await page.getByLabel('Første passord').fill('lederpassord 2026');
  await page.getByRole('button', { name: 'Opprett bruker' }).click();
  await expect(page.getByRole('cell', { name: 'Lise Leder', exact: true })).toBeVisible();
  await visit(page, '11-innstillinger-brukere');

  // A reset password replaces the old one.
  await page.getByRole('button', { name: 'Sett nytt passord for Lise Leder' }).click();
  await page.getByRole('textbox', { name: 'Nytt passord' }).fill('nytt lederpassord 1');
  await page.getByRole('button', { name: 'Nytt passord', exact: true }).click();
  await expect(page.getByText('Lise Leder har fått nytt passord.')).toBeVisible();

  await page.getByRole('link', { name: 'Logg' }).click();
  await expect(page.getByRole('cell', { name: 'Opprettet bruker', exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Kontroller loggen' }).click();
  await expect(page.getByText(/Loggen er hel: \d+ rader kontrollert\./)).toBeVisible();
  await page.getByLabel('Handling').selectOption({ label: 'Satte nytt passord' });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.getByText('Viser 1 av 1')).toBeVisible();
  await visit(page, '12-logg');

  // Locking by hand drops the screen; the same user logs in and is back on the same page.
  await page.getByRole('button', { name: 'Lås nå' }).click();
  await expect(page.getByText('Registeret er låst')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg', exact: true })).toBeHidden();
  await expect(page.getByLabel('Brukernavn')).toHaveValue(ADMIN.username);
  await page.getByLabel('Passord').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg', exact: true })).toBeVisible();

  await logOut(page);
  await logIn(page, 'lise', 'lederpassord 2026');
  await expect(page.getByText('Feil brukernavn eller passord')).toBeVisible();
  await logIn(page, 'lise', 'nytt lederpassord 1');
  // A leder lands on Oversikt: counts only (test/e2e/dashboards.spec.ts follows it further).
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Koordinatorer' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Logg', exact: true })).toHaveCount(0);
  await visit(page, '13-leder-hjem');
  // Typing the address by hand leads nowhere either (and core refuses the calls: test/core).
  await page.goto(`${samordna.host.origin}/#/koordinatorer`);
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  await logOut(page);
  await logIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
});

test('an administrator who forgot the password gets in with the recovery code', async ({
  page,
  samordna,
}) => {
  const code = await setUpRegister(page, samordna.host.url);
  await logOut(page);

  await page.getByRole('link', { name: 'Glemt passordet? Bruk gjenopprettingskoden' }).click();
  await page.getByLabel('Gjenopprettingskode').fill('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
  await page.getByLabel('Brukernavn (administrator)').fill(ADMIN.username);
  await page.getByLabel('Nytt passord').fill('et helt nytt passord');
  await page.getByRole('button', { name: 'Sett nytt passord' }).click();
  await expect(page.getByText('Gjenopprettingskoden stemmer ikke.')).toBeVisible();
  await visit(page, '14-gjenoppretting');

  await page.getByLabel('Gjenopprettingskode').fill(code.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Sett nytt passord' }).click();
  await expect(page.getByText('Passordet er endret.')).toBeVisible();
  await page.getByRole('link', { name: 'Tilbake til innlogging' }).click();
  await logIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByText('Feil brukernavn eller passord')).toBeVisible();
  await logIn(page, ADMIN.username, 'et helt nytt passord');
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
});
