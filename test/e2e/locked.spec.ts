import type { Page } from '@playwright/test';

import type { CaseDetail } from '@shared/api/cases';

import { expect, test, visit, type Samordna } from './fixtures';
import { ADMIN, logIn, logOut, setUpRegister } from './helpers';

/** A real-looking fødselsnummer (check digits right, not synthetic): a girl born 15 May 2015. */
const NUMBER = '15051550053';
/** Everything of the register's that must be gone from the window while it is locked. */
const PERSONAL = [
  'Emma Testrud',
  NUMBER,
  '150515 50053',
  '15.05.2015',
  'Fjordgata',
  'Kari Testrud',
  '91234567',
  'cerebral parese',
  'Bakkeveien',
  'Ola Testrud',
];

/** Registers the case through the host, as the window would: the screens under test come after. */
async function registerCase(samordna: Samordna): Promise<number> {
  const response = await fetch(`${samordna.host.origin}/api/cases.create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${samordna.host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      person: {
        name: 'Emma Testrud',
        nationalId: NUMBER,
        address: 'Fjordgata 3, 1870 Ørje',
        relations: [
          { name: 'Kari Testrud', relation: 'mother', phone: '91234567', parentalResponsibility: true },
        ],
      },
      receivedDate: new Date().toISOString().slice(0, 10),
      channel: 'oral',
      appliedBy: 'guardian',
      rightsRequested: ['koordinator'],
      needDescription: 'Diagnose: cerebral parese.',
    }),
  });
  const result = (await response.json()) as { ok: true; data: CaseDetail } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`cases.create failed: ${JSON.stringify(result.error)}`);
  return result.data.record.id;
}

/** A second user, a case worker, made through the host as an administrator's Brukere would. */
const SIRI = { username: 'siri', displayName: 'Siri Saksbehandler', password: 'tyttebær på hyttetaket 2027' };

async function addCaseWorker(samordna: Samordna) {
  const response = await fetch(`${samordna.host.origin}/api/users.create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${samordna.host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...SIRI, role: 'saksbehandler' }),
  });
  const result = (await response.json()) as { ok: boolean; error?: unknown };
  if (!result.ok) throw new Error(`users.create failed: ${JSON.stringify(result.error)}`);
}

/** Logged in on the start page: Saker, with nothing of the previous user's case. */
async function expectStartPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Saker' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/');
  await expect(page.getByRole('heading', { level: 1, name: /Emma Testrud/ })).toBeHidden();
}

async function goTo(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** The whole window: the markup, and what the fields hold (which the markup does not show). */
async function everythingShown(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      ...[...document.querySelectorAll<HTMLInputElement>('input, textarea, select')].map((e) => e.value),
    ].join('\n'),
  );
}

async function expectNothingPersonal(page: Page) {
  const shown = await everythingShown(page);
  for (const text of PERSONAL) expect(shown, `"${text}" while locked`).not.toContain(text);
}

async function unlock(page: Page) {
  await page.getByLabel('Passord').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
}

test('locking from the menu keeps the half-typed person form in a draft and nothing personal on screen', async ({
  page,
  samordna,
}) => {
  await setUpRegister(page, samordna.host.url);
  const caseId = await registerCase(samordna);
  await goTo(page, `#/saker/${caseId}/person`);
  await expect(page.getByRole('heading', { level: 1, name: 'Endre person' })).toBeVisible();
  await expect(page.getByText(/Emma Testrud/).first()).toBeVisible();

  // The form shows the person's address before anyone types over it (on a slow machine the form
  // can still be filling in when the heading shows).
  const address = page.getByLabel('Adresse', { exact: true }).first();
  await expect(address).toHaveValue('Fjordgata 3, 1870 Ørje');
  // The phone rings: a new address half typed, then "Lås nå" before the draft's delay is over.
  await address.fill('Bakkeveien 7, 1870 Ørje');
  await page.getByRole('button', { name: 'Lås nå' }).click();
  await expect(page.getByText('Registeret er låst')).toBeVisible();
  await expectNothingPersonal(page);
  // Where the user was is kept in memory, not in the address.
  expect(new URL(page.url()).hash).toBe('#/');
  await visit(page, '90-laast-uten-persondata');

  // Back: the same form, the address as typed, and a word that it is a draft.
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Endre person' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe(`#/saker/${caseId}/person`);
  await expect(page.getByLabel('Adresse', { exact: true }).first()).toHaveValue('Bakkeveien 7, 1870 Ørje');
  await expect(page.getByText(/Skjemaet er fylt ut slik du forlot det/)).toBeVisible();
  await visit(page, '91-utkast-hentet-fram');

  // Saved: the case shows the new address, and the form opens without a draft next time.
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Bakkeveien 7, 1870 Ørje')).toBeVisible();
  await goTo(page, `#/saker/${caseId}/person`);
  await expect(page.getByLabel('Adresse', { exact: true }).first()).toHaveValue('Bakkeveien 7, 1870 Ørje');
  await expect(page.getByText(/Skjemaet er fylt ut slik du forlot det/)).toBeHidden();
});

