import type { Page } from '@playwright/test';

import { createDemoRegister } from '@core/index';

import { expect, saveScreen, test, visit } from './fixtures';
import { addServiceUnit, core, logIn, setUpRegister } from './helpers';

// Wednesday 10 March 2027, 10:00 in Oslo. Core and the page share this clock.
const NOW = new Date('2027-03-10T09:00:00Z');
test.use({ now: NOW });

async function date(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

async function choose(page: Page, legend: string, option: string) {
  await page.getByRole('group', { name: legend }).getByRole('radio', { name: option, exact: true }).check();
}

/** A new page opens at its top with its heading focused, where a screen reader starts reading. */
async function expectStartOfPage(page: Page, heading: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
}

/** Far down the page, as a user is after reading it or filling in a long form. */
async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

async function addCoordinator(page: Page, name: string) {
  await page.getByRole('button', { name: 'Ny koordinator' }).click();
  await page.getByLabel('Navn').fill(name);
  await page.getByLabel('Tjenestested').selectOption({ label: 'PPT' });
  await page.getByLabel('Kapasitet (maks antall saker)').fill('4');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
}

test('coordinators are trained, appointed to a granted case and changed, with the history and the gap kept', async ({
  page,
  samordna,
}) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);

  // The pool: three coordinators at PPT.
  await addServiceUnit(page, 'PPT');
  await page.getByRole('link', { name: 'Koordinatorer', exact: true }).click();
  for (const name of ['Anne Berg', 'Bjørn Dahl', 'Carl Eik']) await addCoordinator(page, name);
  await expect(page.getByTestId('coordinator-table').getByText('Ikke opplært')).toHaveCount(3);

  // A training session on 15 February with all three: one step.
  await page.getByRole('link', { name: 'Opplæring', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opplæring og veiledning' })).toBeVisible();
  await visit(page, '40-opplaering');
  await page.getByRole('button', { name: 'Registrer kurssamling' }).click();
  await page.getByLabel('Kurs', { exact: true }).selectOption({ label: 'Grunnopplæring for koordinatorer' });
  await date(page, 'Dato', '15.02.2027');
  await page.getByLabel('Sted', { exact: true }).fill('Kommunehuset');
  for (const name of ['Anne Berg', 'Bjørn Dahl', 'Carl Eik'])
    await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
  await expect(page.getByText('3 valgt')).toBeVisible();
  await visit(page, '41-kurssamling');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('cell', { name: 'Kommunehuset' })).toBeVisible();
  await page.getByRole('link', { name: 'Koordinatorer', exact: true }).click();
  await expect(page.getByTestId('coordinator-table').getByText(/^Opplært/)).toHaveCount(3);

  // A case with barnekoordinator granted on 1 March.
  await page.getByRole('link', { name: 'Saker', exact: true }).click();
  await page.getByRole('link', { name: 'Ny sak' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Sofie Testbarn');
  await date(page, 'Fødselsdato', '12.04.2019');
  await date(page, 'Mottatt dato', '01.02.2027');
  await page.getByLabel('Hvem søker').selectOption({ label: 'Foreldre eller foresatte' });
  await page.getByRole('checkbox', { name: 'Barnekoordinator' }).check();
  await page.getByRole('button', { name: 'Registrer saken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Sofie Testbarn/ })).toBeVisible();
  await page.getByRole('link', { name: 'Vedtak', exact: true }).click();
  await choose(page, 'Resultat', 'Innvilget');
  await date(page, 'Vedtaksdato', '01.03.2027');
  await date(page, 'Familien fikk vedtaket', '02.03.2027');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(
    page.getByText('Ingen koordinator er oppnevnt. Retten ble innvilget 01.03.2027.'),
  ).toBeVisible();

  // Appoint Anne from 3 March; the family wished for her and was told the same day.
  await scrollToBottom(page);
  await page.getByRole('link', { name: 'Oppnevn koordinator' }).first().click();
  await expectStartOfPage(page, 'Oppnevn koordinator');
  const anne = page.getByRole('row').filter({ has: page.getByRole('radio', { name: 'Anne Berg' }) });
  await expect(anne.getByText(/^Opplært/)).toBeVisible();
  await expect(anne.getByText('0 av 4')).toBeVisible();
  await page.getByRole('radio', { name: 'Anne Berg' }).check();
  await date(page, 'Startdato', '03.03.2027');
  await choose(page, 'Ble familiens ønske om koordinator fulgt?', 'Familiens ønske ble fulgt');
  await date(page, 'Dato familien ble informert', '03.03.2027');
  await visit(page, '42-oppnevn-koordinator');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Barnekoordinator: Anne Berg, PPT, fra 03.03.2027')).toBeVisible();
  // Saved at the foot of a long form: the case page opens at its top, not below its header.
  await expectStartOfPage(page, /Sofie Testbarn/);
  await visit(page, '43-sak-med-koordinator');

  // Anne leaves on 5 March; Bjørn takes over on the 8th, the family told on the 4th.
  await scrollToBottom(page);
  await page.getByRole('link', { name: 'Bytt koordinator' }).click();
  await expectStartOfPage(page, 'Bytt koordinator');
  await expect(page.getByRole('heading', { level: 2, name: 'Anne Berg slutter' })).toBeVisible();
  await date(page, 'Sluttdato', '05.03.2027');
  await page.getByLabel('Årsak', { exact: true }).selectOption({ label: 'Koordinatoren har sluttet' });
  await page.getByRole('radio', { name: 'Bjørn Dahl' }).check();
  await date(page, 'Startdato', '08.03.2027');
  await expect(page.getByText('Saken blir 3 dager uten koordinator.')).toBeVisible();
  await choose(page, 'Ble familiens ønske om koordinator fulgt?', 'Familien hadde ikke noe ønske');
  await date(page, 'Dato familien ble informert', '04.03.2027');
  await date(page, 'Dato samarbeidspartnerne ble informert', '05.03.2027');
  await visit(page, '44-bytt-koordinator');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();

  // The case: Bjørn now, and both in the history with the three days between them; at its top.
  await expect(page.getByText('Barnekoordinator: Bjørn Dahl, PPT, fra 08.03.2027')).toBeVisible();
  await expectStartOfPage(page, /Sofie Testbarn/);
  const history = page
    .getByRole('heading', { level: 3, name: 'Koordinatorer i saken' })
    .locator('xpath=following-sibling::ol[1]');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  const bjorn = history.getByRole('listitem').nth(1);
  await expect(bjorn.getByText('Bjørn Dahl – Barnekoordinator')).toBeVisible();
  await expect(
    bjorn
      .locator('dt', { hasText: 'Dager uten koordinator før oppstart' })
      .locator('xpath=following-sibling::dd[1]'),
  ).toHaveText('3');
  await expect(history.getByRole('listitem').nth(0).getByText('Koordinatoren har sluttet')).toBeVisible();
  // The family was told: no warning about the change.
  await expect(page.getByText(/ikke registrert at familien ble informert/)).toHaveCount(0);
  await visit(page, '45-sak-koordinatorhistorikk');

  // Bjørn's page lists the case and the training.
  await page.getByRole('link', { name: 'Koordinatorer', exact: true }).click();
  await page.getByRole('link', { name: 'Bjørn Dahl', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bjørn Dahl' })).toBeVisible();
  await expect(
    page.getByRole('cell', { name: 'Grunnopplæring for koordinatorer', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /^2027-/ })).toBeVisible();
  await visit(page, '46-koordinatorside');
});

interface PoolMember {
  id: number;
  name: string;
  caseload: number;
  capacity: number | null;
  training: { state: string };
}

/** A case with barnekoordinator granted on 1 March 2027, built through core. */
async function grantedCase(page: Page, name: string): Promise<number> {
  const created = await core<{ record: { id: number } }>(page, 'cases.create', {
    receivedDate: '2027-02-01',
    channel: 'electronicForm',
    appliedBy: 'guardian',
    rightsRequested: ['barnekoordinator'],
    person: { name, birthDate: '2018-05-02' },
  });
  const caseId = created.record.id;
  await core(page, 'cases.recordStep', {
    caseId,
    step: {
      kind: 'decision',
      right: 'barnekoordinator',
      outcome: 'granted',
      reasons: 'Familien har behov for langvarige og koordinerte tjenester.',
      legalBasis: '',
      decisionDate: '2027-03-01',
      notifiedDate: '2027-03-02',
    },
  });
  return caseId;
}

/** The page's full height in CSS pixels, as far as a user scrolls. */
const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** The bottom edge of an element within the first screen (the page scrolled to its top). */
async function bottomOf(page: Page, locator: ReturnType<Page['getByRole']>) {
  const box = await locator.boundingBox();
  expect(box, 'element is drawn').not.toBeNull();
  return box!.y + box!.height;
}

test('with the demo pool of 40, the appoint and change forms open at the top, short, search first and warn while choosing', async ({
  page,
  samordna,
}) => {
  const login = await createDemoRegister(samordna.dataDir, {
    kdf: { N: 2 ** 14, r: 8, p: 1 },
    now: () => NOW,
  });
  await page.clock.setFixedTime(NOW);
  await page.goto(samordna.host.url);
  await logIn(page, login.username, login.password);
  const base = samordna.host.url.split('?')[0];
  const ella = await grantedCase(page, 'Ella Testbarn');
  const pool = await core<PoolMember[]>(page, 'appointments.candidates', { caseId: ella });
  // The demo's 40 coordinators, the active ones to choose from.
  const total = pool.length;
  expect(total).toBeGreaterThan(30);
  const untrained = pool.find((c) => c.training.state === 'never' || c.training.state === 'expired')!;
  const roomy = pool.find(
    (c) => c.training.state === 'trained' && (c.capacity === null || c.caseload + 1 < c.capacity),
  )!;

  // The case page, read to its foot, then the appoint form: it opens at its top, heading focused.
  await page.goto(`${base}#/saker/${ella}`);
  await expect(page.getByRole('heading', { level: 1, name: /Ella Testbarn/ })).toBeVisible();
  await scrollToBottom(page);
  await page.getByRole('link', { name: 'Oppnevn koordinator' }).first().click();
  const picker = page.getByRole('group', { name: 'Velg koordinator' });
  await expect(picker.getByRole('radio').first()).toBeVisible();
  const appointHeight = await pageHeight(page);
  console.log(`appoint form height at 1366x768: ${appointHeight} px`);
  await expectStartOfPage(page, 'Oppnevn koordinator');

  // Role and dates first, then the search, then the list; all but the list on the first screen.
  const role = page.getByRole('group', { name: 'Rolle' });
  const start = page.getByRole('textbox', { name: 'Startdato' });
  const search = page.getByRole('searchbox', { name: 'Søk etter navn, tjenestested eller stilling' });
  expect(await bottomOf(page, role)).toBeLessThanOrEqual(768);
  expect(await bottomOf(page, start)).toBeLessThanOrEqual(768);
  expect(await bottomOf(page, search)).toBeLessThanOrEqual(768);
  expect(await bottomOf(page, start)).toBeLessThan((await search.boundingBox())!.y);
  expect(appointHeight).toBeLessThan(2200);
  // Opening does not put the focus in the search or on a candidate.
  await expect(search).not.toBeFocused();

  // The best suggestions only, the rest one click away.
  const suggested = await picker.getByRole('radio').count();
  expect(suggested).toBeGreaterThanOrEqual(5);
  expect(suggested).toBeLessThanOrEqual(8);
  await expect(
    page.getByRole('status').filter({ hasText: `${suggested} forslag av ${total}` }),
  ).toBeVisible();
  await visit(page, '47-oppnevn-koordinator-kort');

  // The search finds anyone in the pool; choosing an untrained coordinator warns at once.
  await search.fill(untrained.name);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ treff$/ })).toBeVisible();
  await picker.getByRole('radio', { name: untrained.name }).first().check();
  await expect(
    page.getByText(`${untrained.name} er koordinator i saken, men har ikke gyldig påkrevd opplæring.`),
  ).toBeVisible();
  await visit(page, '48-oppnevn-koordinator-advarsel');

  // "Vis alle" lists the whole pool; choosing a trained one with room takes the warning away.
  await search.fill('');
  await page.getByRole('button', { name: `Vis alle (${total})` }).click();
  await expect(picker.getByRole('radio')).toHaveCount(total);
  // The list is one radio group: the arrows move the choice, and the note beside it follows.
  const roomyRadio = picker.getByRole('radio', { name: roomy.name }).first();
  await roomyRadio.check();
  await page.keyboard.press('ArrowDown');
  await expect(roomyRadio).not.toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(roomyRadio).toBeChecked();
  await expect(roomyRadio).toBeFocused();
  await expect(page.getByText(`Valgt: ${roomy.name},`)).toBeVisible();
  await expect(page.getByText(/har ikke gyldig påkrevd opplæring/)).toHaveCount(0);
  await date(page, 'Startdato', '03.03.2027');
  await choose(page, 'Ble familiens ønske om koordinator fulgt?', 'Familien hadde ikke noe ønske');
  await scrollToBottom(page);
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText(`Barnekoordinator: ${roomy.name}`)).toBeVisible();
  await expectStartOfPage(page, /Ella Testbarn/);

  // The change form: at the top, short, the untrained one warned about before saving.
  await scrollToBottom(page);
  await page.getByRole('link', { name: 'Bytt koordinator' }).click();
  await expectStartOfPage(page, 'Bytt koordinator');
  await expect(picker.getByRole('radio').first()).toBeVisible();
  const changeHeight = await pageHeight(page);
  console.log(`change form height at 1366x768: ${changeHeight} px`);
  expect(changeHeight).toBeLessThan(2600);
  await page
    .getByRole('searchbox', { name: 'Søk etter navn, tjenestested eller stilling' })
    .fill(untrained.name);
  await picker.getByRole('radio', { name: untrained.name }).first().check();
  await expect(
    page.getByText(`${untrained.name} er koordinator i saken, men har ikke gyldig påkrevd opplæring.`),
  ).toBeVisible();
  await visit(page, '49-bytt-koordinator-kort');

  // At 200 % zoom on the same laptop the pairs fall into one column: nothing runs off sideways.
  await page.setViewportSize({ width: 683, height: 384 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
  const [end, reason] = [page.getByLabel('Sluttdato'), page.getByLabel('Årsak', { exact: true })];
  expect((await reason.boundingBox())!.y).toBeGreaterThan((await end.boundingBox())!.y);
  await saveScreen(page, '49b-bytt-koordinator-200-prosent');
});
