import { beforeEach, describe, expect, it, vi } from 'vitest';

import { channelNames } from '@shared/api';
import {
  CHOOSE_BACKUP_FILE_CHANNEL,
  CHOOSE_FOLDER_CHANNEL,
  CHOOSE_IMPORT_FILE_CHANNEL,
  MAKE_ARCHIVE_COPY_CHANNEL,
  DRAFTS_FLUSHED_CHANNEL,
  FLUSH_DRAFTS_CHANNEL,
  PREFERENCES_CHANNEL,
  REPORT_ERROR_CHANNEL,
  SAVE_PDF_CHANNEL,
  SET_PREFERENCES_CHANNEL,
} from '@shared/api/bridge';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, data: 'from main' })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

const { createBridge } = await import('../../electron/preload/index');

describe('the preload bridge', () => {
  beforeEach(() => electron.ipcRenderer.invoke.mockClear());

  it('exposes one object, window.samordna, with kind, invoke, savePdf, the choosers, preferences, error reports and the drafts request', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(name).toBe('samordna');
    expect(Object.keys(bridge as object).sort()).toEqual([
      'chooseBackupFile',
      'chooseFolder',
      'chooseImportFile',
      'invoke',
      'kind',
      'makeArchiveCopy',
      'onFlushDrafts',
      'preferences',
      'reportError',
      'savePdf',
      'setPreferences',
    ]);
    expect((bridge as { kind: string }).kind).toBe('electron');
  });

  it('forwards a contract channel to main with its input', async () => {
    const channel = channelNames[0]!;
    const bridge = createBridge(electron.ipcRenderer);
    await expect(bridge.invoke(channel, {} as never)).resolves.toEqual({ ok: true, data: 'from main' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channel, {});
  });

  it('asks main to save the page as PDF with a suggested name, the title and the language only', async () => {
    const bridge = createBridge(electron.ipcRenderer);
    const request = { fileName: 'Saksoversikt 2027-0001', title: 'Saksoversikt', language: 'nn' } as const;
    await bridge.savePdf({ ...request, extra: { toString: () => 'x' } } as typeof request);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(SAVE_PDF_CHANNEL, request);
  });

  it('sends plain strings of bounded length for savePdf, whatever the page passed', async () => {
    const bridge = createBridge(electron.ipcRenderer);
    await bridge.savePdf({ fileName: 'x'.repeat(5000), title: 42, language: 'norsk' } as never);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(SAVE_PDF_CHANNEL, {
      fileName: 'x'.repeat(300),
      title: '',
      language: 'no',
    });
  });

  it('asks main for a backup file, a folder or a file to import, sending nothing of the page along', async () => {
    const bridge = createBridge(electron.ipcRenderer);
    await bridge.chooseBackupFile();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(CHOOSE_BACKUP_FILE_CHANNEL);
    await bridge.chooseFolder();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(CHOOSE_FOLDER_CHANNEL);
    await bridge.chooseImportFile();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(CHOOSE_IMPORT_FILE_CHANNEL);
  });

  it('asks main for an archive copy with the case id only, never a folder from the page', async () => {
    const bridge = createBridge(electron.ipcRenderer);
    await (bridge.makeArchiveCopy as (id: unknown, folder?: string) => Promise<unknown>)('12', 'C:\\Windows');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(MAKE_ARCHIVE_COPY_CHANNEL, 12);
  });

  it('reads and sets the language and last user name, sending only those two, as bounded strings', async () => {
    const bridge = createBridge(electron.ipcRenderer);
    await bridge.preferences();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(PREFERENCES_CHANNEL);
    await bridge.setPreferences({
      language: 'nn',
      lastUserName: { toString: () => 'kari' } as never,
      window: { x: 0 },
    } as never);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(SET_PREFERENCES_CHANNEL, {
      language: 'nn',
      lastUserName: '',
    });
    await bridge.setPreferences({ lastUserName: 'k'.repeat(500) });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(SET_PREFERENCES_CHANNEL, {
      lastUserName: 'k'.repeat(100),
    });
  });

  it('reports an error with its class and frame lines only: the message stays in the page', async () => {
    const bridge = createBridge(electron.ipcRenderer);
    const stack =
      'TypeError: Kari Nordmann 01017012345\nmore of the message\n    at f (app://samordna/a.js:1:2)';
    await bridge.reportError({ event: 'bogus' as never, kind: 'TypeError', stack });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(REPORT_ERROR_CHANNEL, {
      event: 'error',
      kind: 'TypeError',
      stack: '    at f (app://samordna/a.js:1:2)',
    });
    await bridge.reportError({ event: 'unhandledrejection', kind: 42 as never, stack: null as never });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(REPORT_ERROR_CHANNEL, {
      event: 'unhandledrejection',
      kind: '',
      stack: '',
    });
  });

  it('lets the page hear main ask for its drafts on that one channel, and answers with the number asked', async () => {
    electron.ipcRenderer.on.mockClear();
    electron.ipcRenderer.removeListener.mockClear();
    const bridge = createBridge(electron.ipcRenderer);
    let release: () => void = () => undefined;
    const flush = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const unsubscribe = bridge.onFlushDrafts(flush);
    expect(FLUSH_DRAFTS_CHANNEL).toBe('window:flushDrafts');
    expect(DRAFTS_FLUSHED_CHANNEL).toBe('window:draftsFlushed');
    expect(electron.ipcRenderer.on).toHaveBeenCalledOnce();
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(FLUSH_DRAFTS_CHANNEL, expect.any(Function));
    const listener = electron.ipcRenderer.on.mock.calls[0]![1] as (event: unknown, id: unknown) => void;
    // The page's callback gets nothing of the IPC event; the answer waits until it has written.
    listener({ sender: 'ipc internals' }, 7);
    expect(flush).toHaveBeenCalledWith();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    release();
    await vi.waitFor(() =>
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(DRAFTS_FLUSHED_CHANNEL, 7),
    );
    // A failing flush is still answered, so main is not kept waiting; a request without a number
    // is ignored.
    flush.mockRejectedValueOnce(new Error('disk full'));
    listener({}, 8);
    await vi.waitFor(() =>
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(DRAFTS_FLUSHED_CHANNEL, 8),
    );
    listener({}, 'ELECTRON_BROWSER_WINDOW_CLOSE');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(flush).toHaveBeenCalledTimes(2);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(2);
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(FLUSH_DRAFTS_CHANNEL, listener);
  });

  it('answers an unknown channel itself, without touching IPC', async () => {
    const bridge = createBridge(electron.ipcRenderer);
    for (const channel of ['ELECTRON_BROWSER_WINDOW_CLOSE', 'toString', '__proto__', '']) {
      await expect(bridge.invoke(channel as never, {} as never)).resolves.toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' },
      });
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
