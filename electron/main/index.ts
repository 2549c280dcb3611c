import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type WebContents,
} from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createCore, type Core } from '../core';
import { registerChoosers, type ChooserDeps } from './choosers';
import { dataDirFor } from './dataDir';
import { registerIpc } from './ipc';
import { applicationMenuTemplate } from './menu';
import { registerPdfSaving, type PdfDeps } from './print';
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

// Wiring only: every decision below is a tested function in this folder.
const rendererDir = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, '../preload/index.cjs');

let mainWindow: BrowserWindow | null = null;

const pdfDeps: PdfDeps = {
  showSaveDialog: (sender, options) => {
    const owner = BrowserWindow.fromWebContents(sender as WebContents);
    return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
  },
  writeFile: (file, data) => writeFile(file, data),
  documentsDir: () => app.getPath('documents'),
  log: (error) => console.error('[samordna] saving a PDF failed', error),
};

const chooserDeps: ChooserDeps = {
  showOpenDialog: (sender, options) => {
    const owner = BrowserWindow.fromWebContents(sender as WebContents);
    return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
  },
  log: (error) => console.error('[samordna] a file dialog failed', error),
};

function openMainWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(preloadPath, { devTools: !app.isPackaged }));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/`);
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

  let core: Core | null = null;
  // before-quit can fire more than once (a cancelled quit); close the database only once.
  app.on('before-quit', () => {
    core?.close();
    core = null;
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    const opened = createCore({
      dataDir: dataDirFor(process.platform, process.env, app.getPath('userData')),
    });
    core = opened;
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
    registerPdfSaving(ipcMain, pdfDeps, isTrustedSender);
    registerChoosers(ipcMain, chooserDeps, isTrustedSender);
    openMainWindow();
  });
}
