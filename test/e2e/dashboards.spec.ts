import type { Locator, Page } from '@playwright/test';

import { createDemoRegister } from '@core/index';

import { expect, test, visit, type Samordna } from './fixtures';
import { logIn, logOut } from './helpers';

// Wednesday 10 March 2027, 10:00 in Oslo. Core, the generated register and the page share this clock.
const NOW = new Date('2027-03-10T09:00:00Z');
test.use({ now: NOW });

const LEDER = { username: 'lise.leder', password: 'bare tall og ingen navn' };

/** A generated register (cases at every step, coordinators, training, changes, plans) and its admin. */
async function openRegister(page: Page, samordna: Samordna) {
  const login = await createDemoRegister(samordna.dataDir, {
    kdf: { N: 2 ** 14, r: 8, p: 1 },
    now: () => NOW,
    cases: 90,
    coordinators: 16,
  });
  await page.clock.setFixedTime(NOW);
  await page.goto(samordna.host.url);
  await logIn(page, login.username, login.password);
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
}

/** A leder colleague, made through core as the logged-in administrator. */
async function addLeder(page: Page, samordna: Samordna) {
  const response = await page.request.post(`${samordna.host.origin}/api/users.create`, {
    headers: { authorization: `Bearer ${samordna.host.token}` },
    data: { username: LEDER.username, displayName: 'Lise Leder', role: 'leder', password: LEDER.password },
  });
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
}

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });
const dashboardTabs = (page: Page) => page.getByRole('navigation', { name: 'Oversikter' });

