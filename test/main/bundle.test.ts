import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { RendererErrorReport, SamordnaBridge } from '@shared/api/bridge';

/**
 * The desktop shell as built: out/main/index.cjs and out/preload/index.cjs, made by electron-vite
 * with the project's own config, loaded in plain Node with a recording stand-in for the
 * `electron` module. This is what catches a dependency the bundle lost (electron-store is
 * ESM-only and must come out as CommonJS), a wrong path between main, preload and renderer, or
 * wiring that the unit tests of the pieces cannot see. The real core runs over a temporary data
 * folder. The build goes to a folder of its own (under node_modules/.cache, so the native
 * database module resolves as it does from out/), never over the out/ that others use.
 */

const repo = path.resolve(import.meta.dirname, '../..');
const nodeRequire = createRequire(import.meta.url);

let root: string;
let buildMs = 0;

beforeAll(() => {
  const cache = path.join(repo, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  root = mkdtempSync(path.join(cache, 'samordna-bundle-'));
  const started = performance.now();
  // A failing build throws here with electron-vite's output: the test fails, it is never skipped.
  execFileSync(
    process.execPath,
    [
      path.join(repo, 'node_modules/electron-vite/bin/electron-vite.js'),
      'build',
      '--outDir',
      root,
      '--logLevel',
      'error',
    ],
    { cwd: repo, stdio: 'pipe', timeout: 120_000 },
  );
  buildMs = performance.now() - started;
  // A tiny renderer in place of out/renderer: the bundle serves whatever sits beside it.
  mkdirSync(path.join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(
    path.join(root, 'renderer', 'index.html'),
    '<!doctype html><title>Samordna</title><p>fixture</p>',
  );
  writeFileSync(path.join(root, 'renderer', 'assets', 'app.js'), 'console.log("fixture");');
}, 180_000);

afterAll(() => {
  vi.unstubAllEnvs();
  if (root) rmSync(root, { recursive: true, force: true });
  // Visible in the test output: the build's share of this test's time.
  console.info(`[bundle test] electron-vite build of main and preload: ${Math.round(buildMs)} ms`);
});

type Listener = (...args: unknown[]) => unknown;

interface FakeWindow extends EventEmitter {
  options: Record<string, unknown>;
  loadedUrl: string | null;
  webContents: EventEmitter & {
    zoom: number;
    reloads: number;
    getZoomLevel(): number;
    setZoomLevel(z: number): void;
  };
  bounds: { x: number; y: number; width: number; height: number };
  maximized: boolean;
  focused: number;
}

/** A recording stand-in for what main and preload take from 'electron'. */
function fakeElectron(options: { userData: string; singleInstance: boolean }) {
  const app = new EventEmitter() as EventEmitter & Record<string, unknown>;
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const record = {
    quits: 0,
    sandboxed: false,
    schemes: [] as unknown[],
    windows: [] as FakeWindow[],
    protocolHandlers: new Map<string, (request: { method: string; url: string }) => Promise<Response>>(),
    ipcHandlers: new Map<string, Listener>(),
    ipcOn: new Map<string, Listener[]>(),
    /** Every before-quit event, with whether a listener held it back. */
    beforeQuits: [] as Array<{ prevented: boolean }>,
    fileDialogs: 0,
    messageBoxes: [] as Array<Record<string, unknown>>,
    exposed: new Map<string, unknown>(),
    menu: null as unknown,
    permissionsDenied: false,
  };
  Object.assign(app, {
    isPackaged: true,
    requestSingleInstanceLock: () => options.singleInstance,
    enableSandbox: () => {
      record.sandboxed = true;
    },
    whenReady: () => ready,
    getPath: (name: string) => (name === 'userData' ? options.userData : path.join(options.userData, name)),
    getVersion: () => '0.1.0',
    // Like Electron: quit emits before-quit, which a listener may hold back.
    quit: () => {
      record.quits += 1;
      const seen = { prevented: false };
      record.beforeQuits.push(seen);
      app.emit('before-quit', {
        preventDefault: () => {
          seen.prevented = true;
        },
      });
    },
  });

  class BrowserWindow extends EventEmitter {
    options: Record<string, unknown>;
    loadedUrl: string | null = null;
    webContents: FakeWindow['webContents'];
    bounds = { x: 0, y: 0, width: 1440, height: 900 };
    maximized = false;
    focused = 0;
    constructor(windowOptions: Record<string, unknown>) {
      super();
      this.options = windowOptions;
      const contents = Object.assign(new EventEmitter(), {
        zoom: 0,
        reloads: 0,
        getZoomLevel: () => contents.zoom,
        setZoomLevel: (zoom: number) => {
          contents.zoom = zoom;
        },
        reload: () => {
          contents.reloads += 1;
        },
        isDestroyed: () => false,
        // The page answers main's request to write its drafts, as the preload does.
        send: (channel: string, id: unknown) => {
          if (channel !== 'window:flushDrafts') return;
          const answer = record.ipcHandlers.get('window:draftsFlushed');
          if (answer) setTimeout(() => void answer(trustedEvent, id), 0);
        },
      });
      this.webContents = contents;
      record.windows.push(this as unknown as FakeWindow);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {}
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getNormalBounds() {
      return this.bounds;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.focused += 1;
    }
    static fromWebContents() {
      return null;
    }
  }

  const trustedEvent = { senderFrame: { url: 'app://samordna/', parent: null }, sender: {} };
  const electron = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.schemes.push(...schemes),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => {
          record.permissionsDenied = true;
        },
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        protocol: {
          handle: (
            scheme: string,
            handler: (request: { method: string; url: string }) => Promise<Response>,
          ) => record.protocolHandlers.set(scheme, handler),
        },
      },
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => record.ipcHandlers.set(channel, listener),
      on: (channel: string, listener: Listener) =>
        record.ipcOn.set(channel, [...(record.ipcOn.get(channel) ?? []), listener]),
      removeAllListeners: (channel: string) => record.ipcOn.delete(channel),
    },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        record.messageBoxes.push(args.at(-1) as Record<string, unknown>);
        return { response: 0 };
      },
      showSaveDialog: async () => {
        record.fileDialogs += 1;
        return { canceled: true };
      },
      showOpenDialog: async () => {
        record.fileDialogs += 1;
        return { canceled: true, filePaths: [] };
      },
    },
    powerMonitor: new EventEmitter(),
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    shell: { openExternal: async () => undefined, openPath: async () => '' },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => {
        record.menu = menu;
      },
    },
    contextBridge: {
      exposeInMainWorld: (name: string, value: unknown) => record.exposed.set(name, value),
    },
    // What the preload's ipcRenderer.invoke does: reach main's handler and copy the answer the
    // way IPC serialises it.
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        const handler = record.ipcHandlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        return structuredClone(await handler(trustedEvent, ...structuredClone(args)));
      },
    },
  };
  return { electron, record, ready: () => resolveReady() };
}

