import path from 'node:path';

import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import {
  municipalityFrom,
  parseSaveRequest,
  PDF_OPTIONS,
  pdfFileName,
  registerPdfSaving,
  savePdf,
  withPdfExtension,
  type PdfDeps,
  type PdfEvent,
} from '@main/print';
import { isTrustedSender } from '@main/security';
import { channelNames } from '@shared/api';
import { SAVE_PDF_CHANNEL } from '@shared/api/bridge';

/** A one-page PDF as printToPDF gives it (no fonts: a drawn box). */
let PDF: Uint8Array;
beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 100, height: 40 });
  PDF = await doc.save({ useObjectStreams: false });
});

const REQUEST = { fileName: 'Saksoversikt 2027-0001', title: 'Saksoversikt', language: 'nb' } as const;

/** Electron's dialog, the file system and core, recorded; the dialog answers with `choice`. */
function deps(choice: { canceled: boolean; filePath?: string }, municipality = 'Eksempel kommune') {
  return {
    showSaveDialog: vi.fn<PdfDeps['showSaveDialog']>(async () => choice),
    writeFile: vi.fn<PdfDeps['writeFile']>(async () => undefined),
    documentsDir: () => '/home/kari/Dokumenter',
    municipality: vi.fn<PdfDeps['municipality']>(async () => municipality),
    log: vi.fn<PdfDeps['log']>(),
  } satisfies PdfDeps;
}

/** The XMP packet of a written file (uncompressed, so it reads as text). */
function xmp(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('utf8');
  return text.slice(text.indexOf('<?xpacket begin'), text.indexOf('<?xpacket end'));
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
    const outcome = await savePdf(event, REQUEST, d);
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
    expect(d.writeFile).toHaveBeenCalledWith('/home/kari/Dokumenter/Sak 12.pdf', expect.any(Uint8Array));
    // The page learns the file's name, not the user's folders.
    expect(outcome).toEqual({ status: 'saved', fileName: 'Sak 12.pdf' });
  });

  it('writes a PDF/A-2 archive copy titled as the page, by the municipality, in the UI language', async () => {
    const d = deps({ canceled: false, filePath: '/home/kari/sak.pdf' });
    const before = Date.now();
    await savePdf(ourPage(), { ...REQUEST, title: 'Vedtak for Åse & Bø', language: 'nn' }, d);
    const written = d.writeFile.mock.calls[0]![1];
    const packet = xmp(written);
    expect(packet).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(packet).toContain('>Vedtak for Åse &amp; Bø</rdf:li>');
    expect(packet).toContain('<rdf:li>Eksempel kommune</rdf:li>');
    const doc = await PDFDocument.load(written, { updateMetadata: false });
    expect(doc.getLanguage()).toBe('nn-NO');
    expect(doc.getAuthor()).toBe('Eksempel kommune');
    const created = doc.getCreationDate()!.getTime();
    // Second precision in the file.
    expect(created).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(created).toBeLessThanOrEqual(Date.now());
  });

  it('names Samordna as author when core cannot tell the municipality', async () => {
    const d = deps({ canceled: false, filePath: '/home/kari/sak.pdf' }, '  ');
    await savePdf(ourPage(), REQUEST, d);
    expect(xmp(d.writeFile.mock.calls[0]![1])).toContain('<rdf:li>Samordna</rdf:li>');
  });

  it('still takes a bare suggested name, as the page sent before', async () => {
    const d = deps({ canceled: false, filePath: '/home/kari/sak.pdf' });
    expect(await savePdf(ourPage(), 'Saksoversikt 2027-0001', d)).toEqual({
      status: 'saved',
      fileName: 'sak.pdf',
    });
    expect(xmp(d.writeFile.mock.calls[0]![1])).toContain('>Saksoversikt 2027-0001</rdf:li>');
  });

  it('saves nothing, not even plain PDF, when the page cannot become PDF/A, and logs why', async () => {
    const event = ourPage();
    event.sender.printToPDF.mockResolvedValueOnce(new TextEncoder().encode('not a pdf'));
    const d = deps({ canceled: false, filePath: '/home/kari/sak.pdf' });
    expect(await savePdf(event, REQUEST, d)).toEqual({ status: 'failed' });
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(d.writeFile).not.toHaveBeenCalled();
    expect(d.log).toHaveBeenCalledWith(expect.objectContaining({ name: 'PdfAError' }));
  });

  it('refuses what the page sends when it is not a request, without printing', async () => {
    for (const hostile of [
      undefined,
      42,
      'x'.repeat(301),
      { ...REQUEST, language: 'de' },
      { ...REQUEST, title: 'x'.repeat(301) },
      { ...REQUEST, fileName: 7 },
      { ...REQUEST, path: 'C:\\Windows' },
    ]) {
      const event = ourPage();
      const d = deps({ canceled: false, filePath: '/home/kari/sak.pdf' });
      expect(await savePdf(event, hostile, d)).toEqual({ status: 'failed' });
      expect(event.sender.printToPDF).not.toHaveBeenCalled();
      expect(d.writeFile).not.toHaveBeenCalled();
      expect(d.log).toHaveBeenCalledOnce();
    }
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const d = deps({ canceled: true });
    expect(await savePdf(ourPage(), REQUEST, d)).toEqual({ status: 'cancelled' });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('reports a failure without its details and logs it in main', async () => {
    const d = deps({ canceled: false, filePath: '/mnt/full/sak.pdf' });
    d.writeFile.mockRejectedValueOnce(new Error('ENOSPC: no space left on /mnt/full'));
    const outcome = await savePdf(ourPage(), REQUEST, d);
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

describe('the save request and the municipality', () => {
  it('takes a request of short strings in a language the UI has', () => {
    expect(parseSaveRequest(REQUEST)).toEqual(REQUEST);
    expect(parseSaveRequest('Sak 12')).toEqual({ fileName: 'Sak 12', title: 'Sak 12', language: 'nb' });
    expect(parseSaveRequest({ ...REQUEST, language: 'sv' })).toBeNull();
    expect(parseSaveRequest({ fileName: 'x', title: 'y' })).toBeNull();
    expect(parseSaveRequest(null)).toBeNull();
  });

  it("reads the municipality from core's session status, '' when core refuses or has none", async () => {
    const core = (answer: unknown) => ({ dispatch: vi.fn(async () => answer as never) });
    const named = core({ ok: true, data: { municipality: 'Eksempel kommune' } });
    expect(await municipalityFrom(named)).toBe('Eksempel kommune');
    expect(named.dispatch).toHaveBeenCalledWith('session.status', {});
    expect(await municipalityFrom(core({ ok: true, data: { municipality: null } }))).toBe('');
    expect(await municipalityFrom(core({ ok: false, error: { code: 'INTERNAL', message: 'x' } }))).toBe('');
  });
});
