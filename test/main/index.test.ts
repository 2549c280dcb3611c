import { rmSync } from 'node:fs';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { channelNames } from '@shared/api';
import {
  CHOOSE_BACKUP_FILE_CHANNEL,
  CHOOSE_FOLDER_CHANNEL,
  CHOOSE_IMPORT_FILE_CHANNEL,
  DRAFTS_FLUSHED_CHANNEL,
  FLUSH_DRAFTS_CHANNEL,
  MAKE_ARCHIVE_COPY_CHANNEL,
  SAVE_PDF_CHANNEL,
} from '@shared/api/bridge';

// A stand-in for Electron that records what the entry point wires up, in order.
const fake = vi.hoisted(() => {
  const order: string[] = [];
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const windows: Array<{
    options: unknown;
    loadURL: ReturnType<typeof vi.fn>;
    on: ReturnType<typeof vi.fn>;
    close: ReturnType<typeof vi.fn>;
    webContents: { send: ReturnType<typeof vi.fn> };
  }> = [];
  const power = new Map<string, () => void>();
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    protocol: { handle: vi.fn() },
  };
  const core = {
    dispatch: vi.fn(async (..._args: unknown[]) => ({ ok: true, data: null })),
    close: vi.fn(),
    closeWhenIdle: vi.fn(async () => undefined),
  };
  return {
    order,
    power,
    appHandlers,
    windows,
    session,
    core,
    createCore: vi.fn(() => core),
    resolveReady: () => resolveReady(),
    electron: {
      app: {
        isPackaged: true,
        enableSandbox: vi.fn(() => order.push('enableSandbox')),
        requestSingleInstanceLock: vi.fn(() => true),
        quit: vi.fn(),
        // The error log and preferences go under it: a folder of this run's own, never a real profile.
        getPath: vi.fn(() => `${process.env.TMPDIR ?? '/tmp'}/samordna-index-test-${process.pid}`),
        getVersion: vi.fn(() => '0.1.0'),
        on: vi.fn((name: string, handler: (...args: unknown[]) => void) => appHandlers.set(name, handler)),
        whenReady: vi.fn(() => {
          order.push('whenReady');
          return ready;
        }),
      },
      BrowserWindow: vi.fn(function (this: object, options: unknown) {
        const win = {
          options,
          loadURL: vi.fn(async () => undefined),
          once: vi.fn(),
          on: vi.fn(),
          close: vi.fn(),
          webContents: { on: vi.fn(), isDestroyed: () => false, send: vi.fn() },
        };
        windows.push(win);
        return win;
      }),
      ipcMain: { handle: vi.fn(), removeAllListeners: vi.fn() },
      dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
      powerMonitor: { on: vi.fn((name: string, handler: () => void) => power.set(name, handler)) },
      screen: {
        getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
        getPrimaryDisplay: vi.fn(() => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } })),
      },
      Menu: {
        buildFromTemplate: vi.fn((template: unknown) => ({ template })),
        setApplicationMenu: vi.fn(),
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(() => order.push('registerScheme')) },
      session: { defaultSession: session },
      shell: { openExternal: vi.fn(async () => undefined) },
    },
  };
});
vi.mock('electron', () => fake.electron);
// electron-store would load the real 'electron' package; an in-memory store stands in.
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {};
    set(key: string, value: unknown) {
      this.store[key] = value;
    }
    delete(key: string) {
      delete this.store[key];
    }
  },
}));
vi.mock('@core/index', () => ({ createCore: fake.createCore }));

// Main installs process-wide error listeners; they are taken off again after this file.
const listenersBefore = new Set(process.listeners('uncaughtException'));
const rejectionListenersBefore = new Set(process.listeners('unhandledRejection'));
const consoleError = console.error;
await import('@main/index');
afterAll(() => {
  for (const listener of process.listeners('uncaughtException'))
    if (!listenersBefore.has(listener)) process.off('uncaughtException', listener);
  for (const listener of process.listeners('unhandledRejection'))
    if (!rejectionListenersBefore.has(listener)) process.off('unhandledRejection', listener);
  console.error = consoleError;
  rmSync(fake.electron.app.getPath(), { recursive: true, force: true });
});

