import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

import { createCore } from '@core/index';

import { startHost, type RunningHost } from '../../electron/host/server';

const root = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(root, 'out/renderer');
export const screenshotDir = path.join(root, 'test-results/screens');

export interface Samordna {
  host: RunningHost;
  dataDir: string;
}

interface Options {
  /** Lock after this many ms without activity, instead of the setting's minutes. */
  idleTimeoutMs: number | undefined;
  /** Core's clock stands still at this moment (set the page's clock to the same with page.clock). */
  now: Date | undefined;
  /**
   * Core accepts synthetic (Tenor) fødselsnumre, as a test register does; off, as in a
   * municipality's register, unless a spec's data uses them (`test.use({ allowSyntheticIds: true })`).
   */
  allowSyntheticIds: boolean;
}

/** Each test gets its own data folder, its own core and its own host: no shared state. */
export const test = base.extend<Options & { samordna: Samordna }>({
  idleTimeoutMs: [undefined, { option: true }],
  now: [undefined, { option: true }],
  allowSyntheticIds: [false, { option: true }],
  samordna: async ({ idleTimeoutMs, now, allowSyntheticIds }, use) => {
    if (!existsSync(path.join(rendererDir, 'index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build:renderer` before the end-to-end tests.');
    }
    const dataDir = mkdtempSync(path.join(tmpdir(), 'samordna-e2e-'));
    // Low scrypt cost keeps the tests quick; the default cost is tested in test/core.
    const core = createCore({
      dataDir,
      kdf: { N: 2 ** 14, r: 8, p: 1 },
      idleTimeoutMsOverride: idleTimeoutMs,
      allowSyntheticIds,
      ...(now ? { now: () => now } : {}),
    });
    const host = await startHost({ core, rendererDir });
    await use({ host, dataDir });
    await host.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** axe with WCAG 2.1 A and AA rules; any violation fails the test with a readable list. */
export async function expectAccessible(page: Page, screen: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const problems = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(problems, `axe violations on ${screen}`).toEqual([]);
}

/** Saves a screenshot of what the user sees as a test artefact. */
export async function saveScreen(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Checks and photographs a screen in one step. */
export async function visit(page: Page, name: string) {
  await expectAccessible(page, name);
  await saveScreen(page, name);
}