test('after a logout the next user starts on the start page, never on the case the last one had open', async ({
  page,
  samordna,
}) => {
  await setUpRegister(page, samordna.host.url);
  const caseId = await registerCase(samordna);
  await addCaseWorker(samordna);
  await goTo(page, `#/saker/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: /Emma Testrud/ })).toBeVisible();

  await logOut(page);
  expect(new URL(page.url()).hash).toBe('#/');
  await logIn(page, SIRI.username, SIRI.password);
  await expectStartPage(page);

  // And the other way: Siri's case page is not where the administrator lands after her logout.
  await goTo(page, `#/saker/${caseId}/person`);
  await expect(page.getByRole('heading', { level: 1, name: 'Endre person' })).toBeVisible();
  await logOut(page);
  await logIn(page, ADMIN.username, ADMIN.password);
  await expectStartPage(page);
});

test.describe('left alone', () => {
  // Short enough to see the lock happen, long enough that the steps before it never trip it.
  test.use({ idleTimeoutMs: 6_000 });

  test('the register locks itself with a step form half filled in, and logging in brings it back', async ({
    page,
    samordna,
  }) => {
    await setUpRegister(page, samordna.host.url);
    const caseId = await registerCase(samordna);
    await goTo(page, `#/saker/${caseId}/kartlegging`);
    await expect(page.getByRole('heading', { level: 1, name: /kartlegging/i })).toBeVisible();
    await page.getByLabel('Deltakere').fill('Ola Testrud (far), helsesykepleier');

    await expect(page.getByText('Registeret er låst')).toBeVisible({ timeout: 20_000 });
    await expectNothingPersonal(page);

    await unlock(page);
    await expect(page.getByLabel('Deltakere')).toHaveValue('Ola Testrud (far), helsesykepleier');
    await expect(page.getByText(/Skjemaet er fylt ut slik du forlot det/)).toBeVisible();

    // Cancelled: the draft goes, and the form starts empty the next time.
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Emma Testrud/ })).toBeVisible();
    await goTo(page, `#/saker/${caseId}/kartlegging`);
    await expect(page.getByLabel('Deltakere')).toHaveValue('');
  });

  test('locked by idle time, the same user comes back to the case, another user starts on the start page', async ({
    page,
    samordna,
  }) => {
    await setUpRegister(page, samordna.host.url);
    const caseId = await registerCase(samordna);
    await addCaseWorker(samordna);
    await goTo(page, `#/saker/${caseId}`);
    await expect(page.getByRole('heading', { level: 1, name: /Emma Testrud/ })).toBeVisible();

    // The same user: back on the case.
    await expect(page.getByText('Registeret er låst')).toBeVisible({ timeout: 20_000 });
    await unlock(page);
    await expect(page.getByRole('heading', { level: 1, name: /Emma Testrud/ })).toBeVisible();
    expect(new URL(page.url()).hash).toBe(`#/saker/${caseId}`);

    // Locked again, and Siri sits down: she starts on the start page, not on Emma's case.
    await expect(page.getByText('Registeret er låst')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Logg inn som en annen bruker' }).click();
    await logIn(page, SIRI.username, SIRI.password);
    await expectStartPage(page);
  });
});
