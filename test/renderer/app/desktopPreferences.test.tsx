import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { setBridge } from '@renderer/api/client';
import {
  chooseLanguage,
  errorReport,
  installErrorReports,
  lastUserName,
  loadStartPreferences,
} from '@renderer/app/desktopPreferences';
import { LoginPage } from '@renderer/features/session/LoginPage';
import type { RendererErrorReport, SamordnaBridge, WindowPreferences } from '@shared/api/bridge';

import { renderWithQueries } from '../coordinators/fakeCoordinators';

function desktopBridge(prefs: WindowPreferences) {
  return {
    preferences: vi.fn(async () => prefs),
    setPreferences: vi.fn(async () => undefined),
  };
}

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

afterEach(async () => {
  setBridge(undefined);
  await loadStartPreferences(undefined, memoryStorage());
  await i18next.changeLanguage('nb');
});

describe('preferences in the desktop app', () => {
  it('starts in the language main kept, over localStorage', async () => {
    const bridge = desktopBridge({ language: 'nn', lastUserName: 'kari' });
    await expect(loadStartPreferences(bridge, memoryStorage({ 'samordna.language': 'en' }))).resolves.toBe(
      'nn',
    );
    expect(lastUserName()).toBe('kari');
  });

  it('in the browser host keeps the language in localStorage and remembers no user', async () => {
    await expect(loadStartPreferences(undefined, memoryStorage({ 'samordna.language': 'en' }))).resolves.toBe(
      'en',
    );
    expect(lastUserName()).toBeNull();
  });

  it('falls back when main answers nonsense or fails', async () => {
    const odd = desktopBridge({ language: 'sv' as never, lastUserName: 42 as never });
    await expect(loadStartPreferences(odd, memoryStorage())).resolves.toBe('nb');
    expect(lastUserName()).toBeNull();
    const failing = {
      preferences: vi.fn(async () => Promise.reject(new Error('gone'))),
      setPreferences: vi.fn(),
    };
    await expect(loadStartPreferences(failing, memoryStorage({ 'samordna.language': 'nn' }))).resolves.toBe(
      'nn',
    );
  });

  it('keeps a chosen language in main as well', async () => {
    const bridge = desktopBridge({ language: null, lastUserName: null });
    await loadStartPreferences(bridge, memoryStorage());
    const storage = memoryStorage();
    await chooseLanguage('en', storage);
    expect(bridge.setPreferences).toHaveBeenCalledWith({ language: 'en' });
    expect(storage.getItem('samordna.language')).toBe('en');
    expect(i18next.language).toBe('en');
  });

  it('offers the last user name at start and keeps who logged in for the next start', async () => {
    const bridge = desktopBridge({ language: null, lastUserName: 'kari.admin' });
    await loadStartPreferences(bridge, memoryStorage());
    const login = vi.fn(async () => ({
      ok: true,
      data: { id: 2, username: 'ola', displayName: 'Ola', role: 'saksbehandler' },
    }));
    setBridge({ kind: 'electron', invoke: login as unknown as SamordnaBridge['invoke'] });
    renderWithQueries(
      <LoginPage
        municipality="Testvik kommune"
        lockedUser={null}
        onLogin={() => {}}
        onOtherUser={() => {}}
      />,
    );
    const name = screen.getByRole('textbox', { name: 'Brukernavn' });
    expect((name as HTMLInputElement).value).toBe('kari.admin');
    const user = userEvent.setup();
    await user.clear(name);
    await user.type(name, 'ola');
    await user.type(screen.getByLabelText('Passord'), 'et passord');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    await vi.waitFor(() => expect(bridge.setPreferences).toHaveBeenCalledWith({ lastUserName: 'ola' }));
    // Kept for the next start; after a logout in this run the form starts empty.
    expect(lastUserName()).toBeNull();
  });
});

describe('errors in the window', () => {
  it('are reported with their class and frames, never their message', () => {
    const error = new TypeError('Kari Nordmann 01017012345\nat odd (line)');
    const report = errorReport('error', error);
    expect(report.kind).toBe('TypeError');
    expect(report.stack).not.toContain('Kari');
    expect(report.stack).not.toContain('01017012345');
    expect(errorReport('unhandledrejection', 'Kari Nordmann')).toEqual({
      event: 'unhandledrejection',
      kind: '',
      stack: '',
    });
  });

  it('reach main from window error and unhandledrejection events, in the desktop app only', () => {
    const target = new EventTarget();
    const reportError = vi.fn(async (_report: RendererErrorReport) => 'AB12-CD34');
    installErrorReports(target as unknown as Window, { reportError });
    target.dispatchEvent(Object.assign(new Event('error'), { error: new RangeError('x') }));
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: new Error('y') }));
    expect(reportError.mock.calls.map(([r]) => [r.event, r.kind])).toEqual([
      ['error', 'RangeError'],
      ['unhandledrejection', 'Error'],
    ]);
    const host = new EventTarget();
    const add = vi.spyOn(host, 'addEventListener');
    installErrorReports(host as unknown as Window, undefined);
    expect(add).not.toHaveBeenCalled();
  });
});