describe('the Electron entry point', () => {
  it('takes the single-instance lock, sandboxes all renderers and registers app:// before ready', () => {
    expect(fake.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.order.slice(0, 3)).toEqual(['enableSandbox', 'registerScheme', 'whenReady']);
  });

  it('denies navigation, webviews and new windows in every web contents', () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.appHandlers.get('web-contents-created')!({}, contents);
    const events = contents.on.mock.calls.map(([name]) => name);
    expect(events).toEqual(
      expect.arrayContaining([
        'will-navigate',
        'will-frame-navigate',
        'will-redirect',
        'will-attach-webview',
      ]),
    );
    for (const [, handler] of contents.on.mock.calls) {
      const event = { preventDefault: vi.fn() };
      (handler as (e: typeof event) => void)(event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('on ready: denies permissions, serves app://, registers IPC and opens a hardened window', async () => {
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(fake.session.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    // The contract's channels, saving a page as PDF, the archive copy, the three choosers,
    // preferences, errors and the window's answer that its drafts are written.
    expect(fake.electron.ipcMain.handle).toHaveBeenCalledTimes(channelNames.length + 9);
    for (const channel of [
      DRAFTS_FLUSHED_CHANNEL,
      SAVE_PDF_CHANNEL,
      MAKE_ARCHIVE_COPY_CHANNEL,
      CHOOSE_BACKUP_FILE_CHANNEL,
      CHOOSE_FOLDER_CHANNEL,
      CHOOSE_IMPORT_FILE_CHANNEL,
    ]) {
      expect(fake.electron.ipcMain.handle).toHaveBeenCalledWith(channel, expect.any(Function));
    }
    expect(fake.createCore).toHaveBeenCalledWith({ dataDir: expect.stringMatching(/data$/) });
    const window = fake.windows[0]!;
    expect(window.options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true, devTools: false },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://samordna/');
    // electron-store's own listener (no sender check) is gone as soon as the store is made.
    expect(fake.electron.ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
    // Electron's default menu (with its help links to electronjs.org) is replaced.
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });

  it('locks the register when the screen locks or the PC sleeps, once the window has written its drafts', async () => {
    fake.core.dispatch.mockClear();
    const contents = fake.windows[0]!.webContents;
    const answer = () => {
      const [, id] = contents.send.mock.lastCall as [string, number];
      const handler = fake.electron.ipcMain.handle.mock.calls.find(
        ([channel]) => channel === DRAFTS_FLUSHED_CHANNEL,
      )![1] as (event: unknown, id: number) => Promise<unknown>;
      return handler({ senderFrame: { url: 'app://samordna/', parent: null } }, id);
    };
    fake.power.get('lock-screen')!();
    expect(contents.send).toHaveBeenCalledWith(FLUSH_DRAFTS_CHANNEL, expect.any(Number));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.core.dispatch).not.toHaveBeenCalled();
    await answer();
    await vi.waitFor(() => expect(fake.core.dispatch.mock.calls).toEqual([['session.lock', {}]]));
    fake.power.get('suspend')!();
    await answer();
    await vi.waitFor(() =>
      expect(fake.core.dispatch.mock.calls).toEqual([
        ['session.lock', {}],
        ['session.lock', {}],
      ]),
    );
  });

  it('holds the window’s close button until the window has written its drafts', async () => {
    const win = fake.windows[0]!;
    const contents = win.webContents;
    contents.send.mockClear();
    // The last 'close' listener is the hold (the first keeps where the window was left).
    const hold = win.on.mock.calls.filter(([name]) => name === 'close').at(-1)![1] as (event: {
      preventDefault(): void;
    }) => void;
    const event = { preventDefault: vi.fn() };
    hold(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.send).toHaveBeenCalledWith(FLUSH_DRAFTS_CHANNEL, expect.any(Number));
    expect(win.close).not.toHaveBeenCalled();
    const [, id] = contents.send.mock.lastCall as [string, number];
    const answered = fake.electron.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === DRAFTS_FLUSHED_CHANNEL,
    )![1] as (event: unknown, id: number) => Promise<unknown>;
    await answered({ senderFrame: { url: 'app://samordna/', parent: null } }, id);
    await vi.waitFor(() => expect(win.close).toHaveBeenCalledOnce());
    // The close that follows goes through.
    const again = { preventDefault: vi.fn() };
    hold(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('holds the quit until the register is closed in core’s turn, closes it once, then quits', async () => {
    const first = { preventDefault: vi.fn() };
    fake.appHandlers.get('before-quit')!(first);
    expect(first.preventDefault).toHaveBeenCalled();
    // The window is asked for its drafts first; it does not answer here, so the close waits for
    // the timeout.
    await vi.waitFor(() => expect(fake.core.closeWhenIdle).toHaveBeenCalledOnce(), { timeout: 3_000 });
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalled());
    const second = { preventDefault: vi.fn() };
    fake.appHandlers.get('before-quit')!(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(fake.core.closeWhenIdle).toHaveBeenCalledOnce();
    expect(fake.core.close).not.toHaveBeenCalled();
  });
});
