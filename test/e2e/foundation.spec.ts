import { expect, test, visit } from './fixtures';

const PASSWORD = 'blåbærsyltetøy i kjelleren';

// Short enough to see the lock happen, long enough that the steps before it never trip it.
test.use({ idleTimeoutMs: 6_000 });

test('a new KE sets up the register, builds its coordinator pool, and the register locks itself when left alone', async ({
  page,
  samordna,
}) => {
  await page.goto(samordna.host.url);

  // First start: the setup form, with Norwegian messages next to the fields.
  await expect(page.getByRole('heading', { name: 'Sett opp Samordna' })).toBeVisible();
  await page.getByRole('button', { name: 'Opprett registeret' }).click();
  await expect(page.getByText('Må fylles ut.').first()).toBeVisible();
  await page.getByLabel('Kommunens navn').fill('Testvik kommune');
  await page.getByLabel('Ditt navn').fill('Kari Administrator');
  await page.getByLabel('Brukernavn').fill('kari.admin');
  await page.getByLabel('Passord', { exact: true }).fill('for kort');
  await page.getByLabel('Gjenta passordet').fill('for kort');
  await page.getByRole('button', { name: 'Opprett registeret' }).click();
  await expect(page.getByText('Passordet må ha minst 12 tegn.')).toBeVisible();
  await visit(page, '01-oppsett');
  await page.getByLabel('Passord', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Gjenta passordet').fill(PASSWORD);
  await page.getByRole('button', { name: 'Opprett registeret' }).click();

  // The recovery code is shown once and must be confirmed as stored.
  await expect(page.getByRole('heading', { name: 'Gjenopprettingskode' })).toBeVisible();
  const code = (await page.getByTestId('recovery-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  await expect(page.getByRole('button', { name: 'Skriv ut koden' })).toBeVisible();
  await page.getByRole('button', { name: 'Fortsett til Samordna' }).click();
  await expect(page.getByText('Bekreft at du har tatt vare på koden')).toBeVisible();
  await visit(page, '02-gjenopprettingskode');
  await page.getByLabel('Jeg har skrevet ut eller notert koden').check();
  await page.getByRole('button', { name: 'Fortsett til Samordna' }).click();

  // Log out and in again: a wrong password is refused in plain Norwegian.
  await expect(page.getByRole('heading', { level: 1, name: 'Saker' })).toBeVisible();
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page.getByRole('heading', { name: /Logg inn/ })).toBeVisible();
  await page.getByLabel('Brukernavn').fill('kari.admin');
  await page.getByLabel('Passord').fill('feil passord her');
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page.getByText('Feil brukernavn eller passord')).toBeVisible();
  await visit(page, '03-innlogging');
  await page.getByLabel('Passord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saker' })).toBeVisible();
  await page.getByRole('link', { name: 'Koordinatorer', exact: true }).click();

  // A service unit first: coordinators belong to one.
  await expect(page.getByText('Legg først inn minst ett tjenestested')).toBeVisible();
  await visit(page, '04-koordinatorer-tom');
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await page.getByRole('link', { name: 'Tjenestesteder' }).click();
  await page.getByLabel('Navn på tjenestested').fill('Helsestasjonen');
  await page.getByRole('button', { name: 'Legg til tjenestested' }).click();
  await expect(page.getByRole('cell', { name: 'Helsestasjonen', exact: true })).toBeVisible();
  await page.getByLabel('Navn på tjenestested').fill('helsestasjonen');
  await page.getByRole('button', { name: 'Legg til tjenestested' }).click();
  await expect(page.getByText('Det finnes allerede et tjenestested med dette navnet.')).toBeVisible();
  await page.getByRole('button', { name: 'Endre navn på Helsestasjonen' }).click();
  await page.getByLabel('Nytt navn på Helsestasjonen').fill('Helsestasjonen Testvik');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('cell', { name: 'Helsestasjonen Testvik', exact: true })).toBeVisible();
  await visit(page, '05-tjenestesteder');

  // Two coordinators, the first after fixing what the form complains about.
  await page.getByRole('link', { name: 'Koordinatorer', exact: true }).click();
  await page.getByRole('button', { name: 'Ny koordinator' }).click();
  await page.getByLabel('Telefon').fill('12');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Må fylles ut.')).toBeVisible();
  await expect(page.getByText('Velg et tjenestested.')).toBeVisible();
  await expect(page.getByText('Skriv et norsk telefonnummer')).toBeVisible();
  await visit(page, '06-ny-koordinator-feil');
  await page.getByLabel('Navn').fill('Åse Ærlig');
  await page.getByLabel('Tjenestested').selectOption({ label: 'Helsestasjonen Testvik' });
  await page.getByLabel('Stilling / fag').fill('Helsesykepleier');
  await page.getByLabel('Telefon').fill('912 34 567');
  await page.getByLabel('E-post').fill('ase.aerlig@testvik.kommune.no');
  await page.getByLabel('Kapasitet (maks antall saker)').fill('6');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('cell', { name: 'Åse Ærlig', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Ny koordinator' }).click();
  await page.getByLabel('Navn').fill('Ola Nordmann');
  await page.getByLabel('Tjenestested').selectOption({ label: 'Helsestasjonen Testvik' });
  await page.getByLabel('Stilling / fag').fill('Fysioterapeut');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('cell', { name: 'Ola Nordmann', exact: true })).toBeVisible();
  // Norwegian collation: Å sorts after O.
  const names = await page
    .getByTestId('coordinator-table')
    .locator('tbody tr td:first-child')
    .allTextContents();
  expect(names).toEqual(['Ola Nordmann', 'Åse Ærlig']);

  // Find one by search; the search survives a visit to the coordinator and back.
  await page.getByLabel('Søk i koordinatorer').fill('helsesykepleier');
  await expect(page.getByText('Viser 1 av 2 koordinatorer')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Åse Ærlig', exact: true })).toBeVisible();
  await visit(page, '07-koordinatorer-sok');
  await page.getByRole('link', { name: 'Åse Ærlig', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Åse Ærlig' })).toBeVisible();
  await expect(page.getByText('Ikke opplært: ingen gjennomført obligatorisk opplæring')).toBeVisible();
  await visit(page, '08-koordinatorside');
  await page.getByRole('link', { name: 'Rediger', exact: true }).click();
  await expect(page.getByLabel('Navn')).toHaveValue('Åse Ærlig');
  await visit(page, '08-rediger-koordinator');
  await page.getByRole('link', { name: 'Tilbake til Åse Ærlig' }).click();
  await page.getByRole('link', { name: 'Tilbake til koordinatorer' }).click();
  await expect(page.getByLabel('Søk i koordinatorer')).toHaveValue('helsesykepleier');

  // Left alone, the register locks itself; the same user unlocks and is back where they were.
  await expect(page.getByText('Registeret er låst')).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('cell', { name: 'Åse Ærlig', exact: true })).toBeHidden();
  await visit(page, '09-laast');
  await page.getByLabel('Passord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page.getByLabel('Søk i koordinatorer')).toHaveValue('helsesykepleier');
  await expect(page.getByText('Viser 1 av 2 koordinatorer')).toBeVisible();
});

test('an address without its token, or an old tab, explains how to get the right address instead of "Noe gikk galt"', async ({
  page,
  samordna,
}) => {
  const explains = async (heading: 1 | 2 = 1) => {
    await expect(
      page.getByRole('heading', { level: heading, name: 'Denne adressen åpner ikke Samordna' }),
    ).toBeVisible();
    await expect(page.getByText(/npm run demo/).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'This address does not open Samordna' })).toBeVisible();
    await expect(page.getByText(/Noe gikk galt/)).toHaveCount(0);
    expect(await page.content()).not.toContain(samordna.host.token);
  };

  // The bare address: the host's own page, 401, nothing of the app.
  const bare = await page.goto(`${samordna.host.origin}/`);
  expect(bare?.status()).toBe(401);
  await explains();
  await visit(page, '05-adresse-uten-token');

  // An address with a token of an earlier start: 403, the same explanation.
  const old = await page.goto(`${samordna.host.origin}/?token=${'x'.repeat(samordna.host.token.length)}`);
  expect(old?.status()).toBe(403);
  await explains();

  // The right address opens the app, and a reload (the token gone from the address) still does.
  await page.goto(samordna.host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Sett opp Samordna' })).toBeVisible();
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sett opp Samordna' })).toBeVisible();

  // An old tab that still holds the token of an earlier start: the app itself explains it.
  await page.evaluate(() => sessionStorage.setItem('samordna.hostToken', 'a-token-from-yesterday'));
  await page.reload();
  await explains();
  await visit(page, '06-gammel-fane');
});
