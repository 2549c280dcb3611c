import { readFileSync, realpathSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import Store from 'electron-store';

import { createCore, type Core } from '@core/index';
import { PRINT_READY_SCRIPT } from '@shared/api/archive';

import {
  archiveFolderDialogOptions,
  createPdfRenderer,
  registerArchiveCopies,
  type ArchiveDeps,
  type HiddenPage,
} from './archive';
import { choosePath, registerChoosers, type ChooserDeps } from './choosers';
import { dataDirFor, dataFolderRefusal, localAppFolderFor, logDirFor, resolvedFolder } from './dataDir';
import { createErrorLogger, routeConsoleErrors } from './errorLog';
import {
  createIncidents,
  desktopTexts,
  fill,
  preferencesFileMessage,
  type MessageBoxOptions,
} from './incidents';
import { registerIpc } from './ipc';
import {
  closeAfterDrafts,
  closeBeforeQuit,
  createDraftFlusher,
  flushBeforeWindowCloses,
  lockOnSystemLock,
} from './lifecycle';
import { applicationMenuTemplate } from './menu';
import {
  checkPreferencesFile,
  openPreferences,
  windowPlacement,
  windowStateOf,
  type KeyValueStore,
} from './preferences';
import { municipalityFrom, registerPdfSaving, type PdfDeps } from './print';
import { createAppRequestHandler, registerAppScheme } from './protocol';
import {
  APP_ORIGIN,
  APP_SCHEME,
  createWindowOpenHandler,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedExternal,
  isTrustedSender,
} from './security';
import { mainWindowOptions } from './window';
import { registerWindowChannels } from './windowChannels';

// Wiring only: every decision below is a tested function in this folder.
const rendererDir = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, '../preload/index.cjs');
// The folder holding out/: stack frames inside it are the app's (errorLog.ts).
const appRoot = path.join(__dirname, '..', '..');

let mainWindow: BrowserWindow | null = null;

const localFolder = localAppFolderFor(process.platform, process.env, app.getPath('userData'));
const logger = createErrorLogger({
  dir: logDirFor(process.platform, process.env, app.getPath('userData')),
  appRoot,
});
// Core reports an unexpected error with console.error: it lands in the log, without its message.
routeConsoleErrors(console, logger, { keepOriginal: !app.isPackaged });
const preferencesFile = path.join(localFolder, 'preferences.json');
// A file that cannot be read, or whose dataFolder is not a folder, stops the start (on ready) and
// is left as it is: no store is opened over it, so nothing clears or rewrites it.
const preferencesProblem = checkPreferencesFile(() => readFileSync(preferencesFile, 'utf8'));
const preferences = openPreferences(
  () => {
    if (preferencesProblem) return null;
    try {
      return new Store({
        name: 'preferences',
        cwd: localFolder,
        clearInvalidConfig: false,
      }) as unknown as KeyValueStore;
    } finally {
      // electron-store answers its renderer half on this channel with no sender check (DESIGN §7);
      // nothing of ours uses it.
      ipcMain.removeAllListeners('electron-store-get-data');
    }
  },
  (error) => logger.record('main', 'preferences', error),
);
const texts = () => desktopTexts(preferences.get().language);

function showMessage(options: MessageBoxOptions): Promise<number> {
  const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
  return shown.then((answer) => answer.response);
}

const incidents = createIncidents({
  logger,
  texts,
  showMessage,
  reloadWindow: () => mainWindow?.webContents.reload(),
  quit: () => app.quit(),
});
// An error nobody caught is logged (without its message) and told calmly; the app carries on.
process.on('uncaughtException', (error) => incidents.mainError('uncaughtException', error));
process.on('unhandledRejection', (reason) => incidents.mainError('unhandledRejection', reason));

const pdfDeps: Omit<PdfDeps, 'municipality'> = {
  showSaveDialog: (sender, options) => {
    const owner = BrowserWindow.fromWebContents(sender as WebContents);
    return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
  },
  writeFile: (file, data) => writeFile(file, data),
  documentsDir: () => app.getPath('documents'),
  log: (error) => incidents.handled('savePdf', error),
};

const chooserDeps: ChooserDeps = {
  showOpenDialog: (sender, options) => {
    const owner = BrowserWindow.fromWebContents(sender as WebContents);
    return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
  },
  log: (error) => incidents.handled('fileDialog', error),
};

/** A never-shown window with the main window's preferences and preload, for one print layout. */
function hiddenPrintPage(): HiddenPage {
  const options = mainWindowOptions(preloadPath, { devTools: false });
  // Never shown, so Chromium would throttle its timers; the layout must load at full speed.
  const win = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, backgroundThrottling: false },
  });
  return {
    load: (url) => win.loadURL(url),
    isReady: async () =>
      !win.isDestroyed() && (await win.webContents.executeJavaScript(PRINT_READY_SCRIPT)) === true,
    printToPDF: (options) => win.webContents.printToPDF(options),
    destroy: () => {
      if (!win.isDestroyed()) win.destroy();
    },
  };
}

function archiveDeps(opened: Core): ArchiveDeps {
  return {
    dispatch: (channel, input) => opened.dispatch(channel, input),
    chooseFolder: (sender) =>
      choosePath({ senderFrame: null, sender }, archiveFolderDialogOptions(), chooserDeps),
    renderPdf: createPdfRenderer({ open: hiddenPrintPage, urlOf: (route) => `${APP_ORIGIN}/${route}` }),
    language: () => preferences.get().language ?? 'nb',
    log: (error) => incidents.handled('archiveCopy', error),
  };
}

