import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SAVE_PDF_CHANNEL } from '../../shared/api/bridge';
import { channelNames } from '../../shared/api';
import {
  PDF_OPTIONS,
  pdfFileName,
  registerPdfSaving,
  savePdf,
  withPdfExtension,
  type PdfDeps,
  type PdfEvent,
} from '../../electron/main/print';
import { isTrustedSender } from '../../electron/main/security';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

/** Electron's dialog and the file system, recorded; the dialog answers with `choice`. */
function deps(choice: { canceled: boolean; filePath?: string }) {
  return {
    showSaveDialog: vi.fn<PdfDeps['showSaveDialog']>(async () => choice),
    writeFile: vi.fn<PdfDeps['writeFile']>(async () => undefined),
    documentsDir: () => '/home/kari/Dokumenter',
    log: vi.fn<PdfDeps['log']>(),
  } satisfies PdfDeps;
}

function eventFrom(url: string, parent: unknown = null) {
  return {
    senderFrame: { url, parent },
    sender: { printToPDF: vi.fn<PdfEvent['sender']['printToPDF']>(async () => PDF) },
  } satisfies PdfEvent;
}

const ourPage = () => eventFrom('app://samordna/#/print/sak/12');

describe('the suggested PDF name', () => {
  it('keeps a plain name and adds .pdf once', () => {
    expect(pdfFileName('Saksoversikt 2027-0001')).toBe('Saksoversikt 2027-0001.pdf');
    expect(pdfFileName('Løpende frister 01.03.2027.PDF')).toBe('Løpende frister 01.03.2027.pdf');
  });

  it('never carries a folder, a drive or characters Windows refuses', () => {
    for (const hostile of [
      '../../AppData/evil',
      'C:\\Windows\\system32\\x',
      '/etc/passwd',
      'a<b>c:"d|e?f*g',
    ]) {
      const name = pdfFileName(hostile);
      expect(name).not.toMatch(/[/\\<>:"|?*]/);
      expect(path.basename(name)).toBe(name);
      expect(name.endsWith('.pdf')).toBe(true);
    }
    expect(pdfFileName('../../AppData/evil')).toBe('AppData evil.pdf');
  });

  it('falls back to Samordna for nothing, a non-string, dots or a reserved device name', () => {
    for (const odd of ['', '   ', '...', 'CON', 'lpt1', 42, null, { toString: () => 'x' }]) {
      expect(pdfFileName(odd)).toBe('Samordna.pdf');
    }
  });

  it('is at most 100 characters before .pdf and ends in neither a dot nor a space', () => {
    const name = pdfFileName(`${'a'.repeat(99)}. ${'b'.repeat(50)}`);
    expect(name).toBe(`${'a'.repeat(99)}.pdf`);
  });

  it('is enforced on the path the user chose', () => {
    expect(withPdfExtension('/home/kari/saken')).toBe('/home/kari/saken.pdf');
    expect(withPdfExtension('/home/kari/saken.PDF')).toBe('/home/kari/saken.PDF');
    expect(withPdfExtension('/home/kari/saken.pdf.txt')).toBe('/home/kari/saken.pdf.txt.pdf');
  });
});

describe('saving the page as PDF', () => {
  it('prints the page as A4, tagged, with backgrounds, and writes it where the user chose', async () => {
    const event = ourPage();
    const d = deps({ canceled: false, filePath: '/home/kari/Dokumenter/Sak 12' });
    const outcome = await savePdf(event, 'Saksoversikt 2027-0001', d);
    expect(event.sender.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', generateTaggedPDF: true, printBackground: true }),
    );
    expect(PDF_OPTIONS.preferCSSPageSize).toBe(true);
    expect(d.showSaveDialog).toHaveBeenCalledWith(
      event.sender,
      expect.objectContaining({
        defaultPath: path.join('/home/kari/Dokumenter', 'Saksoversikt 2027-0001.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: expect.arrayContaining(['showOverwriteConfirmation']),
      }),
    );
    expect(d.writeFile).toHaveBeenCalledWith('/home/kari/Dokumenter/Sak 12.pdf', PDF);
    // The page learns the file's name, not the user's folders.
    expect(outcome).toEqual({ status: 'saved', fileName: 'Sak 12.pdf' });
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const d = deps({ canceled: true });
    expect(await savePdf(ourPage(), 'Saksoversikt', d)).toEqual({ status: 'cancelled' });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('reports a failure without its details and logs it in main', async () => {
    const d = deps({ canceled: false, filePath: '/mnt/full/sak.pdf' });
    d.writeFile.mockRejectedValueOnce(new Error('ENOSPC: no space left on /mnt/full'));
    const outcome = await savePdf(ourPage(), 'Saksoversikt', d);
    expect(outcome).toEqual({ status: 'failed' });
    expect(JSON.stringify(outcome)).not.toContain('/mnt/full');
    expect(d.log).toHaveBeenCalledOnce();
  });
});

describe('the IPC handler', () => {
  function register(d: PdfDeps) {
    const handlers = new Map<string, (event: PdfEvent, ...args: unknown[]) => Promise<unknown>>();
    registerPdfSaving({ handle: (channel, listener) => handlers.set(channel, listener) }, d, isTrustedSender);
    return handlers;
  }

  it('is one channel outside the contract', () => {
    const handlers = register(deps({ canceled: true }));
    expect([...handlers.keys()]).toEqual([SAVE_PDF_CHANNEL]);
    expect(channelNames).not.toContain(SAVE_PDF_CHANNEL);
  });

  it('answers our window and refuses an iframe or another page without printing or asking', async () => {
    const d = deps({ canceled: false, filePath: '/home/kari/x.pdf' });
    const handler = register(d).get(SAVE_PDF_CHANNEL)!;
    const iframe = eventFrom('app://samordna/', { url: 'app://samordna/' });
    const elsewhere = eventFrom('https://evil.example/');
    expect(await handler(iframe, 'x')).toEqual({ status: 'failed' });
    expect(await handler(elsewhere, 'x')).toEqual({ status: 'failed' });
    expect(iframe.sender.printToPDF).not.toHaveBeenCalled();
    expect(elsewhere.sender.printToPDF).not.toHaveBeenCalled();
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(await handler(ourPage(), 'x')).toEqual({ status: 'saved', fileName: 'x.pdf' });
  });
});
