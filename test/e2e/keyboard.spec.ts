import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { setUpRegister } from './helpers';

/** Presses Tab until the focused element matches, so the test walks the page as a keyboard user does. */
async function tabTo(page: Page, name: RegExp, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${el.getAttribute('aria-label') ?? ''} ${labelled ?? ''} ${el.textContent ?? ''}`.trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('the coordinator pool works by keyboard alone', async ({ page, samordna }) => {
  await setUpRegister(page, samordna.host.url);
  await page.goto(`${samordna.host.origin}/#/innstillinger/tjenestesteder`);
  await tabTo(page, /Navn på tjenestested/);
  await page.keyboard.type('PPT');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('cell', { name: 'PPT', exact: true })).toBeVisible();

  await tabTo(page, /^Koordinatorer$/);
  await page.keyboard.press('Enter');
  // The list has loaded before the walk starts: a page still rendering can move what has focus.
  await expect(page.getByText(/Viser \d+ av \d+ koordinatorer/)).toBeVisible();
  await tabTo(page, /Ny koordinator/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny koordinator' })).toBeVisible();
  await tabTo(page, /^Navn/);
  await page.keyboard.type('Øystein Øvingstad');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Tjenestested')).toHaveValue(/\d+/);
  await tabTo(page, /Telefon/);
  await page.keyboard.type('41234567');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('cell', { name: 'Øystein Øvingstad', exact: true })).toBeVisible();

  // Search, sort and open one, all from the keyboard.
  await tabTo(page, /Søk i koordinatorer/);
  await page.keyboard.type('øvingstad');
  await expect(page.getByText('Viser 1 av 1 koordinatorer')).toBeVisible();
  await tabTo(page, /^Navn$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Navn' })).toHaveAttribute('aria-sort', 'descending');
  await tabTo(page, /^Øystein Øvingstad$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Øystein Øvingstad' })).toBeVisible();
  await tabTo(page, /^Rediger$/);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Navn')).toHaveValue('Øystein Øvingstad');
});
