import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  checkPreferencesFile,
  DEFAULT_WINDOW,
  inspectPreferencesFile,
  openPreferences,
  readPreferences,
  windowPlacement,
  windowStateOf,
  type KeyValueStore,
} from '@main/preferences';

// electron-store is conf with Electron's folders filled in; conf is what reads and writes the file.
let dir: string;
const openConf = () =>
  new Conf({
    cwd: dir,
    configName: 'preferences',
    clearInvalidConfig: false,
    projectName: 'samordna-test',
  }) as unknown as KeyValueStore;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'samordna-prefs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the preferences file', () => {
  it('keeps what is set across opening it again', () => {
    const prefs = openPreferences(openConf, vi.fn());
    expect(prefs.get()).toEqual({});
    expect(
      prefs.set({
        language: 'nn',
        lastUserName: 'kari',
        zoomLevel: 1,
        window: { x: 10, y: 20, width: 1200, height: 800, maximized: true },
      }),
    ).toBe(true);
    expect(openPreferences(openConf, vi.fn()).get()).toEqual({
      language: 'nn',
      lastUserName: 'kari',
      zoomLevel: 1,
      window: { x: 10, y: 20, width: 1200, height: 800, maximized: true },
    });
    expect(JSON.parse(readFileSync(path.join(dir, 'preferences.json'), 'utf8'))).toMatchObject({
      language: 'nn',
    });
  });

  it('never clears a file that is not JSON: it is left byte for byte as it was', () => {
    const file = path.join(dir, 'preferences.json');
    const damaged = '{"dataFolder": "D:\\Samordna\\data", \u0000 garbage';
    writeFileSync(file, damaged);
    const prefs = openPreferences(openConf, vi.fn());
    expect(prefs.get()).toEqual({});
    expect(readFileSync(file, 'utf8')).toBe(damaged);
  });

  it('uses memory only, and touches no file, when told there is no store to open', () => {
    const prefs = openPreferences(() => null, vi.fn());
    expect(prefs.set({ language: 'en' })).toBe(true);
    expect(prefs.get()).toEqual({ language: 'en' });
  });

  it('drops each field that does not pass on its own and keeps the rest', () => {
    writeFileSync(
      path.join(dir, 'preferences.json'),
      JSON.stringify({
        language: 'sv',
        lastUserName: 'kari',
        zoomLevel: 'huge',
        window: { x: 1, y: 2, width: 50, height: 800, maximized: false },
        dataFolder: 'D:\\Samordna\\data',
        secret: 'not ours',
      }),
    );
    expect(openPreferences(openConf, vi.fn()).get()).toEqual({
      lastUserName: 'kari',
      dataFolder: 'D:\\Samordna\\data',
    });
  });

  it('starts with defaults when the file is JSON but not an object', () => {
    for (const content of ['[1,2,3]', '"text"', 'null', '42']) {
      writeFileSync(path.join(dir, 'preferences.json'), content);
      const prefs = openPreferences(openConf, vi.fn());
      expect(prefs.get(), content).toEqual({});
    }
  });

  it('works in memory when the store cannot be opened at all', () => {
    const log = vi.fn();
    const prefs = openPreferences(() => {
      throw new Error('EACCES');
    }, log);
    expect(log).toHaveBeenCalledOnce();
    expect(prefs.get()).toEqual({});
    prefs.set({ language: 'nn' });
    expect(prefs.get()).toEqual({ language: 'nn' });
  });

  it('keeps working when the store fails while reading or writing', () => {
    const log = vi.fn();
    const broken: KeyValueStore = {
      get store(): Record<string, unknown> {
        throw new Error('EIO');
      },
      set: () => {
        throw new Error('ENOSPC');
      },
      delete: () => undefined,
    };
    const prefs = openPreferences(() => broken, log);
    expect(prefs.set({ zoomLevel: 2 })).toBe(true);
    expect(prefs.get()).toEqual({ zoomLevel: 2 });
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('refuses a value that does not pass, and keeps the other fields of the same patch', () => {
    const prefs = openPreferences(openConf, vi.fn());
    const window = { x: 10, y: 20, width: 1200, height: 800, maximized: false };
    expect(prefs.set({ language: 'nb', lastUserName: 'x'.repeat(101) })).toBe(false);
    expect(prefs.set({ window, zoomLevel: Number.NaN })).toBe(false);
    expect(prefs.set({ language: '<script>' })).toBe(false);
    expect(openPreferences(openConf, vi.fn()).get()).toEqual({ language: 'nb', window });
  });

  it('keeps a zoom beyond the range at its nearest end, and the window saved with it', () => {
    const prefs = openPreferences(openConf, vi.fn());
    const window = { x: 10, y: 20, width: 1200, height: 800, maximized: true };
    // Zooming out past the menu's last step gives Chromium levels below the schema's minimum.
    expect(prefs.set({ window, zoomLevel: -7.6 })).toBe(true);
    expect(openPreferences(openConf, vi.fn()).get()).toEqual({ window, zoomLevel: -5 });
    expect(prefs.set({ zoomLevel: 40 })).toBe(true);
    expect(prefs.get().zoomLevel).toBe(9);
  });

  it('saves each field on its own, so a write that fails costs only that field', () => {
    const written: Record<string, unknown> = {};
    const log = vi.fn();
    const flaky: KeyValueStore = {
      get store() {
        return written;
      },
      set: (key, value) => {
        if (key === 'window') throw new Error('EIO');
        written[key] = value;
      },
      delete: () => undefined,
    };
    const prefs = openPreferences(() => flaky, log);
    const window = { x: 1, y: 2, width: 1200, height: 800, maximized: false };
    prefs.set({ zoomLevel: 1, window, language: 'nn' });
    expect(written).toEqual({ language: 'nn', zoomLevel: 1 });
    expect(log).toHaveBeenCalledOnce();
  });

  it('forgets a field set to null', () => {
    const prefs = openPreferences(openConf, vi.fn());
    prefs.set({ lastUserName: 'kari' });
    prefs.set({ lastUserName: null });
    expect(openPreferences(openConf, vi.fn()).get()).toEqual({});
  });

  it('reads nothing from what is not an object', () => {
    expect(readPreferences(null)).toEqual({});
    expect(readPreferences([{ language: 'nn' }])).toEqual({});
    expect(readPreferences(Object.create({ language: 'nn' }))).toEqual({});
  });
});

describe('a preferences file the start must not go past', () => {
  it('is fine when there is none, or when it holds good or merely wrong fields', () => {
    expect(inspectPreferencesFile(null)).toBeNull();
    expect(inspectPreferencesFile('{}')).toBeNull();
    expect(inspectPreferencesFile('\uFEFF{"dataFolder": "D:/Samordna/data"}')).toBeNull();
    expect(inspectPreferencesFile('{"dataFolder": "D:\\\\Samordna\\\\data"}')).toBeNull();
    // Bad window, zoom or language only fall back to their defaults.
    expect(inspectPreferencesFile('{"language": "sv", "zoomLevel": "huge", "window": 3}')).toBeNull();
  });

  it('cannot be read: not JSON, or JSON that is not an object', () => {
    for (const text of ['', '{"language": "nn", \u0000 garbage', '[1]', 'null', '"D:\\\\x"'])
      expect(inspectPreferencesFile(text), text).toBe('unreadable');
    // A single backslash in a JSON string, as IT may well type a Windows path.
    expect(inspectPreferencesFile('{"dataFolder": "D:\\Samordna\\data"}')).toBe('unreadable');
  });

  it('is there but cannot be opened, which is as bad as unreadable; none there is fine', () => {
    const failing = (code: string) => () => {
      throw Object.assign(new Error(code), { code });
    };
    expect(checkPreferencesFile(failing('ENOENT'))).toBeNull();
    expect(checkPreferencesFile(failing('EACCES'))).toBe('unreadable');
    expect(checkPreferencesFile(failing('EBUSY'))).toBe('unreadable');
    expect(checkPreferencesFile(() => '{"dataFolder": 7}')).toBe('dataFolder');
    expect(checkPreferencesFile(() => '{"language": "nn"}')).toBeNull();
  });

  it('has a dataFolder that is not a folder name', () => {
    for (const value of ['""', '"   "', 'null', '42', '["D:/x"]', JSON.stringify('x'.repeat(1001))])
      expect(inspectPreferencesFile(`{"dataFolder": ${value}}`), value).toBe('dataFolder');
  });
});

describe('where the window opens', () => {
  const laptop = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
  const second = { workArea: { x: 1366, y: 0, width: 1920, height: 1040 } };

  it('opens at the default size, centred, the first time', () => {
    expect(windowPlacement(undefined, [laptop], laptop)).toEqual({
      width: DEFAULT_WINDOW.width > 1366 ? 1366 : DEFAULT_WINDOW.width,
      height: 728,
      maximized: false,
    });
    expect(windowPlacement(undefined, [], undefined)).toEqual({ width: 1440, height: 900, maximized: false });
  });

  it('opens where it was left on a display that still shows it', () => {
    const saved = { x: 1500, y: 40, width: 1400, height: 900, maximized: true };
    expect(windowPlacement(saved, [laptop, second], laptop)).toEqual(saved);
  });

  it('opens centred at the default size when its display is gone', () => {
    const saved = { x: 1500, y: 40, width: 1400, height: 900, maximized: false };
    const placement = windowPlacement(saved, [laptop], laptop);
    expect(placement.x).toBeUndefined();
    expect(placement.y).toBeUndefined();
    expect(placement).toMatchObject({ width: 1366, height: 728 });
  });

  it('does not use a place of which only a sliver is on screen', () => {
    const saved = { x: 1300, y: 700, width: 1000, height: 800, maximized: false };
    expect(windowPlacement(saved, [laptop], laptop).x).toBeUndefined();
  });

  it('is moved inside its display where the saved place sticks out, title bar reachable', () => {
    const wide = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
    // Wide enough to reach the display from far to the left: the size is cut, so the place is too.
    expect(
      windowPlacement({ x: -5000, y: 10, width: 6000, height: 800, maximized: false }, [wide], wide),
    ).toEqual({ x: 0, y: 10, width: 1920, height: 800, maximized: false });
    // Title bar above the top, right edge beyond the display.
    expect(
      windowPlacement({ x: 1000, y: -300, width: 1200, height: 900, maximized: false }, [wide], wide),
    ).toEqual({ x: 720, y: 0, width: 1200, height: 900, maximized: false });
    // On a second display to the right, kept on that display.
    expect(
      windowPlacement(
        { x: 3000, y: 500, width: 1400, height: 900, maximized: false },
        [laptop, second],
        laptop,
      ),
    ).toEqual({ x: 1886, y: 140, width: 1400, height: 900, maximized: false });
  });

  it('is never larger than the display it opens on', () => {
    const saved = { x: 0, y: 0, width: 2400, height: 1600, maximized: false };
    expect(windowPlacement(saved, [laptop], laptop)).toMatchObject({ width: 1366, height: 728 });
  });

  it('records the normal bounds and the maximised state', () => {
    expect(
      windowStateOf({
        getNormalBounds: () => ({ x: 10.4, y: -5, width: 1200, height: 800 }),
        isMaximized: () => true,
      }),
    ).toEqual({ x: 10, y: -5, width: 1200, height: 800, maximized: true });
    expect(
      windowStateOf({
        getNormalBounds: () => ({ x: 0, y: 0, width: 0, height: 0 }),
        isMaximized: () => false,
      }),
    ).toBeNull();
  });
});
