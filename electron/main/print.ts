import path from 'node:path';

import { z } from 'zod';

import { PDFA_CREATOR, toPdfA } from '@core/archive/pdfA';
import { SAVE_PDF_CHANNEL, type SavePdfOutcome, type SavePdfRequest } from '@shared/api/bridge';
import type { Result } from '@shared/api/errors';
import printNb from '@shared/i18n/print.nb.json';

import type { SenderFrame } from './security';

/**
 * "Lagre som PDF" in the desktop app: the window's current page (a print layout) is rendered as
 * the printer would see it, made an archive copy (PDF/A-2, electron/core/archive/pdfA.ts) and
 * saved where the user chooses. The page only suggests a file name and gives the title and
 * language for the file's metadata; the folder and the final name come from the save dialog, never
 * from page script. A PDF that cannot become PDF/A is not saved as plain PDF: the save fails.
 * "Skriv ut" needs nothing here: window.print() opens the system print dialog (never silent
 * printing, which is unreliable on Windows; DESIGN.md section 5).
 */

/** A4 as the @page rules of the layout say, tagged for screen readers, with its outline. */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  displayHeaderFooter: false,
} as const;

/** What the handler needs of the web contents that asked. */
export interface PdfSender {
  printToPDF(options: typeof PDF_OPTIONS): Promise<Uint8Array>;
}

export interface PdfEvent {
  readonly senderFrame: SenderFrame | null;
  readonly sender: PdfSender;
}

export interface SaveDialogChoice {
  canceled: boolean;
  filePath?: string;
}

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: { name: string; extensions: string[] }[];
  properties: ('createDirectory' | 'showOverwriteConfirmation')[];
}

/** Electron's dialog, the file system and the documents folder, passed in so tests need neither. */
export interface PdfDeps {
  showSaveDialog(sender: PdfSender, options: SaveDialogOptions): Promise<SaveDialogChoice>;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  documentsDir(): string;
  /** The municipality's name (core's session.status), the saved PDF's author; '' when unknown. */
  municipality(): Promise<string>;
  /** Failures are logged in main, never sent to the page. */
  log(error: unknown): void;
}

export interface IpcMainForPdf {
  handle(channel: string, listener: (event: PdfEvent, ...args: unknown[]) => Promise<unknown>): void;
}

const MAX_NAME = 100;
const FALLBACK_NAME = 'Samordna';

/** What the page may send: short strings and a known language; anything else is refused. */
const saveRequest = z
  .object({
    fileName: z.string().max(300),
    title: z.string().max(300),
    language: z.enum(['nb', 'nn', 'en']),
  })
  .strict();

/**
 * The page's request, checked (it comes from page script): an object as SavePdfRequest says, or
 * a bare suggested name as before (title from the name, bokmål). Null when it is neither.
 */
export function parseSaveRequest(raw: unknown): SavePdfRequest | null {
  if (typeof raw === 'string')
    return raw.length <= 300 ? { fileName: raw, title: raw, language: 'nb' } : null;
  const parsed = saveRequest.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The municipality's name from core's session.status; '' when core cannot tell. */
export async function municipalityFrom(core: {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
}): Promise<string> {
  const status = await core.dispatch('session.status', {});
  if (!status.ok) return '';
  const name = (status.data as { municipality?: unknown }).municipality;
  return typeof name === 'string' ? name : '';
}

/**
 * The suggested name as a plain file name: no folders, no characters Windows refuses, no
 * trailing dots or spaces, not a reserved device name, at most 100 characters, ending in .pdf.
 */
export function pdfFileName(suggested: unknown): string {
  let name = typeof suggested === 'string' ? suggested : '';
  name = name
    .normalize('NFC')
    .replace(/[\p{Cc}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.pdf$/i, '')
    .slice(0, MAX_NAME)
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '');
  if (name === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name)) name = FALLBACK_NAME;
  return `${name}.pdf`;
}

/** The path the user chose, with .pdf added when they typed a name without it. */
export function withPdfExtension(filePath: string): string {
  return /\.pdf$/i.test(filePath) ? filePath : `${filePath}.pdf`;
}

export function saveDialogOptions(fileName: string, documentsDir: string): SaveDialogOptions {
  return {
    title: printNb.print.savePdf,
    defaultPath: path.join(documentsDir, fileName),
    buttonLabel: printNb.print.saveButton,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * Renders the sender's page to PDF, makes it PDF/A, asks where to put it, writes it; one outcome,
 * no exception.
 */
export async function savePdf(event: PdfEvent, raw: unknown, deps: PdfDeps): Promise<SavePdfOutcome> {
  try {
    const request = parseSaveRequest(raw);
    if (!request) throw new Error('savePdf: the page sent a request that is not a SavePdfRequest');
    // Rendered and converted before the dialog: the file holds the page the user clicked on, and
    // a conversion that fails asks nothing.
    const printed = await event.sender.printToPDF(PDF_OPTIONS);
    const fileName = pdfFileName(request.fileName);
    const pdf = await toPdfA(printed, {
      title: request.title.trim() || fileName.replace(/\.pdf$/, ''),
      author: (await deps.municipality()).trim() || PDFA_CREATOR,
      language: request.language,
      created: new Date(),
    });
    const choice = await deps.showSaveDialog(event.sender, saveDialogOptions(fileName, deps.documentsDir()));
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    const target = withPdfExtension(choice.filePath);
    await deps.writeFile(target, pdf);
    return { status: 'saved', fileName: path.basename(target) };
  } catch (error) {
    deps.log(error);
    return { status: 'failed' };
  }
}

/** The one IPC handler for saving PDF, with the sender frame checked like every contract channel. */
export function registerPdfSaving(
  ipcMain: IpcMainForPdf,
  deps: PdfDeps,
  isTrusted: (frame: SenderFrame | null) => boolean,
): void {
  ipcMain.handle(SAVE_PDF_CHANNEL, async (event, request) => {
    if (!isTrusted(event.senderFrame)) return { status: 'failed' } satisfies SavePdfOutcome;
    return savePdf(event, request, deps);
  });
}
