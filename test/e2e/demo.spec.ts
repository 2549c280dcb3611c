import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { createDemoRegister } from '@core/index';
import { appealStages } from '@shared/api/cases';
import { caseStatuses } from '@shared/domain/case';

import { expect, test, visit } from './fixtures';
import { logIn } from './helpers';

test('a demo register says DEMO on every screen and comes with a generated coordinator pool', async ({
  page,
  samordna,
}) => {
  const login = await createDemoRegister(samordna.dataDir, { kdf: { N: 2 ** 14, r: 8, p: 1 } });
  await page.goto(samordna.host.url);
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Logg inn – Demo kommune' })).toBeVisible();
  await logIn(page, login.username, login.password);
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await expect(page.getByText(/Viser 1–50 av \d+ saker \(registeret har 150\)/)).toBeVisible();
  await page.getByRole('link', { name: 'Koordinatorer', exact: true }).click();
  await expect(page.getByText(/Viser \d+ av 40 koordinatorer/)).toBeVisible();
  await page.getByLabel('Vis').selectOption({ label: 'Alle' });
  await expect(page.getByText('Viser 40 av 40 koordinatorer')).toBeVisible();
  await expect(page.getByRole('cell', { name: /@demo\.invalid$/ }).first()).toBeVisible();
  await visit(page, '15-demo-koordinatorer');
});

test('the demo has a few cases in every status and appeals at every stage, found with the filters of Saker', async ({
  page,
  samordna,
}) => {
  test.setTimeout(120_000);
  const login = await createDemoRegister(samordna.dataDir, { kdf: { N: 2 ** 14, r: 8, p: 1 } });
  await page.goto(samordna.host.url);
  await logIn(page, login.username, login.password);
  await page.getByRole('link', { name: 'Saker', exact: true }).click();
  const status = page.getByRole('combobox', { name: 'Status' });
  // The status options carry the number of cases in each once the list has loaded.
  await expect(status.locator('option[value="closed"]')).toHaveText(/\(\d+\)$/);
  for (const s of caseStatuses) {
    const text = (await status.locator(`option[value="${s}"]`).textContent()) ?? '';
    expect(Number(/\((\d+)\)$/.exec(text)?.[1] ?? 0), text).toBeGreaterThanOrEqual(2);
  }
  // Appeals under treatment, at Statsforvalteren and decided: two or more cases each (plural).
  await status.selectOption('all');
  await page.getByRole('button', { name: 'Flere filtre' }).click();
  for (const stage of appealStages) {
    await page.getByRole('combobox', { name: 'Klage' }).selectOption(stage);
    await expect(page).toHaveURL(new RegExp(`appeal=${stage}`));
    await expect(page.getByText(/^Viser 1–\d+ av \d+ saker \(registeret har 150\)\.$/)).toBeVisible();
  }
  await page.getByRole('combobox', { name: 'Klage' }).selectOption('atGovernor');
  await visit(page, '19-demo-klager-hos-statsforvalteren');
});

test('a register whose key file is damaged is named as such, never set up anew', async ({
  page,
  samordna,
}) => {
  writeFileSync(path.join(samordna.dataDir, 'samordna.db'), 'a register database');
  writeFileSync(path.join(samordna.dataDir, 'samordna.keys'), '{"format":"samordna-keys",');
  await page.goto(samordna.host.url);
  await expect(page.getByRole('heading', { name: 'Nøkkelfilen mangler' })).toBeVisible();
  await visit(page, '16-skadet-nokkelfil');
});
