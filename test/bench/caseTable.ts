/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createCore } from '../../electron/core';
import { startHost } from '../../electron/host/server';
import { printRows, stats, type Stats } from './measure';

const root = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(root, 'out/renderer');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The Saker table in Debian's Chromium, served with the real core through the host, on the
 * register `benchCases` generated: the first render of the list after login (empty query cache),
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
    const firstRender: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(host.url);
      await page.getByLabel('Brukernavn').fill(login.username);
      await page.getByLabel('Passord').fill(login.password);
      await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
      await page.getByRole('button', { name: 'Logg ut' }).waitFor();
      await page.evaluate(() => (window.location.hash = '#/innstillinger'));
      await page.getByRole('heading', { level: 1 }).waitFor();
      firstRender.push(await timeUntilRows(page));
      await page.getByRole('button', { name: 'Logg ut' }).click();
      await page.getByRole('button', { name: 'Logg inn', exact: true }).waitFor();
    }

    await page.getByLabel('Brukernavn').fill(login.username);
    await page.getByLabel('Passord').fill(login.password);
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await page.evaluate(() => (window.location.hash = '#/saker'));
    await page.locator('table tbody tr').first().waitFor();
    const keystroke: number[] = [];
    // Each word typed a letter at a time, then erased again: every keystroke changes the answer.
    for (const word of ['kari', 'demoli', 'ola', '0101', 'nordmann', 'sofie']) {
      for (let n = 1; n <= word.length; n++) keystroke.push(await timeKeystroke(page, word.slice(0, n)));
      for (let n = word.length - 1; n >= 0; n--) keystroke.push(await timeKeystroke(page, word.slice(0, n)));
    }
    const answered = keystroke.filter((t) => t >= 0);
    printRows('Case table in Chromium (20 000 cases, real core through the host; target < 100 ms)', [
      ['first render of Saker after login (5 logins)', stats(firstRender)],
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

/** From setting the address to `#/saker` until the first rows of the table are painted. */
function timeUntilRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const done = () => requestAnimationFrame(() => resolve(performance.now() - start));
        const observer = new MutationObserver(() => {
          if (document.querySelector('table tbody tr')) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        window.location.hash = '#/saker';
      }),
  );
}

/**
 * Types `value` into the search field the way a keystroke does, and waits for the table body or
 * the count to change; -1 when nothing changed within five seconds (the same answer as before, or too slow to count).
 */
function timeKeystroke(page: Page, value: string): Promise<number> {
  return page.evaluate(
    (value) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]');
        const main = document.querySelector('main');
        if (!input || !main) throw new Error('The search field of Saker was not found.');
        const answer = () =>
          `${main.querySelector('tbody')?.textContent ?? ''}|${main.querySelector('[data-testid="case-count"]')?.textContent ?? ''}`;
        const before = answer();
        const start = performance.now();
        const timeout = setTimeout(() => {
          observer.disconnect();
          resolve(-1);
        }, 5_000);
        const observer = new MutationObserver(() => {
          if (answer() === before) return;
          observer.disconnect();
          clearTimeout(timeout);
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(main, { childList: true, subtree: true, characterData: true });
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    value,
  );
}
