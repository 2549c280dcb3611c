import Conf from 'conf';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW,
  openPreferences,
  readPreferences,
  windowPlacement,
  windowStateOf,
  type KeyValueStore,
} from '../../electron/main/preferences';

// electron-store is conf with Electron's folders filled in; conf is what reads and writes the file.
let dir: string;
const openConf = () =>
  new Conf({
    cwd: dir,
    configName: 'preferences',
    clearInvalidConfig: true,
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

  it('starts with defaults when the file is not JSON, and writes a good one again', () => {
    writeFileSync(path.join(dir, 'preferences.json'), '{"language": "nn", \u0000 garbage');
    const log = vi.fn();
    const prefs = openPreferences(openConf, log);
    expect(prefs.get()).toEqual({});
    prefs.set({ language: 'en' });
    expect(openPreferences(openConf, vi.fn()).get()).toEqual({ language: 'en' });
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

  it('refuses a value that does not pass, and writes nothing of that patch', () => {
    const prefs = openPreferences(openConf, vi.fn());
    expect(prefs.set({ language: 'nb', lastUserName: 'x'.repeat(101) })).toBe(false);
    expect(prefs.set({ zoomLevel: Number.NaN })).toBe(false);
    expect(prefs.set({ language: '<script>' })).toBe(false);
    expect(prefs.get()).toEqual({});
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
