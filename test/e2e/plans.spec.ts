import type { Page } from '@playwright/test';

import { expect, test, visit } from './fixtures';
import { addServiceUnit, setUpRegister } from './helpers';

// Wednesday 10 March 2027, 10:00 in Oslo. Core and the page share this clock.
const NOW = new Date('2027-03-10T09:00:00Z');
test.use({ now: NOW });

/** Fills a dd.mm.åååå date field. */
async function date(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

/** Picks a radio button inside the group with this legend. */
async function choose(page: Page, legend: string, option: string) {
  await page.getByRole('group', { name: legend }).getByRole('radio', { name: option, exact: true }).check();
}

/** A link of the main menu (the settings menu has its own "Individuelle planer"). */
async function menu(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true }).click();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
}

/** Back on the plan page after a form. */
async function onPlanPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Individuell plan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Mål og tiltak' })).toBeVisible();
}

async function addGoal(page: Page, text: string, area: string) {
  await page.getByRole('link', { name: 'Legg til mål' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt mål' })).toBeVisible();
  await page.getByLabel('Mål', { exact: true }).fill(text);
  await page.getByLabel('Livsområde').selectOption({ label: area });
  await choose(page, 'Status', 'Pågår');
  await save(page);
  await onPlanPage(page);
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^${text}`) })).toBeVisible();
}

async function addMeasure(page: Page, goal: string, text: string, due: string) {
  await page.getByRole('link', { name: `Legg til tiltak målet «${goal}»` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt tiltak' })).toBeVisible();
  await page.getByLabel('Tiltak', { exact: true }).fill(text);
  await page.getByLabel('Ansvarlig tjeneste').selectOption({ label: 'PPT' });
  await date(page, 'Frist', due);
  await choose(page, 'Status', 'Pågår');
  await save(page);
  await onPlanPage(page);
  await expect(page.getByText(text, { exact: true })).toBeVisible();
}

test('an individual plan is started on a granted case, with goals, measures and a meeting, and its progress shows in the list', async ({
  page,
  samordna,
}) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);

  // A service unit, for the measures' responsible service.
  await addServiceUnit(page, 'PPT');

  // Individuelle planer: nothing yet.
  await menu(page, 'Individuelle planer');
  await expect(page.getByRole('heading', { level: 1, name: 'Individuelle planer' })).toBeVisible();
  await expect(page.getByText(/Ingen individuelle planer er registrert ennå/)).toBeVisible();
  await visit(page, '50-planer-tom');

  // A case asking for an individual plan, assessed on 22 February and granted on the 26th.
  await menu(page, 'Saker');
  await page.getByRole('link', { name: 'Ny sak' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Sofie Testbarn');
  await date(page, 'Fødselsdato', '12.04.2019');
  await date(page, 'Mottatt dato', '01.02.2027');
  await page.getByLabel('Hvem søker').selectOption({ label: 'Foreldre eller foresatte' });
  await page.getByRole('checkbox', { name: 'Individuell plan' }).check();
  await page.getByRole('button', { name: 'Registrer saken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Sofie Testbarn/ })).toBeVisible();
  const planSection = page.locator('section', {
    has: page.getByRole('heading', { level: 2, name: 'Individuell plan' }),
  });
  await expect(
    planSection.getByText(/kan registreres når retten til individuell plan er innvilget/),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Vilkårsvurdering', exact: true }).click();
  await date(page, 'Dato for vurderingen', '22.02.2027');
  for (const met of await page.getByRole('radio', { name: 'Oppfylt', exact: true }).all()) await met.check();
  await save(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Neste steg' })).toBeVisible();
  await page.getByRole('link', { name: 'Vedtak', exact: true }).click();
  await choose(page, 'Resultat', 'Innvilget');
  await date(page, 'Vedtaksdato', '26.02.2027');
  await date(page, 'Familien fikk vedtaket', '01.03.2027');
  await save(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Neste steg' })).toBeVisible();

  // The case page offers to start the plan.
  await expect(planSection.getByText(/innvilget, men planen er ikke registrert ennå/)).toBeVisible();
  await visit(page, '51-sak-ip-innvilget');
  await planSection.getByRole('link', { name: 'Start individuell plan' }).click();

  // The plan: wanted, kept in SamPro, from 1 March for a year, revised 1 September.
  await expect(page.getByRole('heading', { level: 1, name: 'Start individuell plan' })).toBeVisible();
  await choose(page, 'Ønsker familien individuell plan?', 'Ja');
  await page.getByLabel('Hvor planen skrives').selectOption({ label: 'SamPro' });
  await page.getByLabel('Referanse til planen').fill('SamPro 2027/118');
  await date(page, 'Planperioden starter', '01.03.2027');
  await date(page, 'Planperioden slutter', '29.02.2028');
  await date(page, 'Neste revisjon', '01.09.2027');
  await visit(page, '52-start-plan');
  await save(page);
  await onPlanPage(page);

  // Two goals, a measure under each.
  await addGoal(page, 'Sofie går på skolen med assistent', 'Barnehage og skole');
  await addGoal(page, 'Sofie svømmer med klassen', 'Fritid');
  await addMeasure(
    page,
    'Sofie går på skolen med assistent',
    'Assistent i klassen fire timer i uka',
    '01.08.2027',
  );
  await addMeasure(page, 'Sofie svømmer med klassen', 'Tilpasset svømmeopplæring', '01.06.2027');
  await visit(page, '53-plan-mal');

  // The start meeting on 5 March, the next one set for June.
  await page.getByRole('link', { name: 'Registrer møte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer møte' })).toBeVisible();
  await date(page, 'Dato for møtet', '05.03.2027');
  await choose(page, 'Møtetype', 'Oppstartsmøte');
  await page.getByLabel('Andre til stede').fill('Mor, kontaktlærer');
  await date(page, 'Neste møte', '10.06.2027');
  await visit(page, '54-plan-mote');
  await save(page);
  await onPlanPage(page);
  await expect(page.getByRole('heading', { name: /Oppstartsmøte 05\.03\.2027/ })).toBeVisible();

  // The first goal is reached on 8 March.
  await page.getByRole('link', { name: 'Endre målet «Sofie går på skolen med assistent»' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Endre mål' })).toBeVisible();
  await choose(page, 'Status', 'Nådd');
  await date(page, 'Dato målet ble nådd', '08.03.2027');
  await save(page);
  await onPlanPage(page);

  // Progress and the next revision on the plan page.
  const fact = (label: string) =>
    page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  await expect(fact('Fremdrift')).toContainText('1 av 2 mål nådd (50 %)');
  await expect(fact('Neste revisjon')).toContainText('01.09.2027');
  await visit(page, '55-plan');

  // And in the list of plans.
  await menu(page, 'Individuelle planer');
  const row = page.getByTestId('plan-table').getByRole('row').filter({ hasText: 'Sofie Testbarn' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('1/2 mål (50 %)');
  await expect(row).toContainText('01.09.2027');
  await expect(row).toContainText('Aktiv');
  await visit(page, '56-planer');

  // The case page sums the plan up and leads to it.
  await row.getByRole('link').first().click();
  await onPlanPage(page);
  await page.getByRole('link', { name: 'Tilbake til saken' }).click();
  await expect(planSection.getByText('1 av 2 mål nådd (50 %) · 0 av 2 tiltak gjennomført')).toBeVisible();
  await expect(planSection.getByRole('link', { name: 'Åpne planen' })).toBeVisible();
  await visit(page, '57-sak-med-plan');
});
