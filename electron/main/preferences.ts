import { z } from 'zod';

/**
 * The desktop app's preferences: how the window was left, the language, the last user name (so
 * the login form needs only the password), the zoom level and where the register lives (how IT
 * moves it). Never a secret, never a person's data from the register. Kept in preferences.json
 * in the local app folder by electron-store; every field is checked when read, and a field that
 * does not pass is dropped on its own, so one bad value never costs the others. The file is never
 * cleared: one that cannot be read, or whose `dataFolder` is not a folder, stops the start
 * (inspectPreferencesFile), since the register it names must not be replaced by a new, empty one.
 */

const int = z.number().int().min(-100_000).max(100_000);

export const windowStateSchema = z.object({
  x: int,
  y: int,
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(200).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type PreferenceLanguage = (typeof LANGUAGES)[number];

/** Chromium's zoom levels: 0 is 100 %, each step is 20 %; the menu's range is about −3 … +5. */
export const ZOOM_RANGE = { min: -5, max: 9 } as const;
const zoomSchema = z.number().min(ZOOM_RANGE.min).max(ZOOM_RANGE.max);

/** A login name as core accepts it; anything else is not a user name and is not kept. */
const userNameSchema = z.string().trim().min(1).max(100);

const preferenceFields = {
  window: windowStateSchema,
  language: z.enum(LANGUAGES),
  lastUserName: userNameSchema,
  zoomLevel: zoomSchema,
  dataFolder: z.string().trim().min(1).max(1_000),
} as const;

export interface Preferences {
  window?: WindowState;
  language?: PreferenceLanguage;
  lastUserName?: string;
  zoomLevel?: number;
  dataFolder?: string;
}

type Key = keyof Preferences;
const KEYS = Object.keys(preferenceFields) as Key[];

/** What was read, field by field: each one that passes its schema, nothing else. */
export function readPreferences(raw: unknown): Preferences {
  const out: Record<string, unknown> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  const source = raw as Record<string, unknown>;
  for (const key of KEYS) {
    if (!Object.hasOwn(source, key)) continue;
    const parsed = preferenceFields[key].safeParse(source[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Preferences;
}

/** What is wrong with a preferences file that stops the start. */
export type PreferencesFileProblem = 'unreadable' | 'dataFolder';

/**
 * Whether the preferences file may be used, from its text (null: there is none, which is fine).
 * A file that is not a JSON object cannot say whether IT moved the register, and a `dataFolder`
 * that does not pass its schema names a folder nobody can tell: in both cases the app must not
 * start with the default folder, so the start stops and the file is left as it is. Any other bad
 * field only falls back to its default (readPreferences).
 */
export function inspectPreferencesFile(text: string | null): PreferencesFileProblem | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    // Notepad may save a byte order mark; conf skips it too.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return 'unreadable';
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'unreadable';
  if (Object.hasOwn(raw, 'dataFolder')) {
    const folder = (raw as Record<string, unknown>).dataFolder;
    if (!preferenceFields.dataFolder.safeParse(folder).success) return 'dataFolder';
  }
  return null;
}

/**
 * The same check over the file itself: none there is fine, one that cannot be read (locked,
 * no access) is as bad as one that cannot be parsed.
 */
export function checkPreferencesFile(read: () => string): PreferencesFileProblem | null {
  let text: string;
  try {
    text = read();
  } catch (error) {
    return (error as { code?: unknown } | null)?.code === 'ENOENT' ? null : 'unreadable';
  }
  return inspectPreferencesFile(text);
}

/** The part of electron-store (conf) that is used: the whole object, and setting one key. */
export interface KeyValueStore {
  readonly store: Record<string, unknown>;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

export interface PreferenceStore {
  get(): Preferences;
  /**
   * Sets the fields given, each on its own: a field that does not pass its schema is not kept
   * (the answer is then false) and never costs the others. A zoom level beyond the range is kept
   * at its nearest end.
   */
  set(patch: Partial<Record<Key, unknown>>): boolean;
}

/** A finite zoom level outside the schema's range, brought to its nearest end. */
function clampZoom(value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  return Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, value));
}

/**
 * The preferences over a store. A store that cannot be opened (a folder that cannot be written),
 * or none given (`open` answers null: the file is not to be touched), gives way to one in memory:
 * the app starts with defaults rather than not at all. Errors are reported to `log` and never
 * thrown.
 */
export function openPreferences(
  open: () => KeyValueStore | null,
  log: (error: unknown) => void,
): PreferenceStore {
  let store: KeyValueStore | null;
  try {
    store = open();
  } catch (error) {
    log(error);
    store = null;
  }
  let memory: Preferences = {};
  const read = (): Preferences => {
    if (!store) return memory;
    try {
      return readPreferences(store.store);
    } catch (error) {
      log(error);
      return memory;
    }
  };
  return {
    get: read,
    set(patch) {
      const checked: Record<string, unknown> = {};
      let allKept = true;
      for (const key of KEYS) {
        if (!Object.hasOwn(patch, key)) continue;
        const value = key === 'zoomLevel' ? clampZoom(patch[key]) : patch[key];
        if (value === undefined || value === null) {
          checked[key] = undefined;
          continue;
        }
        const parsed = preferenceFields[key].safeParse(value);
        if (parsed.success) checked[key] = parsed.data;
        else allKept = false;
      }
      memory = { ...memory, ...checked };
      for (const key of Object.keys(memory) as Key[]) if (memory[key] === undefined) delete memory[key];
      if (!store) return allKept;
      // One field at a time, so a write that fails costs only its own field.
      for (const [key, value] of Object.entries(checked)) {
        try {
          if (value === undefined) store.delete(key);
          else store.set(key, value);
        } catch (error) {
          log(error);
        }
      }
      return allKept;
    },
  };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What Electron's screen.getAllDisplays() gives per display that is used here. */
export interface DisplayLike {
  workArea: Rect;
}

export interface WindowPlacement {
  width: number;
  height: number;
  /** Absent: Electron centres the window on the primary display. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW = { width: 1440, height: 900 } as const;
/** How much of the saved window must lie on one display for the place to be used again. */
const MIN_VISIBLE = { width: 200, height: 100 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Where the window opens: where it was left, when a display that still exists shows enough of it
 * (a laptop taken away from its second screen must not open the window off screen), no larger
 * than that display and moved inside it where it stuck out; otherwise the default size, centred, no larger than the primary display.
 */
export function windowPlacement(
  saved: WindowState | undefined,
  displays: readonly DisplayLike[],
  primary: DisplayLike | undefined,
): WindowPlacement {
  if (saved) {
    const home = displays.find((display) => {
      const o = overlap(saved, display.workArea);
      return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
    });
    if (home) {
      const area = home.workArea;
      const width = Math.min(saved.width, area.width);
      const height = Math.min(saved.height, area.height);
      // The size is the display's at most, so the whole window (its title bar too) fits inside.
      return {
        x: clamp(saved.x, area.x, area.x + area.width - width),
        y: clamp(saved.y, area.y, area.y + area.height - height),
        width,
        height,
        maximized: saved.maximized,
      };
    }
  }
  const area = primary?.workArea;
  return {
    width: area ? Math.min(DEFAULT_WINDOW.width, area.width) : DEFAULT_WINDOW.width,
    height: area ? Math.min(DEFAULT_WINDOW.height, area.height) : DEFAULT_WINDOW.height,
    maximized: saved?.maximized ?? false,
  };
}

/** The window as it is left: its normal (not maximised) bounds and whether it was maximised. */
export function windowStateOf(window: {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}): WindowState | null {
  const bounds = window.getNormalBounds();
  const parsed = windowStateSchema.safeParse({
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: window.isMaximized(),
  });
  return parsed.success ? parsed.data : null;
}
