import { describe, expect, it, vi } from 'vitest';

import { registerIpc, type IpcEvent } from '@main/ipc';
import { isTrustedSender } from '@main/security';
import { channelNames, type Result } from '@shared/api';

type Listener = (event: IpcEvent, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: vi.fn((channel: string, listener: Listener) => {
      handlers.set(channel, listener);
    }),
  };
}

const fromOurWindow: IpcEvent = { senderFrame: { url: 'app://samordna/', parent: null } };
const fromAnIframe: IpcEvent = { senderFrame: { url: 'app://samordna/', parent: fromOurWindow.senderFrame } };
const someChannel = channelNames[0]!;

describe('IPC registration', () => {
  it('registers exactly the channels of the contract, each once', () => {
    const ipcMain = fakeIpcMain();
    registerIpc(ipcMain, vi.fn(), isTrustedSender);
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...channelNames].sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(channelNames.length);
  });

  it('refuses a message from an untrusted frame without calling core', async () => {
    const ipcMain = fakeIpcMain();
    const dispatch = vi.fn();
    registerIpc(ipcMain, dispatch, isTrustedSender);
    const answer = await ipcMain.handlers.get(someChannel)!(fromAnIframe, {});
    expect(answer).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Forespørselen kom ikke fra Samordna-vinduet.' },
    });
    expect(await ipcMain.handlers.get(someChannel)!({ senderFrame: null }, {})).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('forwards a call from our window to core and returns its Result unchanged', async () => {
    const ipcMain = fakeIpcMain();
    const result: Result<unknown> = { ok: true, data: { status: 'locked' } };
    const dispatch = vi.fn(async () => result);
    registerIpc(ipcMain, dispatch, isTrustedSender);
    const input = { any: 'input' };
    expect(await ipcMain.handlers.get(someChannel)!(fromOurWindow, input)).toBe(result);
    expect(dispatch).toHaveBeenCalledWith(someChannel, input);
  });

  it('turns an unexpected exception into an INTERNAL error instead of a stack trace', async () => {
    const ipcMain = fakeIpcMain();
    registerIpc(
      ipcMain,
      async () => {
        throw new Error('database is locked at /secret/path');
      },
      isTrustedSender,
    );
    const answer = (await ipcMain.handlers.get(someChannel)!(fromOurWindow, {})) as Result<unknown>;
    expect(answer.ok).toBe(false);
    expect(answer.ok === false && answer.error.code).toBe('INTERNAL');
    expect(JSON.stringify(answer)).not.toContain('/secret/path');
  });
});
