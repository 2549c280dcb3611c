import { expect, test, visit, saveScreen } from './fixtures';
import { setUpRegister } from './helpers';

// Wednesday 10 March 2027, 10:00 in Oslo. Core and the page share this clock.
const NOW = new Date('2027-03-10T09:00:00Z');
test.use({ now: NOW });

test('a date field is filled from its calendar by keyboard alone, in Chromium', async ({
  page,
  samordna,
}) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  await page.getByRole('link', { name: 'Saker', exact: true }).click();
  await page.getByRole('link', { name: 'Ny sak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny sak' })).toBeVisible();

  // The date typed the short way is shown as understood once the field is left by Tab, which
  // lands on the field's calendar button.
  const field = page.getByLabel('Mottatt dato', { exact: true });
  const button = page.getByRole('button', { name: 'Velg dato: Mottatt dato' });
  await field.focus();
  // The field starts with today; the user selects it and types over it.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('140926');
  await page.keyboard.press('Tab');
  await expect(field).toHaveValue('14.09.2026');
  await expect(button).toBeFocused();

  // Enter opens the calendar on that day, selected and focused; Monday first, week numbers shown.
  await page.keyboard.press('Enter');
  const calendar = page.getByRole('dialog', { name: 'Kalender: Mottatt dato' });
  await expect(calendar).toBeVisible();
  await expect(calendar.getByRole('grid', { name: 'september 2026' })).toBeVisible();
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'mandag 14. september 2026, valgt');
  await expect(calendar.locator('.rdp-weekday').first()).toHaveAttribute('aria-label', 'mandag');
  await expect(calendar.getByRole('row', { name: /^Uke 38 / })).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await visit(page, '80-dato-kalender');

  // Arrows move by day and week, PageDown by month, End to the week's Sunday; Enter picks.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'søndag 25. oktober 2026');
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(field).toHaveValue('25.10.2026');
  await expect(button).toBeFocused();

  // Opened again, Escape closes it without a change and gives the focus back to the button.
  await page.keyboard.press('Space');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'søndag 25. oktober 2026, valgt');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(field).toHaveValue('25.10.2026');
  await expect(button).toBeFocused();
  await saveScreen(page, '81-dato-valgt');
});

test('the log’s date filters have the same field and calendar', async ({ page, samordna }) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  await page.getByRole('link', { name: 'Logg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg', exact: true })).toBeVisible();

  const from = page.getByLabel('Fra dato', { exact: true });
  await from.focus();
  await page.keyboard.type('1.3');
  await page.keyboard.press('Tab');
  await expect(from).toHaveValue('01.03.2027');
  await page.keyboard.press('Enter');
  const calendar = page.getByRole('dialog', { name: 'Kalender: Fra dato' });
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'mandag 1. mars 2027, valgt');
  // Today is marked for the eye and for the screen reader.
  await expect(calendar.getByRole('button', { name: 'I dag, onsdag 10. mars 2027' })).toBeVisible();
  await visit(page, '82-logg-dato-kalender');
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
});
