import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';

import { applicationMenuTemplate } from '@main/menu';

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

const roles = (flags: { devTools: boolean }) =>
  allItems(applicationMenuTemplate(flags)).flatMap((item) => (item.role ? [item.role] : []));

describe('the application menu', () => {
  it('keeps the zoom shortcuts, since the register must work at 200 %', () => {
    expect(roles({ devTools: false })).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('keeps the edit commands: cut, copy, paste, undo and select all', () => {
    expect(roles({ devTools: false })).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('has no reload or developer tools in a release build', () => {
    expect(roles({ devTools: false })).not.toContain('toggleDevTools');
    expect(roles({ devTools: false })).not.toContain('reload');
    expect(roles({ devTools: true })).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('has no click handlers and no help links that could open a web page', () => {
    const items = allItems(applicationMenuTemplate({ devTools: true }));
    expect(items.filter((item) => item.click !== undefined)).toEqual([]);
    expect(roles({ devTools: true })).not.toContain('help');
  });

  it('labels every command in Norwegian rather than leaving Electron’s English defaults', () => {
    const items = allItems(applicationMenuTemplate({ devTools: true }));
    for (const item of items.filter((i) => i.type !== 'separator')) {
      expect(item.label, `item with role ${item.role}`).toBeTruthy();
    }
    expect(applicationMenuTemplate({ devTools: false }).map((m) => m.label)).toEqual([
      'Fil',
      'Rediger',
      'Vis',
      'Vindu',
    ]);
  });
});
