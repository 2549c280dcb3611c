import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { createDemoRegister } from '@core/index';

import { expect, expectAccessible, screenshotDir, test } from './fixtures';
import { logIn } from './helpers';

/** What the user sees without scrolling, as a picture (saveScreen takes the whole page). */
async function saveFold(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/** A demo register of the size a municipality has, open on Saker. */
async function openDemoList(page: Page, dataDir: string, url: string) {
  const login = await createDemoRegister(dataDir, { kdf: { N: 2 ** 14, r: 8, p: 1 } });
  await page.goto(url);
  await logIn(page, login.username, login.password);
  await page.getByRole('link', { name: 'Saker', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saker' })).toBeVisible();
  await expect(page.getByText(/Viser 1–50 av \d+ saker/)).toBeVisible();
}

/** The list's rows as the eye sees them: where each row is, and how many lines its name takes. */
function measureRows(page: Page) {
  return page.getByTestId('case-table').evaluate((table) => {
    const nameColumn = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent === 'Navn');
    return [...table.querySelectorAll('tbody tr')].map((tr) => {
      const cell = tr.children[nameColumn] as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(cell);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const box = tr.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: box.height, lines, name: cell.textContent };
    });
  });
}

test('at 1366×768 Saker shows at least ten whole cases above the fold, with the deadlines, and at 1920 uses the width', async ({
  page,
  samordna,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemoList(page, samordna.dataDir, samordna.host.url);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  const rows = await measureRows(page);
  const inView = rows.filter((r) => r.top >= 0 && r.bottom <= 768);
  expect(inView.length, 'whole rows inside 1366×768 without scrolling').toBeGreaterThanOrEqual(10);
  // No name wraps: every row is one line high, as high as the lowest row.
  expect(rows.filter((r) => r.lines !== 1).map((r) => r.name)).toEqual([]);
  const lowest = Math.min(...rows.map((r) => r.height));
  expect(rows.filter((r) => r.height > lowest + 1).map((r) => r.name)).toEqual([]);

  // The deadline columns are on screen, not behind a sideways scroll.
  for (const name of ['Neste frist', 'Klagefrist']) {
    const box = (await page.getByRole('columnheader', { name }).boundingBox())!;
    expect(box.x + box.width, `${name} inside the window`).toBeLessThanOrEqual(1366);
  }
  const overflow = await page.locator('.table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow, 'no sideways scroll in the table').toBeLessThanOrEqual(0);
  await saveFold(page, '25-saker-1366');
  await expectAccessible(page, 'Saker at 1366×768');

  await page.setViewportSize({ width: 1920, height: 1080 });
  const width = (await page.getByTestId('case-table').boundingBox())!.width;
  expect(width, 'the table uses the width of a 1920 screen').toBeGreaterThan(0.8 * 1920);
  await saveFold(page, '26-saker-1920');
  await expectAccessible(page, 'Saker at 1920×1080');

  // The column chooser opens over the list, and its choice is kept on this PC.
  await page.getByText('Kolonner', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Fødselsnummer' }).check();
  await expect(page.getByRole('columnheader', { name: 'Fødselsnummer' })).toBeVisible();
  await saveFold(page, '28-saker-kolonner');
  await expectAccessible(page, 'Saker with the column chooser open');
  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Fødselsnummer' })).toBeVisible();
});

test('Saker finds the refused koordinator decisions without opening a case, and keeps the filter on the way back', async ({
  page,
  samordna,
}) => {
  test.setTimeout(180_000);
  await openDemoList(page, samordna.dataDir, samordna.host.url);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('all');
  await page.getByRole('button', { name: 'Flere filtre' }).click();
  await page.getByRole('combobox', { name: 'Vedtak om' }).selectOption({ label: 'Koordinator' });
  await page.getByRole('combobox', { name: 'Utfall av vedtaket' }).selectOption({ label: 'Avslått' });
  await expect(page).toHaveURL(/#\/saker\?status=all&outcome=refused&outcomeRight=koordinator$/);
  await expect(page.getByRole('button', { name: 'Flere filtre (2 i bruk)' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Vedtak' })).toBeVisible();
  await expect(page.getByText(/^Viser (1 sak|1–\d+ av \d+ saker) \(registeret har 150\)\.$/)).toBeVisible();

  // Every row found has a koordinator decision in force that refused.
  const decisions = await page.getByTestId('case-table').evaluate((table) => {
    const index = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent === 'Vedtak');
    return [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[index]!.textContent ?? '');
  });
  expect(decisions.length).toBeGreaterThan(0);
  for (const cell of decisions) expect(cell).toContain('Koordinator: Avslått');
  await saveFold(page, '27-saker-avslag-koordinator');
  await expectAccessible(page, 'Saker filtered to refused koordinator decisions');

  // Into the first case and back with the browser: the same filter, the same rows.
  const first = page.getByTestId('case-table').getByRole('row').nth(1).getByRole('link');
  const caseNumber = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('definition').filter({ hasText: caseNumber })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tilbake til sakslisten' })).toHaveAttribute(
    'href',
    '#/saker?status=all&outcome=refused&outcomeRight=koordinator',
  );
  await page.goBack();
  await expect(page).toHaveURL(/outcome=refused&outcomeRight=koordinator/);
  await expect(page.getByRole('combobox', { name: 'Utfall av vedtaket' })).toHaveValue('refused');
  await expect(page.getByTestId('case-table').getByRole('link', { name: caseNumber })).toBeVisible();
});
