import type { BrowserWindowConstructorOptions } from 'electron';

import { DEFAULT_WINDOW, type WindowPlacement } from './preferences';

export interface WindowFlags {
  /** Developer tools only in unpackaged builds: a packaged register has no console. */
  devTools: boolean;
}

/**
 * The one application window. Every web preference that could give page script a way into Node
 * or the file system is set explicitly, so a future Electron default change cannot loosen it.
 * Where it opens and how large come from the saved placement (preferences.ts), else centred.
 */
export function mainWindowOptions(
  preloadPath: string,
  flags: WindowFlags,
  placement?: WindowPlacement,
): BrowserWindowConstructorOptions {
  const where =
    placement?.x !== undefined && placement.y !== undefined
      ? { x: placement.x, y: placement.y }
      : { center: true };
  return {
    width: placement?.width ?? DEFAULT_WINDOW.width,
    height: placement?.height ?? DEFAULT_WINDOW.height,
    ...where,
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
