import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowFlags {
  /** Developer tools only in unpackaged builds: a packaged register has no console. */
  devTools: boolean;
}

/**
 * The one application window. Every web preference that could give page script a way into Node
 * or the file system is set explicitly, so a future Electron default change cannot loosen it.
 */
export function mainWindowOptions(preloadPath: string, flags: WindowFlags): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    // Shown on ready-to-show, so the user never sees a blank white frame.
    show: false,
    title: 'Samordna',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // The spellchecker would download dictionaries; the app is offline.
      spellcheck: false,
      // Dropping a file on the window must not replace the app with that file.
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: flags.devTools,
    },
  };
}
