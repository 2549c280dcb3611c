import { makeArchivePackage, type ArchivePackageDeps } from '@core/archive/archivePackage';
import type { ArchiveCopyOutcome } from '@shared/api/archive';
import { MAKE_ARCHIVE_COPY_CHANNEL } from '@shared/api/bridge';
import archiveNb from '@shared/i18n/archive.nb.json';
import backupNb from '@shared/i18n/backup.nb.json';

import type { OpenDialogOptions } from './choosers';
import { PDF_OPTIONS } from './print';
import type { SenderFrame } from './security';

/**
 * "Lag arkivkopi" in the desktop app: the user chooses a folder in the system's dialog, then
 * each print layout of the package is loaded in a hidden window of its own (the main window's
 * hardened preferences and preload, never shown), printed to PDF as "Lagre som PDF" prints, and
 * the window destroyed; core's package maker does the rest. The page sends only the case id.
 */

/** A hidden window showing one route; what the renderer needs of Electron's BrowserWindow. */
export interface HiddenPage {
  load(url: string): Promise<void>;
  /** True once the print layout has its data, its fonts and its images (PRINT_READY_SCRIPT). */
  isReady(): Promise<boolean>;
  printToPDF(options: typeof PDF_OPTIONS): Promise<Uint8Array>;
  destroy(): void;
}

export interface PdfRendererOptions {
  open(): HiddenPage;
  /** The app's address of a route: `app://samordna/#/print/sak/12`. */
  urlOf(route: string): string;
  timeoutMs?: number;
  pollMs?: number;
  sleep?(ms: number): Promise<void>;
}

/** Only routes of the print layouts, so nothing else can be rendered behind the user's back. */
const PRINT_ROUTE = /^#\/print\/(sak|brev)\/\d+$/;

export class RenderTimeout extends Error {
  constructor(route: string) {
    super(`The print layout ${route} did not get ready in time`);
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** renderPdf for the package maker: one hidden window per document, always destroyed. */
export function createPdfRenderer(options: PdfRendererOptions): (route: string) => Promise<Uint8Array> {
  const { timeoutMs = 20_000, pollMs = 100, sleep = wait } = options;
  return async (route) => {
    if (!PRINT_ROUTE.test(route)) throw new Error(`Not a print route: ${route}`);
    const page = options.open();
    try {
      await page.load(options.urlOf(route));
      let waited = 0;
      while (!(await page.isReady())) {
        if (waited >= timeoutMs) throw new RenderTimeout(route);
        await sleep(pollMs);
        waited += pollMs;
      }
      return await page.printToPDF(PDF_OPTIONS);
    } finally {
      page.destroy();
    }
  };
}

export function archiveFolderDialogOptions(): OpenDialogOptions {
  return {
    title: archiveNb.archive.section.folder,
    buttonLabel: backupNb.backup.dialog.choose,
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  };
}

export interface ArchiveEvent {
  readonly senderFrame: SenderFrame | null;
  readonly sender: object;
}

export interface ArchiveDeps extends Omit<ArchivePackageDeps, 'language' | 'now'> {
  /** The folder dialog for the sender; null when cancelled. */
  chooseFolder(sender: object): Promise<string | null>;
  language(): ArchivePackageDeps['language'];
  now?(): Date;
}

export interface IpcMainForArchive {
  handle(channel: string, listener: (event: ArchiveEvent, ...args: unknown[]) => Promise<unknown>): void;
}

const FAILED: ArchiveCopyOutcome = { status: 'failed', reason: 'failed' };

/** One package at a time: a second click while one is made gets a failure, not a second run. */
export function createArchiveCopier(deps: ArchiveDeps) {
  let busy = false;
  return async (event: ArchiveEvent, caseId: unknown): Promise<ArchiveCopyOutcome> => {
    if (typeof caseId !== 'number' || !Number.isSafeInteger(caseId) || caseId <= 0 || busy) return FAILED;
    busy = true;
    try {
      const folder = await deps.chooseFolder(event.sender);
      if (folder === null) return { status: 'cancelled' };
      return await makeArchivePackage(caseId, folder, {
        ...deps,
        language: deps.language(),
        now: deps.now ?? (() => new Date()),
      });
    } catch (error) {
      deps.log?.(error);
      return FAILED;
    } finally {
      busy = false;
    }
  };
}

/** The IPC handler, with the sender frame checked like every contract channel. */
export function registerArchiveCopies(
  ipcMain: IpcMainForArchive,
  deps: ArchiveDeps,
  isTrusted: (frame: SenderFrame | null) => boolean,
): void {
  const copy = createArchiveCopier(deps);
  ipcMain.handle(MAKE_ARCHIVE_COPY_CHANNEL, async (event, caseId) =>
    isTrusted(event.senderFrame) ? copy(event, caseId) : FAILED,
  );
}
