import type { MenuItemConstructorOptions } from 'electron';

export interface MenuFlags {
  /** Reload and developer tools only in unpackaged builds, like the window's devTools flag. */
  devTools: boolean;
}

/**
 * The application menu. It replaces Electron's default menu, whose Help items open
 * electronjs.org directly (bypassing the external-link allow-list) and whose labels are English.
 * It keeps what Chromium does not do by itself: zoom shortcuts (the app must work at 200 %) and
 * the edit commands. Roles only, no click handlers: nothing here can open or load anything.
 */
export function applicationMenuTemplate(flags: MenuFlags): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Faktisk størrelse', role: 'resetZoom' },
    { label: 'Zoom inn', role: 'zoomIn' },
    { label: 'Zoom ut', role: 'zoomOut' },
    { type: 'separator' },
    { label: 'Fullskjerm', role: 'togglefullscreen' },
  ];
  if (flags.devTools) {
    view.push(
      { type: 'separator' },
      { label: 'Last inn på nytt', role: 'reload' },
      { label: 'Utviklerverktøy', role: 'toggleDevTools' },
    );
  }
  return [
    { label: 'Fil', submenu: [{ label: 'Avslutt', role: 'quit' }] },
    {
      label: 'Rediger',
      submenu: [
        { label: 'Angre', role: 'undo' },
        { label: 'Gjør om', role: 'redo' },
        { type: 'separator' },
        { label: 'Klipp ut', role: 'cut' },
        { label: 'Kopier', role: 'copy' },
        { label: 'Lim inn', role: 'paste' },
        { label: 'Merk alt', role: 'selectAll' },
      ],
    },
    { label: 'Vis', submenu: view },
    {
      label: 'Vindu',
      submenu: [
        { label: 'Minimer', role: 'minimize' },
        { label: 'Lukk', role: 'close' },
      ],
    },
  ];
}
