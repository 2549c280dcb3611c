import { createDemoRegister } from '@core/index';

import { expect, test, visit } from './fixtures';
import { logIn } from './helpers';

// 1366 x 768 at 200 % zoom leaves a 683 x 384 CSS-pixel window.
test.use({ viewport: { width: 683, height: 384 } });

test('at 200 % zoom on a laptop the page reflows: no sideways scrolling except inside the table', async ({
  page,
  samordna,
}) => {
  const login = await createDemoRegister(samordna.dataDir, { kdf: { N: 2 ** 14, r: 8, p: 1 } });
  await page.goto(samordna.host.url);
  await logIn(page, login.username, login.password);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await expect(page.getByRole('heading', { level: 1, name: 'Saker' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await visit(page, '17-saker-200-prosent');
  await page.getByRole('link', { name: 'Koordinatorer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Koordinatorer' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await visit(page, '18-koordinatorer-200-prosent');
});
