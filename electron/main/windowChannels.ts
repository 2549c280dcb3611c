import {
  PREFERENCES_CHANNEL,
  REPORT_ERROR_CHANNEL,
  SET_PREFERENCES_CHANNEL,
  type WindowPreferences,
} from '@shared/api/bridge';

import type { PreferenceStore } from './preferences';
import type { SenderFrame } from './security';

export interface WindowChannelEvent {
  readonly senderFrame: SenderFrame | null;
}

export interface IpcMainForWindow {
  handle(
    channel: string,
    listener: (event: WindowChannelEvent, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

const NO_PREFERENCES: WindowPreferences = { language: null, lastUserName: null };

/** The two preferences the window may read and set; the window, size and data folder are main's. */
export function windowPreferences(store: PreferenceStore): WindowPreferences {
  const prefs = store.get();
  return { language: prefs.language ?? null, lastUserName: prefs.lastUserName ?? null };
}

/** Takes only `language` and `lastUserName` from what the page sent; the store checks the values. */
export function setWindowPreferences(store: PreferenceStore, raw: unknown): void {
  if (typeof raw !== 'object' || raw === null) return;
  const patch: Record<string, unknown> = {};
  for (const key of ['language', 'lastUserName'] as const) {
    if (Object.hasOwn(raw, key)) patch[key] = (raw as Record<string, unknown>)[key];
  }
  store.set(patch);
}

/**
 * The window's preferences and its error reports, with the sender frame checked like every
 * contract channel. Nothing here throws back to the page.
 */
export function registerWindowChannels(
  ipcMain: IpcMainForWindow,
  deps: { preferences: PreferenceStore; reportError(raw: unknown): string | null },
  isTrusted: (frame: SenderFrame | null) => boolean,
): void {
  ipcMain.handle(PREFERENCES_CHANNEL, async (event) =>
    isTrusted(event.senderFrame) ? windowPreferences(deps.preferences) : NO_PREFERENCES,
  );
  ipcMain.handle(SET_PREFERENCES_CHANNEL, async (event, raw) => {
    if (isTrusted(event.senderFrame)) setWindowPreferences(deps.preferences, raw);
    return null;
  });
  ipcMain.handle(REPORT_ERROR_CHANNEL, async (event, raw) =>
    isTrusted(event.senderFrame) ? deps.reportError(raw) : null,
  );
}
