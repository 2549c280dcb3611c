import path from 'node:path';
import printNb from '../../shared/i18n/print.nb.json';
import { SAVE_PDF_CHANNEL, type SavePdfOutcome } from '../../shared/api/bridge';
import type { SenderFrame } from './security';

/**
 * "Lagre som PDF" in the desktop app: the window's current page (a print layout) is rendered as
 * the printer would see it and saved where the user chooses. The page only suggests a file name;
 * the folder and the final name come from the save dialog, never from page script.
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
  /** Failures are logged in main, never sent to the page. */
  log(error: unknown): void;
}

export interface IpcMainForPdf {
  handle(channel: string, listener: (event: PdfEvent, ...args: unknown[]) => Promise<unknown>): void;
}

const MAX_NAME = 100;
const FALLBACK_NAME = 'Samordna';

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

/** Renders the sender's page to PDF, asks where to put it, writes it; one outcome, no exception. */
export async function savePdf(event: PdfEvent, suggested: unknown, deps: PdfDeps): Promise<SavePdfOutcome> {
  try {
    // Rendered before the dialog: the file holds the page the user clicked on.
    const pdf = await event.sender.printToPDF(PDF_OPTIONS);
    const choice = await deps.showSaveDialog(
      event.sender,
      saveDialogOptions(pdfFileName(suggested), deps.documentsDir()),
    );
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
  ipcMain.handle(SAVE_PDF_CHANNEL, async (event, suggested) => {
    if (!isTrusted(event.senderFrame)) return { status: 'failed' } satisfies SavePdfOutcome;
    return savePdf(event, suggested, deps);
  });
}
