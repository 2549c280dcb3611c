import { describe, expect, it, vi } from 'vitest';

import { openPreferences } from '@main/preferences';
import { registerWindowChannels, type WindowChannelEvent } from '@main/windowChannels';
import { PREFERENCES_CHANNEL, REPORT_ERROR_CHANNEL, SET_PREFERENCES_CHANNEL } from '@shared/api/bridge';

type Listener = (event: WindowChannelEvent, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Listener>();
  const preferences = openPreferences(() => {
    throw new Error('memory only');
  }, vi.fn());
  preferences.set({ dataFolder: 'D:\\Samordna', zoomLevel: 1 });
  const reportError = vi.fn(() => 'AB12-CD34');
  registerWindowChannels(
    { handle: (channel, listener) => handlers.set(channel, listener) },
    { preferences, reportError },
    (frame) => frame?.url === 'app://samordna/',
  );
  const call = (channel: string, trusted: boolean, ...args: unknown[]) =>
    handlers.get(channel)!(
      { senderFrame: { url: trusted ? 'app://samordna/' : 'https://evil/', parent: null } },
      ...args,
    );
  return { preferences, reportError, call };
}

describe('the window channels', () => {
  it('gives the page the language and last user name only, never the data folder or the window', async () => {
    const { preferences, call } = setup();
    preferences.set({ language: 'nn', lastUserName: 'kari' });
    await expect(call(PREFERENCES_CHANNEL, true)).resolves.toEqual({ language: 'nn', lastUserName: 'kari' });
    await expect(call(PREFERENCES_CHANNEL, false)).resolves.toEqual({ language: null, lastUserName: null });
  });

  it('lets the page set those two and nothing else, and nothing at all from a foreign frame', async () => {
    const { preferences, call } = setup();
    await call(SET_PREFERENCES_CHANNEL, true, {
      language: 'en',
      lastUserName: 'ola',
      dataFolder: '\\\\evil\\share',
    });
    expect(preferences.get()).toEqual({
      language: 'en',
      lastUserName: 'ola',
      dataFolder: 'D:\\Samordna',
      zoomLevel: 1,
    });
    await call(SET_PREFERENCES_CHANNEL, false, { language: 'nb' });
    await call(SET_PREFERENCES_CHANNEL, true, 'nb');
    await call(SET_PREFERENCES_CHANNEL, true, { language: 'klingon' });
    expect(preferences.get().language).toBe('en');
  });

  it('takes error reports from our window only and answers with the incident id', async () => {
    const { reportError, call } = setup();
    await expect(call(REPORT_ERROR_CHANNEL, true, { event: 'error' })).resolves.toBe('AB12-CD34');
    await expect(call(REPORT_ERROR_CHANNEL, false, { event: 'error' })).resolves.toBeNull();
    expect(reportError).toHaveBeenCalledOnce();
  });
});