/**
 * `require('electron')` is answered by the current fake for the whole file: the bundle requires it
 * lazily too (a module converted from ESM is initialised on first use), and the real package
 * would try to download Electron.
 */
let currentElectron: unknown = null;
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = loader._load;
beforeAll(() => {
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') {
      if (!currentElectron) throw new Error("the test asked for 'electron' without a fake");
      return currentElectron;
    }
    return originalLoad.call(this, request, ...rest);
  };
});
// Main routes console.error into its log; the worker gets its own back afterwards.
const consoleError = console.error;
afterAll(() => {
  loader._load = originalLoad;
  console.error = consoleError;
});

/** Loads the built files afresh, with the given fake as 'electron'. */
function loadBuilt(electron: unknown, files: string[]): void {
  currentElectron = electron;
  for (const file of files) {
    // A fresh main (or preload) with its chunks; the other one, already loaded, stays as it is.
    const folder = path.join(root, path.dirname(file)) + path.sep;
    for (const key of Object.keys(nodeRequire.cache))
      if (key.startsWith(folder)) delete nodeRequire.cache[key];
    nodeRequire(path.join(root, file));
  }
}

/** The process listeners a loaded main adds (uncaughtException …), removed after each run. */
function processListenersAdded(run: () => void): { added: Map<string, Listener[]>; remove: () => void } {
  const events = ['uncaughtException', 'unhandledRejection'];
  const listeners = (event: string) => process.listeners(event as 'uncaughtException') as Listener[];
  const before = new Map(events.map((event) => [event, new Set(listeners(event))]));
  run();
  const added = new Map(
    events.map((event) => [event, listeners(event).filter((listener) => !before.get(event)!.has(listener))]),
  );
  return {
    added,
    remove: () => {
      for (const event of events)
        for (const listener of added.get(event)!) process.off(event as 'uncaughtException', listener);
    },
  };
}

