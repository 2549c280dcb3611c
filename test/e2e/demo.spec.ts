import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDemoRegister } from '../../electron/core';
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