async function openDashboard(page: Page, title: string) {
  await dashboardTabs(page).getByRole('link', { name: title, exact: true }).click();
  await expect(dashboardTabs(page).getByRole('link', { name: title, exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(page.getByTestId('figures-line')).not.toBeEmpty();
}

interface FigureLink {
  link: Locator;
  value: number;
  /** The link's accessible name: "12: Fristen er passert". */
  name: string;
}

/** The count links of the dashboard's tables, biggest figure first. */
async function figureLinks(page: Page): Promise<FigureLink[]> {
  const links = page.locator('.figure-table').getByRole('link');
  const found = [];
  for (let i = 0; i < (await links.count()); i++) {
    const link = links.nth(i);
    const name = (await link.getAttribute('aria-label')) ?? '';
    found.push({ link, name, value: Number((await link.textContent())?.replace(/\D/g, '')) });
  }
  return found.sort((a, b) => b.value - a.value);
}

/** Follows a figure to its list and checks the list holds exactly that many rows. */
async function followFigure(page: Page, pick: FigureLink) {
  const label = pick.name.replace(/^[\d\s]+:\s*/, '');
  await pick.link.click();
  await expect(page.getByTestId('figure-heading')).toHaveText(`${label}: ${pick.value}`);
  if (pick.value === 0) await expect(page.getByText(/hører til dette tallet nå/)).toBeVisible();
  else await expect(page.getByTestId('figure-rows').locator('tbody tr')).toHaveCount(pick.value);
}

test('each dashboard’s figures lead to lists of exactly that many cases or coordinators; a leder sees counts only', async ({
  page,
  samordna,
}) => {
  // Five dashboards, their lists and axe on each: longer than one screen's test on a shared machine.
  test.setTimeout(300_000);
  await openRegister(page, samordna);
  // Case workers start on Saker; Oversikt is one click away.
  await expect(page.getByRole('heading', { level: 1, name: 'Saker' })).toBeVisible();
  await mainMenu(page).getByRole('link', { name: 'Oversikt', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  await expect(dashboardTabs(page).getByRole('link', { name: 'Frister' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  const dashboards = [
    ['Frister', '80-oversikt-frister'],
    ['Opplæringsstatus', '81-oversikt-opplaering'],
    ['Saksfordeling', '82-oversikt-saksfordeling'],
    ['Koordinatorbytter', '83-oversikt-koordinatorbytter'],
    ['IP-fremdrift', '84-oversikt-ip-fremdrift'],
  ] as const;
  let emptyChecked = false;
  for (const [title, screen] of dashboards) {
    await openDashboard(page, title);
    await visit(page, screen);
    const figures = await figureLinks(page);
    expect(figures.length, `${title} has figures`).toBeGreaterThan(0);
    // The biggest figure, and once an empty one: each must agree with its list.
    const empty: FigureLink | undefined = emptyChecked ? undefined : figures.find((f) => f.value === 0);
    for (const pick of [figures[0]!, ...(empty ? [empty] : [])]) {
      await openDashboard(page, title);
      const again = (await figureLinks(page)).find((f) => f.name === pick.name)!;
      await followFigure(page, again);
      await visit(page, `${screen}-liste${pick.value === 0 ? '-tom' : ''}`);
      await page.getByRole('link', { name: `Tilbake til ${title}` }).click();
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    }
    emptyChecked ||= empty !== undefined;
  }

  // Koordinatorbytter last year: the period goes into the address, into the list and back.
  await openDashboard(page, 'Koordinatorbytter');
  await page.getByLabel('Vis tall for').selectOption({ label: 'I fjor' });
  await expect(page.getByTestId('figures-line')).toHaveText(
    'Tallene gjelder perioden 01.01.2026–31.12.2026.',
  );
  expect(page.url()).toContain('?fra=2026-01-01&til=2026-12-31');
  const lastYear = (await figureLinks(page))[0]!;
  await followFigure(page, lastYear);
  expect(page.url()).toContain('?fra=2026-01-01&til=2026-12-31');
  await expect(page.getByText('Tallene gjelder perioden 01.01.2026–31.12.2026.')).toBeVisible();
  await page.getByRole('link', { name: 'Tilbake til Koordinatorbytter' }).click();
  await expect(page.getByLabel('Vis tall for')).toHaveValue('lastYear');

  // A period of one's own, typed wrong: said beside the field, nothing changes.
  await page.getByLabel('Vis tall for').selectOption({ label: 'Egen periode' });
  await page.getByLabel('Fra dato').fill('01.07.2026');
  await page.getByLabel('Til dato').fill('30.06.2026');
  await page.getByRole('button', { name: 'Vis perioden' }).click();
  await expect(page.getByText('Perioden må slutte samme dag eller etter at den begynner.')).toBeVisible();
  await visit(page, '85-oversikt-egen-periode-feil');
  expect(page.url()).toContain('?fra=2026-01-01&til=2026-12-31');

  // From a list into a case and back: the list is still there.
  await openDashboard(page, 'Frister');
  const busiest = (await figureLinks(page))[0]!;
  await followFigure(page, busiest);
  if (busiest.value > 0) {
    const listAddress = page.url();
    await page.getByTestId('figure-rows').locator('tbody tr').first().getByRole('link').first().click();
    await expect(page).toHaveURL(/#\/saker\/\d+$/);
    await page.goBack();
    await expect(page).toHaveURL(listAddress);
    await expect(page.getByTestId('figure-rows').locator('tbody tr')).toHaveCount(busiest.value);
  }

  // A leder lands on Oversikt and sees the same figures, with no way to the names behind them.
  await addLeder(page, samordna);
  await logOut(page);
  await logIn(page, LEDER.username, LEDER.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  await expect(page.getByTestId('counts-only')).toBeVisible();
  for (const [title, screen] of dashboards) {
    await openDashboard(page, title);
    await expect(page.locator('.figure-table').first()).toBeVisible();
    await expect(page.getByRole('main').locator('.dashboard-figures').getByRole('link')).toHaveCount(0);
    if (title === 'Frister') await visit(page, `${screen}-leder`);
  }
  // The address of a list leads to the dashboard, not to names.
  await page.goto(`${samordna.host.origin}/#/oversikt/frister/interimReplies/overdue`);
  await expect(page.getByText(/Listene bak tallene viser navn/)).toBeVisible();
  await expect(page.getByTestId('figure-rows')).toHaveCount(0);
});
