import { describe, expect, it, vi } from 'vitest';

import {
  createArchiveCopier,
  createPdfRenderer,
  registerArchiveCopies,
  RenderTimeout,
  type ArchiveDeps,
  type ArchiveEvent,
  type HiddenPage,
} from '@main/archive';
import { PDF_OPTIONS } from '@main/print';
import { isTrustedSender } from '@main/security';
import { channelNames } from '@shared/api';
import { MAKE_ARCHIVE_COPY_CHANNEL } from '@shared/api/bridge';

/** A hidden window that gets ready after `readyAfter` polls; everything it is asked is recorded. */
function fakePage(readyAfter: number, pdf = new Uint8Array([1, 2, 3])) {
  let polls = 0;
  const page = {
    load: vi.fn<HiddenPage['load']>(async () => undefined),
    isReady: vi.fn<HiddenPage['isReady']>(async () => ++polls > readyAfter),
    printToPDF: vi.fn<HiddenPage['printToPDF']>(async () => pdf),
    destroy: vi.fn<HiddenPage['destroy']>(),
  } satisfies HiddenPage;
  return page;
}

const noSleep = async () => undefined;
const urlOf = (route: string) => `app://samordna/${route}`;

describe('rendering a print layout in a hidden window', () => {
  it('loads the route, waits for the ready marker, prints as "Lagre som PDF" does, then destroys the window', async () => {
    const page = fakePage(3);
    const render = createPdfRenderer({ open: () => page, urlOf, sleep: noSleep });
    expect(await render('#/print/sak/12')).toEqual(new Uint8Array([1, 2, 3]));
    expect(page.load).toHaveBeenCalledWith('app://samordna/#/print/sak/12');
    expect(page.isReady).toHaveBeenCalledTimes(4);
    expect(page.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(page.destroy).toHaveBeenCalledOnce();
  });

  it('gives up after the timeout with a clear failure, and still destroys the window', async () => {
    const page = fakePage(Infinity);
    const render = createPdfRenderer({
      open: () => page,
      urlOf,
      sleep: noSleep,
      timeoutMs: 1000,
      pollMs: 100,
    });
    await expect(render('#/print/brev/4')).rejects.toBeInstanceOf(RenderTimeout);
    expect(page.printToPDF).not.toHaveBeenCalled();
    expect(page.destroy).toHaveBeenCalledOnce();
  });

  it('renders print layouts only: any other address is refused before a window opens', async () => {
    const open = vi.fn(() => fakePage(0));
    const render = createPdfRenderer({ open, urlOf, sleep: noSleep });
    for (const route of [
      '#/saker/12',
      '#/print/sak/12?x=1',
      'https://example.com/#/print/sak/1',
      '#/print/sak/../1',
    ])
      await expect(render(route)).rejects.toThrow('Not a print route');
    expect(open).not.toHaveBeenCalled();
  });
});

function archiveDeps(folder: string | null) {
  return {
    dispatch: vi.fn<ArchiveDeps['dispatch']>(async () => ({
      ok: false as const,
      error: { code: 'NOT_FOUND' as const, message: 'Fant ikke saken.' },
    })),
    renderPdf: vi.fn<ArchiveDeps['renderPdf']>(),
    chooseFolder: vi.fn<ArchiveDeps['chooseFolder']>(async () => folder),
    language: () => 'nb' as const,
    log: vi.fn(),
  } satisfies ArchiveDeps;
}

const ourPage: ArchiveEvent = {
  senderFrame: { url: 'app://samordna/#/saker/12', parent: null },
  sender: { id: 1 },
};

describe('"Lag arkivkopi" in the desktop app', () => {
  it('asks for the folder, and does nothing more when the user cancels', async () => {
    const deps = archiveDeps(null);
    expect(await createArchiveCopier(deps)(ourPage, 12)).toEqual({ status: 'cancelled' });
    expect(deps.chooseFolder).toHaveBeenCalledWith(ourPage.sender);
    expect(deps.dispatch).not.toHaveBeenCalled();
  });

  it('hands the chosen folder and the case to the package maker', async () => {
    const deps = archiveDeps(process.cwd());
    const outcome = await createArchiveCopier(deps)(ourPage, 12);
    expect(deps.dispatch).toHaveBeenCalledWith('archive.contents', { caseId: 12 });
    expect(outcome).toEqual({ status: 'failed', reason: 'refused', message: 'Fant ikke saken.' });
  });

  it('refuses a case id that is not a positive whole number without opening a dialog', async () => {
    const deps = archiveDeps('/tmp');
    const copy = createArchiveCopier(deps);
    for (const id of ['12', -1, 0, 1.5, null, { valueOf: () => 12 }])
      expect(await copy(ourPage, id)).toEqual({ status: 'failed', reason: 'failed' });
    expect(deps.chooseFolder).not.toHaveBeenCalled();
  });

  it('makes one package at a time', async () => {
    let release: (folder: string | null) => void = () => undefined;
    const deps = archiveDeps(null);
    deps.chooseFolder.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));
    const copy = createArchiveCopier(deps);
    const first = copy(ourPage, 12);
    expect(await copy(ourPage, 12)).toEqual({ status: 'failed', reason: 'failed' });
    release(null);
    expect(await first).toEqual({ status: 'cancelled' });
  });

  it('answers a frame that is not our app:// top frame with a failure, before any dialog', async () => {
    const handlers = new Map<string, (event: ArchiveEvent, ...args: unknown[]) => Promise<unknown>>();
    const deps = archiveDeps('/tmp');
    registerArchiveCopies(
      { handle: (channel, listener) => handlers.set(channel, listener) },
      deps,
      isTrustedSender,
    );
    expect([...handlers.keys()]).toEqual([MAKE_ARCHIVE_COPY_CHANNEL]);
    expect(channelNames).not.toContain(MAKE_ARCHIVE_COPY_CHANNEL);
    const handler = handlers.get(MAKE_ARCHIVE_COPY_CHANNEL)!;
    for (const senderFrame of [
      null,
      { url: 'https://evil.example/', parent: null },
      { url: 'app://samordna/', parent: { url: 'app://samordna/' } },
    ])
      expect(await handler({ senderFrame, sender: {} }, 12)).toEqual({ status: 'failed', reason: 'failed' });
    expect(deps.chooseFolder).not.toHaveBeenCalled();
  });
});
