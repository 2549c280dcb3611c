import { existsSync } from 'node:fs';
import path from 'node:path';

import { chromium, type Page } from '@playwright/test';

import { createCore } from '@core/index';

import { startHost } from '../../electron/host/server';
import { printRows, stats, type Stats } from './measure';

const root = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(root, 'out/renderer');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The Saker table in Debian's Chromium, served with the real core through the host, on the
 * register `benchCases` generated: the first render of a view of the list not fetched before,
 * and how long a keystroke in the search field takes until the table shows the new answer.
 * Both are measured inside the page, from the event to the frame after the DOM changed.
 */
export async function benchCaseTable(dir: string, login: { username: string; password: string }) {
  if (!existsSync(path.join(rendererDir, 'index.html')) || !existsSync(chromiumPath)) {
    console.log(
      `\nCase table in Chromium: NOT MEASURED — needs ${existsSync(chromiumPath) ? 'out/renderer (npm run build:renderer)' : `Chromium at ${chromiumPath}`}.`,
    );
    return;
  }
  const core = createCore({ dataDir: dir });
  const host = await startHost({ core, rendererDir });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'nb-NO' });
    await page.goto(host.url);
    await page.getByLabel('Brukernavn').fill(login.username);
    await page.getByLabel('Passord').fill(login.password);
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    // Each view of the list not asked for before, so none comes from the query cache.
    const views = [
      ...['all', 'received', 'inProgress', 'decided', 'atGovernor', 'closed'].map((s) => `status=${s}`),
      ...['personName', 'caseNumber', 'status', 'officeDeadline'].map((s) => `status=all&sort=${s}`),
    ];
    const firstRender: number[] = [];
    for (const view of views) {
      await page.evaluate(`window.location.hash = '#/innstillinger'`);
      await page.getByRole('heading', { level: 1, name: 'Innstillinger' }).waitFor();
      firstRender.push(await timeUntilRows(page, `#/saker?${view}`));
    }
    await page.evaluate(`window.location.hash = '#/saker'`);
    await page.locator('table tbody tr').first().waitFor();
    const keystroke: number[] = [];
    // Each word typed a letter at a time, then erased again: every keystroke changes the answer.
    for (const word of ['kari', 'demoli', 'ola', '0101', 'nordmann', 'sofie']) {
      for (let n = 1; n <= word.length; n++) keystroke.push(await timeKeystroke(page, word.slice(0, n)));
      for (let n = word.length - 1; n >= 0; n--) keystroke.push(await timeKeystroke(page, word.slice(0, n)));
    }
    const answered = keystroke.filter((t) => t >= 0);
    printRows('Case table in Chromium (20 000 cases, real core through the host; target < 100 ms)', [
      [`first render of Saker, list not cached (${firstRender.length} views)`, stats(firstRender)],
      [`search keystroke until the table shows the answer (${answered.length} keys)`, stats(answered)],
    ] as const satisfies readonly (readonly [string, Stats])[]);
    const unchanged = keystroke.length - answered.length;
    if (unchanged > 0)
      console.log(`  (${unchanged} keystrokes showed no change within 5 s and are not counted)`);
  } finally {
    await browser.close();
    await host.close();
    core.close();
  }
}

// The measuring scripts run inside the page. They are plain JavaScript strings: tsx would add its
// own helpers to compiled functions, and those do not exist in the page.

/** From setting the address to a view of Saker until the first rows of its table are painted. */
const UNTIL_ROWS = `(hash) => new Promise((resolve) => {
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (!document.querySelector('table tbody tr')) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - start));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  window.location.hash = hash;
})`;

/**
 * Types the value into the search field the way a keystroke does, and waits for the table body
 * or the count to change; -1 when nothing changed within five seconds (the same answer as
 * before, or too slow to count).
 */
const KEYSTROKE = `(value) => new Promise((resolve) => {
  const input = document.querySelector('input[type="search"]');
  const main = document.querySelector('main');
  if (!input || !main) throw new Error('The search field of Saker was not found.');
  const answer = () => (main.querySelector('tbody')?.textContent ?? '') + '|' +
    (main.querySelector('[role="status"]')?.textContent ?? '');
  const before = answer();
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (answer() === before) return;
    observer.disconnect();
    clearTimeout(timeout);
    requestAnimationFrame(() => resolve(performance.now() - start));
  });
  const timeout = setTimeout(() => {
    observer.disconnect();
    resolve(-1);
  }, 5000);
  observer.observe(main, { childList: true, subtree: true, characterData: true });
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setValue.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

function timeUntilRows(page: Page, hash: string): Promise<number> {
  return page.evaluate(`(${UNTIL_ROWS})(${JSON.stringify(hash)})`) as Promise<number>;
}

function timeKeystroke(page: Page, value: string): Promise<number> {
  return page.evaluate(`(${KEYSTROKE})(${JSON.stringify(value)})`) as Promise<number>;
}
