import { existsSync } from 'node:fs';
import path from 'node:path';

import type { Browser } from 'playwright-core';

import { makeArchivePackage } from '@core/archive/archivePackage';
import type { Core } from '@core/index';
import { PRINT_READY_SCRIPT, type ArchiveCopyOutcome } from '@shared/api/archive';

/**
 * "Lag arkivkopi" in the demo and the end-to-end tests, where the browser has no folder dialog
 * and there is no Electron main: the folder is typed, and each print layout is opened in a
 * headless Debian Chromium (playwright-core, as the end-to-end tests use) at the host's own
 * address with its token, printed as Electron's printToPDF prints, and the package maker does
 * the rest. The host is never packaged, so neither is playwright-core.
 */

/** Playwright's page.pdf options for what Electron's printToPDF does with PDF_OPTIONS (electron/main/print.ts). */
export const CHROMIUM_PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  tagged: true,
  outline: true,
  displayHeaderFooter: false,
} as const;

/** What the window sends: the case, the folder typed, and the language it shows. */

export const HOST_ARCHIVE_CHANNEL = 'host.archiveCopy';

export interface HostArchiveOptions {
  core: Core;
  /** The host's origin and token, known once it listens. */
  address(): { origin: string; token: string };
  chromiumPath?: string;
  timeoutMs?: number;
  log?(error: unknown): void;
}

const LANGUAGES = ['nb', 'nn', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

function parseRequest(raw: unknown): { caseId: number; folder: string; language: Language } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { caseId, folder, language } = raw as Record<string, unknown>;
  if (typeof caseId !== 'number' || !Number.isSafeInteger(caseId) || caseId <= 0) return null;
  if (typeof folder !== 'string' || folder.length > 1000) return null;
  const lang = LANGUAGES.find((l) => l === language) ?? 'nb';
  return { caseId, folder: folder.trim(), language: lang };
}

const FAILED: ArchiveCopyOutcome = { status: 'failed', reason: 'failed' };

/**
 * A network share typed as a path: `\\server\share`, `//server/share`, and the device forms
 * (`\\?\UNC\…`) that are not a drive, as the desktop's data folder refuses them (dataDir.ts). The
 * package would be written over the network by the demo's process, where no one sees it go.
 */
export function isNetworkPath(folder: string): boolean {
  const forward = folder.replace(/\//g, '\\');
  return /^\\\\/.test(forward) && !/^\\\\[?.]\\[a-z]:\\/i.test(forward);
}

export function createHostArchiveCopier(options: HostArchiveOptions) {
  const executablePath = options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const timeout = options.timeoutMs ?? 20_000;
  let busy = false;
  return async (raw: unknown): Promise<ArchiveCopyOutcome> => {
    const request = parseRequest(raw);
    if (!request || busy) return FAILED;
    if (isNetworkPath(request.folder)) return { status: 'failed', reason: 'folderOnNetwork' };
    if (request.folder === '' || !path.isAbsolute(request.folder))
      return { status: 'failed', reason: 'folderMissing' };
    if (!existsSync(executablePath)) return { status: 'failed', reason: 'chromiumMissing' };
    busy = true;
    let browser: Browser | null = null;
    try {
      const { chromium } = await import('playwright-core');
      try {
        browser = await chromium.launch({
          executablePath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
        });
      } catch (error) {
        options.log?.(error);
        return { status: 'failed', reason: 'chromiumMissing' };
      }
      const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
      // The window's language, so the documents read as the screen did.
      await context.addInitScript(`localStorage.setItem('samordna.language', '${request.language}')`);
      const { origin, token } = options.address();
      const renderPdf = async (route: string) => {
        const page = await context.newPage();
        try {
          await page.goto(`${origin}/?token=${token}${route}`);
          // Polled with evaluate: waitForFunction compiles its predicate in the page, which the
          // app's CSP (no 'unsafe-eval') refuses.
          await page.locator('[data-print-ready="true"]').waitFor({ state: 'attached', timeout });
          const deadline = Date.now() + timeout;
          while ((await page.evaluate(PRINT_READY_SCRIPT)) !== true) {
            if (Date.now() > deadline) throw new Error(`The print layout ${route} did not get ready in time`);
            await page.waitForTimeout(100);
          }
          const pdf = await page.pdf(CHROMIUM_PDF_OPTIONS);
          return new Uint8Array(pdf);
        } finally {
          await page.close();
        }
      };
      return await makeArchivePackage(request.caseId, request.folder, {
        dispatch: (channel, input) => options.core.dispatch(channel, input),
        renderPdf,
        language: request.language,
        now: () => new Date(),
        log: options.log,
      });
    } catch (error) {
      options.log?.(error);
      return FAILED;
    } finally {
      busy = false;
      await browser?.close().catch(() => undefined);
    }
  };
}