function openMainWindow(closeNow: () => void): void {
  const saved = preferences.get();
  const placement = windowPlacement(saved.window, screen.getAllDisplays(), screen.getPrimaryDisplay());
  const win = new BrowserWindow(mainWindowOptions(preloadPath, { devTools: !app.isPackaged }, placement));
  mainWindow = win;
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });
  win.webContents.on('did-finish-load', () => {
    const zoom = preferences.get().zoomLevel;
    if (zoom !== undefined) win.webContents.setZoomLevel(zoom);
  });
  win.webContents.on('render-process-gone', (_event, details) => incidents.windowGone(details));
  // How the window was left is kept for the next start: place, size, maximised, zoom.
  win.on('close', () => {
    const state = windowStateOf(win);
    preferences.set({ ...(state ? { window: state } : {}), zoomLevel: win.webContents.getZoomLevel() });
  });
  // Windows shutting down or logging off emits no before-quit: close the register now.
  win.on('session-end', closeNow);
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(`${APP_ORIGIN}/`);
}

/** The data folder is refused for the live register: say where and why, then quit. */
async function refuseDataFolder(
  folder: string,
  reason: keyof ReturnType<typeof texts>['dataFolder']['reasons'],
) {
  const t = texts();
  await dialog.showMessageBox({
    type: 'warning',
    title: t.dataFolder.title,
    message: fill(t.dataFolder.message, { folder }),
    detail: fill(t.dataFolder.detail, {
      reason: t.dataFolder.reasons[reason],
      defaultFolder: dataDirFor(process.platform, process.env, app.getPath('userData')),
      preferencesFile,
    }),
    buttons: [t.buttons.quit],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  app.quit();
}

// A second Samordna would open the same database file; focus the first one instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Sandbox every renderer, including any window a future feature forgets to configure.
  app.enableSandbox();
  registerAppScheme(protocol);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Applies to every web contents, including any Electron might create that we did not ask for.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', denyNavigation);
    contents.on('will-frame-navigate', denyNavigation);
    contents.on('will-redirect', denyNavigation);
    contents.on('will-attach-webview', denyNavigation);
    contents.setWindowOpenHandler(
      createWindowOpenHandler((url) => (isAllowedExternal(url) ? shell.openExternal(url) : undefined)),
    );
  });

  // One core for the whole run: once closed it refuses every call, so nothing opens it again.
  let core: Core | null = null;
  // Asks the window to write its waiting drafts (lifecycle.ts); nothing to ask before it exists.
  let flushDrafts = () => Promise.resolve();
  /** Synchronous close, for shutdown where nothing waits for a promise. */
  const closeNow = () => core?.close();
  // Quitting writes the window's drafts, then closes the register in core's turn (a backup after
  // a change) before the app goes.
  const quitting = closeBeforeQuit(
    app,
    closeAfterDrafts(
      () => flushDrafts(),
      () => core,
    ),
    (error) => incidents.handled('close', error),
  );
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    if (preferencesProblem) {
      // Which register IT chose cannot be told: say so and quit, never open the default one.
      await dialog.showMessageBox(preferencesFileMessage(texts(), preferencesProblem, preferencesFile));
      app.quit();
      return;
    }
    const dataDir =
      preferences.get().dataFolder ?? dataDirFor(process.platform, process.env, app.getPath('userData'));
    // As written, and as the disk has it (a junction or link into OneDrive or onto a share).
    const refusal =
      dataFolderRefusal(dataDir, process.platform, process.env) ??
      dataFolderRefusal(
        resolvedFolder(dataDir, process.platform, realpathSync.native),
        process.platform,
        process.env,
      );
    if (refusal) {
      await refuseDataFolder(dataDir, refusal);
      return;
    }
    const opened = createCore({ dataDir });
    core = opened;
    flushDrafts = createDraftFlusher(ipcMain, () => mainWindow?.webContents ?? null, isTrustedSender);
    // Windows' lock screen and sleep lock the register, as "Lås nå" does: the window writes its
    // drafts and drops its screens first.
    lockOnSystemLock(
      powerMonitor,
      () => flushDrafts(),
      () => opened.dispatch('session.lock', {}),
    );
    powerMonitor.on('shutdown', closeNow);
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler(denyPermissionRequest);
    ses.setPermissionCheckHandler(denyPermissionCheck);
    ses.setDevicePermissionHandler(denyPermissionCheck);
    ses.protocol.handle(
      APP_SCHEME,
      createAppRequestHandler(rendererDir, (file) => readFile(file)),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ devTools: !app.isPackaged })));
    registerIpc(ipcMain, (channel, input) => opened.dispatch(channel, input), isTrustedSender);
    registerPdfSaving(ipcMain, { ...pdfDeps, municipality: () => municipalityFrom(opened) }, isTrustedSender);
    registerChoosers(ipcMain, chooserDeps, isTrustedSender);
    registerArchiveCopies(ipcMain, archiveDeps(opened), isTrustedSender);
    registerWindowChannels(
      ipcMain,
      { preferences, reportError: (raw) => incidents.rendererError(raw) },
      isTrustedSender,
    );
    openMainWindow(closeNow);
    // The close button waits for the window's drafts too (then the app quits, as the last window
    // closed).
    if (mainWindow) flushBeforeWindowCloses(mainWindow, () => flushDrafts(), quitting);
  });
}
