import { nationalIdFor } from '@core/demo/syntheticIds';

import { expect, test, visit } from './fixtures';
import { core, setUpRegister } from './helpers';

// Friday 15 January 2027 in Oslo. A case closed 30 June 2025 is past a one-year retention.
test.use({ now: new Date('2027-01-15T09:00:00Z'), allowSyntheticIds: true });

const EMMA = 'Emma Utløpsdal';

test('an administrator anonymises an expired closed case in one confirmed step', async ({
  page,
  samordna,
}) => {
  await setUpRegister(page, samordna.host.url);
  const closed = await core<{ record: { id: number; caseNumber: string } }>(page, 'cases.create', {
    receivedDate: '2025-01-10',
    channel: 'paper',
    appliedBy: 'guardian',
    rightsRequested: ['koordinator'],
    needDescription: 'Trenger koordinator på skolen',
    person: { name: EMMA, nationalId: nationalIdFor('2012-04-03', { synthetic: true }) },
  });
  const { id, caseNumber } = closed.record;
  await core(page, 'cases.recordStep', {
    caseId: id,
    step: { kind: 'closing', date: '2025-06-30', reason: 'moved', note: 'Flyttet til Bodø' },
  });
  await core(page, 'cases.create', {
    receivedDate: '2026-11-02',
    channel: 'oral',
    appliedBy: 'person',
    rightsRequested: ['koordinator'],
    person: { name: 'Lise Åpensak', birthDate: '2008-02-02' },
  });

  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await page.getByRole('link', { name: 'Sletting' }).click();
  await expect(page.getByText('Ingen avsluttede saker er over fristen.')).toBeVisible();

  // Ten years by default: shorten to one, and the case closed 18 months ago is listed.
  const years = page.getByRole('textbox', { name: 'År etter avslutning' });
  await expect(years).toHaveValue('10');
  await years.fill('1');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Innstillingene for sletting er lagret.')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(caseNumber) });
  await expect(row).toContainText(EMMA);
  await expect(row).toContainText('30.06.2025');
  await expect(row).toContainText('30.06.2026');
  await expect(row).toContainText('Nei');
  await expect(page.getByRole('row', { name: /Lise Åpensak/ })).toHaveCount(0);
  await visit(page, 'retention-list');

  // Keyboard only: choose the case, type the number, confirm the missing archive copy, send.
  await page.getByRole('checkbox', { name: `Velg sak ${caseNumber}` }).focus();
  await page.keyboard.press('Space');
  const count = page.getByRole('textbox', { name: /Skriv antallet valgte saker \(1\)/ });
  await count.focus();
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Antallet stemmer ikke. Skriv 1 for å bekrefte.')).toBeVisible();
  await expect(row).toContainText(EMMA);

  await count.fill('');
  await count.focus();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /ikke har arkivkopi/ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'anonymisert' })).toHaveText(
    '1 sak er anonymisert.',
  );
  await expect(page.getByText('Ingen avsluttede saker er over fristen.')).toBeVisible();

  // The case page says so calmly; the name is gone from the case list.
  await page.evaluate((hash) => (window.location.hash = hash), `#/saker/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Anonymisert' })).toBeVisible();
  await expect(page.getByText(/Saken ble anonymisert 15\.01\.2027 etter slettefristen/)).toBeVisible();
  // Nothing can be added to it: no step, reopening, letter or coordinator, and it says why.
  await expect(page.getByText('Saken kan ikke endres eller gjenåpnes.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gjenåpne saken' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Skriv brev' })).toHaveCount(0);
  await visit(page, 'retention-anonymised-case');
  await page.evaluate((hash) => (window.location.hash = hash), `#/saker/${id}/gjenapning`);
  await expect(page.getByText('Saken kan ikke endres eller gjenåpnes.', { exact: false })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await page.evaluate(() => (window.location.hash = '#/saker'));
  await expect(page.getByText('Lise Åpensak')).toBeVisible();
  await expect(page.getByText(EMMA)).toHaveCount(0);
});