function tempUserData(): string {
  return mkdtempSync(path.join(root, 'userData-'));
}

/**
 * The local app folder main will use for this userData: on Windows %LOCALAPPDATA%\Samordna, so
 * LOCALAPPDATA is pointed into the test's own folder (a developer's real one is never touched);
 * elsewhere userData itself. Call it before loading main, which reads the variable at load.
 */
function localFolderFor(userData: string): string {
  const localAppData = path.join(userData, 'LocalAppData');
  vi.stubEnv('LOCALAPPDATA', localAppData);
  if (process.platform !== 'win32') return userData;
  const folder = path.join(localAppData, 'Samordna');
  mkdirSync(folder, { recursive: true });
  return folder;
}

describe('the built desktop shell', () => {
  it('builds main and preload as CommonJS, with electron-store inside main', () => {
    const main = readFileSync(path.join(root, 'main', 'index.cjs'), 'utf8');
    expect(existsSync(path.join(root, 'preload', 'index.cjs'))).toBe(true);
    // electron-store and conf are bundled (ESM turned into CommonJS), not required at run time.
    expect(main).toContain('electron-store-get-data');
    expect(main).not.toMatch(/require\(["']electron-store["']\)/);
    expect(main).not.toMatch(/require\(["']conf["']\)/);
    expect(main).toMatch(/require\(["']better-sqlite3-multiple-ciphers["']\)/);
  });

  it('a second launch quits at once and opens nothing', () => {
    const userData = tempUserData();
    localFolderFor(userData);
    const fake = fakeElectron({ userData, singleInstance: false });
    const { remove } = processListenersAdded(() => loadBuilt(fake.electron, ['main/index.cjs']));
    remove();
    expect(fake.record.quits).toBe(1);
    expect(fake.record.sandboxed).toBe(false);
    expect(fake.record.windows).toHaveLength(0);
    expect(fake.record.ipcHandlers.size).toBe(0);
  });

  it('refuses a data folder in Dropbox with a calm message, and makes no register anywhere', async () => {
    const userData = tempUserData();
    const local = localFolderFor(userData);
    const folder = path.join(root, 'Dropbox', 'KE');
    writeFileSync(path.join(local, 'preferences.json'), JSON.stringify({ dataFolder: folder }));
    const fake = fakeElectron({ userData, singleInstance: true });
    const { remove } = processListenersAdded(() => loadBuilt(fake.electron, ['main/index.cjs']));
    try {
      fake.ready();
      await vi.waitFor(() => expect(fake.record.quits).toBeGreaterThan(0));
      expect(fake.record.messageBoxes[0]).toMatchObject({
        type: 'warning',
        title: 'Registeret kan ikke åpnes fra denne mappen',
      });
      expect(fake.record.messageBoxes[0]!.message).toContain(folder);
      expect(fake.record.messageBoxes[0]!.detail).toContain('Dropbox');
      expect(fake.record.windows).toHaveLength(0);
      expect(fake.record.ipcHandlers.size).toBe(0);
      expect(existsSync(folder)).toBe(false);
      expect(existsSync(path.join(local, 'data'))).toBe(false);
    } finally {
      remove();
    }
  });

  it('refuses to start over a preferences file it cannot read, and leaves the file byte for byte', async () => {
    for (const [content, reason] of [
      // A single backslash, as IT may well type a Windows path: not JSON.
      ['{"dataFolder": "D:\\Samordna\\data"}', 'ikke gyldig JSON'],
      ['{"language": "nn", \u0000 not json', 'ikke gyldig JSON'],
      ['{"dataFolder": ""}', '«dataFolder» i filen er ikke et mappenavn'],
    ] as const) {
      const userData = tempUserData();
      const local = localFolderFor(userData);
      const file = path.join(local, 'preferences.json');
      writeFileSync(file, content);
      const fake = fakeElectron({ userData, singleInstance: true });
      const { remove } = processListenersAdded(() => loadBuilt(fake.electron, ['main/index.cjs']));
      try {
        fake.ready();
        await vi.waitFor(() => expect(fake.record.quits).toBeGreaterThan(0));
        expect(fake.record.messageBoxes, content).toHaveLength(1);
        expect(fake.record.messageBoxes[0]).toMatchObject({
          type: 'warning',
          title: 'Innstillingsfilen til Samordna kan ikke leses',
          buttons: ['Avslutt'],
        });
        expect(fake.record.messageBoxes[0]!.message).toContain(file);
        expect(fake.record.messageBoxes[0]!.detail).toContain(reason);
        expect(fake.record.windows).toHaveLength(0);
        expect(fake.record.ipcHandlers.size).toBe(0);
        expect(existsSync(path.join(local, 'data'))).toBe(false);
        expect(readFileSync(file, 'utf8')).toBe(content);
        expect(fake.record.ipcOn.size).toBe(0);
      } finally {
        remove();
      }
    }
  });

  describe('a whole run', () => {
    const userData = () => run.userData;
    const run = {} as {
      userData: string;
      local: string;
      fake: ReturnType<typeof fakeElectron>;
      remove: () => void;
      added: Map<string, Listener[]>;
      bridge: SamordnaBridge;
    };
    const local = () => run.local;
    const dataDir = () => path.join(local(), 'data');
    const backups = () =>
      existsSync(path.join(dataDir(), 'backups')) ? readdirSync(path.join(dataDir(), 'backups')) : [];

    beforeAll(() => {
      run.userData = tempUserData();
      run.local = localFolderFor(run.userData);
      // Bad fields other than dataFolder must not stop the app: each falls back to its default.
      writeFileSync(
        path.join(run.local, 'preferences.json'),
        JSON.stringify({ language: 'klingon', zoomLevel: 'huge', window: { x: 'left' }, lastUserName: 7 }),
      );
      run.fake = fakeElectron({ userData: run.userData, singleInstance: true });
      const loaded = processListenersAdded(() => loadBuilt(run.fake.electron, ['main/index.cjs']));
      run.remove = loaded.remove;
      run.added = loaded.added;
    });
    afterAll(() => run.remove?.());

    it('before ready: sandboxes every renderer and registers app:// as a privileged scheme', () => {
      expect(run.fake.record.sandboxed).toBe(true);
      expect(run.fake.record.schemes).toEqual([
        { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      ]);
      expect(run.fake.record.windows).toHaveLength(0);
    });

    it('on ready: one hardened window with the built preload, loading app://samordna/', async () => {
      run.fake.ready();
      await vi.waitFor(() => expect(run.fake.record.windows).toHaveLength(1));
      const win = run.fake.record.windows[0]!;
      expect(win.options).toMatchObject({
        show: false,
        center: true,
        webPreferences: {
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          devTools: false,
        },
      });
      const preload = (win.options.webPreferences as { preload: string }).preload;
      expect(preload).toBe(path.join(root, 'preload', 'index.cjs'));
      expect(existsSync(preload)).toBe(true);
      expect(win.loadedUrl).toBe('app://samordna/');
      expect(run.fake.record.permissionsDenied).toBe(true);
      expect(run.fake.record.menu).not.toBeNull();
    });

    it('leaves no ipcMain.on listener (electron-store registers one), and every handler refuses a foreign frame', async () => {
      expect([...run.fake.record.ipcOn.keys()]).toEqual([]);
      const handlers = [...run.fake.record.ipcHandlers];
      expect(handlers.length).toBeGreaterThan(10);
      const prefsBefore = readFileSync(path.join(local(), 'preferences.json'), 'utf8');
      const untrusted = [
        { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} },
        // The app's own address in a subframe is not the app's window either.
        { senderFrame: { url: 'app://samordna/', parent: {} }, sender: {} },
        { senderFrame: null, sender: {} },
      ];
      // What each kind of channel answers a sender it does not trust.
      const isRefusal = (answer: unknown) => {
        if (answer === null || answer === undefined) return true;
        const a = answer as Record<string, unknown>;
        return (
          (a.ok === false && (a.error as { code?: unknown } | undefined)?.code === 'FORBIDDEN') ||
          (Object.keys(a).length === 1 && a.status === 'failed') ||
          (Object.keys(a).length === 2 && a.status === 'failed' && a.reason === 'failed') ||
          (Object.keys(a).length === 2 && a.language === null && a.lastUserName === null)
        );
      };
      for (const [channel, handler] of handlers) {
        for (const event of untrusted) {
          const args =
            channel === 'window:setPreferences'
              ? [{ language: 'en', lastUserName: 'mallory' }]
              : channel === 'window:reportError'
                ? [{ event: 'error', kind: 'TypeError', stack: '' }]
                : [{}];
          const answer = await handler(event, ...args);
          expect(isRefusal(answer), `${channel}: ${JSON.stringify(answer)}`).toBe(true);
        }
      }
      // Nothing happened on their behalf: no dialog, no preference, no log line, no register.
      expect(run.fake.record.fileDialogs).toBe(0);
      expect(run.fake.record.messageBoxes).toHaveLength(0);
      expect(readFileSync(path.join(local(), 'preferences.json'), 'utf8')).toBe(prefsBefore);
      expect(existsSync(path.join(local(), 'logs', 'samordna.log'))).toBe(false);
      expect(existsSync(path.join(dataDir(), 'samordna.db'))).toBe(false);
    });

    it('app:// serves index.html with the CSP and refuses traversal', async () => {
      const handle = run.fake.record.protocolHandlers.get('app')!;
      const page = await handle({ method: 'GET', url: 'app://samordna/' });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('fixture');
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      const script = await handle({ method: 'GET', url: 'app://samordna/assets/app.js' });
      expect(script.headers.get('content-type')).toContain('javascript');
      for (const url of [
        'app://samordna/../../etc/passwd',
        'app://samordna/%2e%2e/%2e%2e/etc/passwd',
        'app://samordna/assets/%2e%2e%2f%2e%2e%2fmain%2findex.cjs',
        'app://samordna/..%5c..%5cmain%5cindex.cjs',
        'app://evil/index.html',
      ]) {
        expect((await handle({ method: 'GET', url })).status, url).toBe(404);
      }
    });

    it('the preload exposes window.samordna, whose calls reach the real core and return Results', async () => {
      const { remove } = processListenersAdded(() => loadBuilt(run.fake.electron, ['preload/index.cjs']));
      remove();
      run.bridge = run.fake.record.exposed.get('samordna') as SamordnaBridge;
      expect(run.bridge.kind).toBe('electron');
      const status = await run.bridge.invoke('session.status', {});
      expect(status).toMatchObject({ ok: true, data: { state: 'setup', dataFolder: dataDir() } });
      const unknown = await run.bridge.invoke('no.such' as never, {} as never);
      expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      const setup = await run.bridge.invoke('session.setup', {
        municipality: 'Testvik kommune',
        displayName: 'Kari Nordmann',
        username: 'kari.admin',
        password: 'blåbærsyltetøy i kjelleren',
      });
      expect(setup, JSON.stringify(setup)).toMatchObject({
        ok: true,
        data: { user: { username: 'kari.admin', role: 'admin' } },
      });
      await expect(run.bridge.invoke('session.status', {})).resolves.toMatchObject({
        data: { state: 'open' },
      });
      // A change, so that locking takes a backup.
      await expect(run.bridge.invoke('serviceUnits.create', { name: 'PPT' })).resolves.toMatchObject({
        ok: true,
      });
    }, 60_000);

    it('keeps exceljs out of startup: its own chunk inside main, first loaded by an xlsx export', async () => {
      const chunks = path.join(root, 'main', 'chunks');
      const excel = readdirSync(chunks).filter((file) =>
        readFileSync(path.join(chunks, file), 'utf8').includes('node_modules/exceljs/lib/'),
      );
      expect(excel).toHaveLength(1);
      const chunk = path.join(chunks, excel[0]!);
      const main = readFileSync(path.join(root, 'main', 'index.cjs'), 'utf8');
      expect(main).not.toContain('node_modules/exceljs/lib/');
      expect(main).not.toMatch(/require\(["']exceljs["']\)/);
      expect(nodeRequire.cache[chunk]).toBeUndefined();
      const file = await run.bridge.invoke('reports.export', {
        from: '2026-01-01',
        to: '2026-12-31',
        format: 'xlsx',
      });
      if (!file.ok) throw new Error(JSON.stringify(file.error));
      const bytes = Buffer.from(file.data.base64, 'base64');
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      expect(nodeRequire.cache[chunk]).toBeDefined();
    }, 60_000);

    it('"Lag arkivkopi" asks for the folder in the system dialog; cancelling makes nothing', async () => {
      const dialogs = run.fake.record.fileDialogs;
      await expect(run.bridge.makeArchiveCopy!(1)).resolves.toEqual({ status: 'cancelled' });
      expect(run.fake.record.fileDialogs).toBe(dialogs + 1);
    });

    it('keeps the language and last user name the window sets, in preferences.json', async () => {
      await expect(run.bridge.preferences!()).resolves.toEqual({ language: null, lastUserName: null });
      await run.bridge.setPreferences!({ language: 'nn', lastUserName: 'kari.admin' });
      await expect(run.bridge.preferences!()).resolves.toEqual({
        language: 'nn',
        lastUserName: 'kari.admin',
      });
      const file = JSON.parse(readFileSync(path.join(local(), 'preferences.json'), 'utf8')) as object;
      expect(file).toMatchObject({ language: 'nn', lastUserName: 'kari.admin' });
    });

    it('locks the register when Windows locks the screen, with a backup of the change', async () => {
      // A backup first: core's daily timer then has nothing to take between the change and the
      // lock (on a slow machine it could, and the lock would rightly find nothing new to back up).
      await expect(run.bridge.invoke('backup.create', {})).resolves.toMatchObject({ ok: true });
      await expect(run.bridge.invoke('serviceUnits.create', { name: 'Barnevernet' })).resolves.toMatchObject({
        ok: true,
      });
      run.fake.electron.powerMonitor.emit('lock-screen');
      await vi.waitFor(async () =>
        expect(await run.bridge.invoke('session.status', {})).toMatchObject({ data: { state: 'locked' } }),
      );
      expect(
        backups().filter((name) => name.endsWith('-lock.samordna')),
        backups().join(),
      ).toHaveLength(1);
      // Locked means locked: a call that needs the session is refused.
      await expect(run.bridge.invoke('serviceUnits.list', {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
    });

    it('an uncaught error in main is logged without personal data and told calmly', async () => {
      const error = new TypeError('Ola Nordmann 01017012345 ola@nordby.no 912 34 567 C:\\Users\\ola\\x.xlsx');
      // Main's own listener, called as Node would (emitting the event would reach vitest's too).
      expect(run.added.get('uncaughtException')).toHaveLength(1);
      run.added.get('uncaughtException')![0]!(error, 'uncaughtException');
      const report: RendererErrorReport = {
        event: 'unhandledrejection',
        kind: 'RangeError',
        stack: 'RangeError: Ola Nordmann 01017012345\n    at render (app://samordna/assets/app.js:1:20)',
      };
      const incident = await run.bridge.reportError!(report);
      expect(incident).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
      const log = readFileSync(path.join(local(), 'logs', 'samordna.log'), 'utf8');
      expect(log).toContain(incident);
      expect(log).toContain('"where":"renderer"');
      expect(log).toContain('"frames":["assets/app.js:1:20"]');
      for (const secret of ['Ola', 'Nordmann', '01017012345', 'ola@nordby.no', '912 34 567', 'x.xlsx'])
        expect(log).not.toContain(secret);
      // In the language the window chose (nynorsk, set above).
      expect(run.fake.record.messageBoxes[0]).toMatchObject({
        type: 'warning',
        title: 'Noko uventa skjedde',
      });
    });

    it('keeps where the window was left and its zoom when it closes', () => {
      const win = run.fake.record.windows[0]!;
      win.bounds = { x: 40, y: 30, width: 1300, height: 760 };
      win.maximized = true;
      win.webContents.zoom = 1;
      win.emit('close');
      const file = JSON.parse(readFileSync(path.join(local(), 'preferences.json'), 'utf8')) as object;
      expect(file).toMatchObject({
        window: { x: 40, y: 30, width: 1300, height: 760, maximized: true },
        zoomLevel: 1,
      });
    });

    it('a second launch focuses this window', () => {
      const win = run.fake.record.windows[0]!;
      run.fake.electron.app.emit('second-instance');
      expect(win.focused).toBe(1);
    });

    it('quitting waits for the register to close, with a backup of the change, then quits', async () => {
      const login = await run.bridge.invoke('session.login', {
        username: 'kari.admin',
        password: 'blåbærsyltetøy i kjelleren',
      });
      expect(login).toMatchObject({ ok: true });
      await expect(
        run.bridge.invoke('serviceUnits.create', { name: 'Helsestasjonen' }),
      ).resolves.toMatchObject({ ok: true });
      const quitsBefore = run.fake.record.quits;
      (run.fake.electron.app as unknown as { quit(): void }).quit();
      // The first quit is held back while core closes; the second one, made by main, goes through.
      expect(run.fake.record.beforeQuits[quitsBefore]).toEqual({ prevented: true });
      await vi.waitFor(() => expect(run.fake.record.quits).toBe(quitsBefore + 2));
      expect(run.fake.record.beforeQuits[quitsBefore + 1]).toEqual({ prevented: false });
      expect(
        backups().filter((name) => name.endsWith('-close.samordna')),
        backups().join(),
      ).toHaveLength(1);
      // Closed for good: a call after the close is refused and cannot open the register again.
      await expect(run.bridge.invoke('session.status', {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'APP_CLOSING' },
      });
    }, 60_000);

    it('the next start opens the window where it was left, maximised, at the kept zoom', async () => {
      expect(localFolderFor(userData())).toBe(local());
      const next = fakeElectron({ userData: userData(), singleInstance: true });
      const { remove } = processListenersAdded(() => loadBuilt(next.electron, ['main/index.cjs']));
      try {
        next.ready();
        await vi.waitFor(() => expect(next.record.windows).toHaveLength(1));
        const win = next.record.windows[0]!;
        expect(win.options).toMatchObject({ x: 40, y: 30, width: 1300, height: 760 });
        expect(win.options.center).toBeUndefined();
        win.emit('ready-to-show');
        expect(win.maximized).toBe(true);
        win.webContents.emit('did-finish-load');
        expect(win.webContents.zoom).toBe(1);
        // The same register, locked, waits for its user.
        await expect(
          next.record.ipcHandlers.get('session.status')!(
            { senderFrame: { url: 'app://samordna/', parent: null } },
            {},
          ) as Promise<unknown>,
        ).resolves.toMatchObject({ data: { state: 'locked', municipality: 'Testvik kommune' } });
        (next.electron.app as unknown as { quit(): void }).quit();
        expect(next.record.beforeQuits[0]).toEqual({ prevented: true });
        await vi.waitFor(() => expect(next.record.quits).toBe(2));
        expect(next.record.beforeQuits[1]).toEqual({ prevented: false });
      } finally {
        remove();
      }
    });
  });

  it('Windows locking the screen, and quitting, write the window’s waiting draft first', async () => {
    const fake = fakeElectron({ userData: tempUserData(), singleInstance: true });
    // The page's side of IPC: main's webContents.send reaches the preload's listener.
    const pageListeners = new Map<string, Listener>();
    Object.assign(fake.electron.ipcRenderer, {
      on: (channel: string, listener: Listener) => pageListeners.set(channel, listener),
      removeListener: (channel: string) => pageListeners.delete(channel),
    });
    const { remove } = processListenersAdded(() => loadBuilt(fake.electron, ['main/index.cjs']));
    try {
      fake.ready();
      await vi.waitFor(() => expect(fake.record.windows).toHaveLength(1));
      const sent: unknown[][] = [];
      Object.assign(fake.record.windows[0]!.webContents, {
        isDestroyed: () => false,
        send: (channel: string, ...args: unknown[]) => {
          sent.push([channel, ...args]);
          pageListeners.get(channel)?.({}, ...structuredClone(args));
        },
      });
      const loaded = processListenersAdded(() => loadBuilt(fake.electron, ['preload/index.cjs']));
      loaded.remove();
      const bridge = fake.record.exposed.get('samordna') as SamordnaBridge;
      const password = 'blåbærsyltetøy i kjelleren';
      await expect(
        bridge.invoke('session.setup', {
          municipality: 'Testvik kommune',
          displayName: 'Kari Nordmann',
          username: 'kari.admin',
          password,
        }),
      ).resolves.toMatchObject({ ok: true });
      // The window's flushDrafts(): the keys typed within the draft delay are written now.
      let typed = 'Ola';
      const written: string[] = [];
      bridge.onFlushDrafts!(async () => {
        const saved = await bridge.invoke('drafts.save', { form: 'person:test', data: { name: typed } });
        written.push(saved.ok ? typed : `refused ${JSON.stringify(saved)}`);
      });
      fake.electron.powerMonitor.emit('lock-screen');
      await vi.waitFor(async () =>
        expect(await bridge.invoke('session.status', {})).toMatchObject({ data: { state: 'locked' } }),
      );
      expect(sent).toEqual([['window:flushDrafts', expect.any(Number)]]);
      expect(written).toEqual(['Ola']);
      await expect(
        bridge.invoke('session.login', { username: 'kari.admin', password }),
      ).resolves.toMatchObject({ ok: true });
      await expect(bridge.invoke('drafts.get', { form: 'person:test' })).resolves.toMatchObject({
        ok: true,
        data: { data: { name: 'Ola' } },
      });
      // Quitting asks too, and closes the register only after the draft is in.
      typed = 'Ola Nordmann';
      (fake.electron.app as unknown as { quit(): void }).quit();
      await vi.waitFor(() => expect(fake.record.quits).toBe(2));
      expect(sent).toHaveLength(2);
      expect(written).toEqual(['Ola', 'Ola Nordmann']);
    } finally {
      remove();
    }
  }, 60_000);
});
