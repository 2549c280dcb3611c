import { EventEmitter } from 'node:events';

import { describe, expect, it, vi } from 'vitest';

import {
  closeAfterDrafts,
  closeBeforeQuit,
  closeInTurn,
  createDraftFlusher,
  flushBeforeWindowCloses,
  lockOnSystemLock,
  type DraftsFlushedEvent,
} from '@main/lifecycle';
import { DRAFTS_FLUSHED_CHANNEL, FLUSH_DRAFTS_CHANNEL } from '@shared/api/bridge';

const noFlush = async () => undefined;
const APP_FRAME = { url: 'app://samordna/', parent: null };
const isTrusted = (frame: { url: string; parent: unknown } | null) =>
  frame?.url === APP_FRAME.url && frame.parent === null;

/** ipcMain with the one handler, and a window whose page answers (or not) as the test says. */
function draftWindow(answer: 'at once' | 'never' | 'from elsewhere' = 'at once') {
  const handlers = new Map<string, (event: DraftsFlushedEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain = { handle: vi.fn((channel: string, listener: never) => handlers.set(channel, listener)) };
  const sent: Array<[string, number]> = [];
  const contents = {
    destroyed: false,
    isDestroyed: () => contents.destroyed,
    send: vi.fn((channel: string, id: number) => {
      sent.push([channel, id]);
      const reply = handlers.get(DRAFTS_FLUSHED_CHANNEL)!;
      if (answer === 'at once') setTimeout(() => void reply({ senderFrame: APP_FRAME }, id), 5);
      if (answer === 'from elsewhere')
        setTimeout(() => void reply({ senderFrame: { url: 'https://evil.example/', parent: null } }, id), 5);
    }),
  };
  return { ipcMain, contents, sent, handlers };
}

describe('locking with the system', () => {
  it('locks the register when the screen locks and when the PC goes to sleep', async () => {
    const power = new EventEmitter();
    const lock = vi.fn(async () => ({ ok: true }));
    lockOnSystemLock(power, noFlush, lock);
    power.emit('lock-screen');
    await vi.waitFor(() => expect(lock).toHaveBeenCalledTimes(1));
    power.emit('suspend');
    await vi.waitFor(() => expect(lock).toHaveBeenCalledTimes(2));
    power.emit('unlock-screen');
    power.emit('resume');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lock).toHaveBeenCalledTimes(2);
  });

  it('asks the window to write its drafts and locks only once it has answered', async () => {
    const { ipcMain, contents } = draftWindow('at once');
    const flush = createDraftFlusher(ipcMain, () => contents, isTrusted, 60_000);
    expect(ipcMain.handle).toHaveBeenCalledWith(DRAFTS_FLUSHED_CHANNEL, expect.any(Function));
    const power = new EventEmitter();
    const order: string[] = [];
    contents.send.mockImplementationOnce((channel: string, id: number) => {
      order.push('flush asked');
      setTimeout(() => {
        order.push('window answered');
        void draftWindowReply(ipcMain, id);
      }, 30);
    });
    lockOnSystemLock(power, flush, async () => order.push('locked'));
    power.emit('lock-screen');
    await vi.waitFor(() => expect(order).toEqual(['flush asked', 'window answered', 'locked']));
    expect(contents.send).toHaveBeenCalledWith(FLUSH_DRAFTS_CHANNEL, expect.any(Number));
  });

  it('locks after the timeout when the window does not answer, or an answer comes from elsewhere', async () => {
    for (const answer of ['never', 'from elsewhere'] as const) {
      const { ipcMain, contents, sent } = draftWindow(answer);
      const flush = createDraftFlusher(ipcMain, () => contents, isTrusted, 80);
      const power = new EventEmitter();
      const lock = vi.fn(async () => undefined);
      lockOnSystemLock(power, flush, lock);
      const started = Date.now();
      power.emit('suspend');
      await new Promise((resolve) => setTimeout(resolve, 40));
      expect(sent, answer).toHaveLength(1);
      expect(lock, answer).not.toHaveBeenCalled();
      await vi.waitFor(() => expect(lock).toHaveBeenCalledOnce());
      expect(Date.now() - started, answer).toBeGreaterThanOrEqual(75);
    }
  });

  it('locks at once when there is no window, or it is gone, or sending to it fails', async () => {
    const { ipcMain, contents } = draftWindow('never');
    let current: typeof contents | null = null;
    const flush = createDraftFlusher(ipcMain, () => current, isTrusted, 60_000);
    await flush();
    current = contents;
    contents.destroyed = true;
    await flush();
    contents.destroyed = false;
    contents.send.mockImplementationOnce(() => {
      throw new Error('render frame was disposed');
    });
    await flush();
    expect(contents.send).toHaveBeenCalledOnce();
  });

  it('answers for each request separately: an old answer does not end a newer wait', async () => {
    const { ipcMain, contents, sent, handlers } = draftWindow('never');
    const flush = createDraftFlusher(ipcMain, () => contents, isTrusted, 60_000);
    const first = flush();
    const second = flush();
    const reply = handlers.get(DRAFTS_FLUSHED_CHANNEL)!;
    const [, firstId] = sent[0]!;
    const [, secondId] = sent[1]!;
    expect(firstId).not.toBe(secondId);
    let secondDone = false;
    void second.then(() => (secondDone = true));
    await reply({ senderFrame: APP_FRAME }, firstId);
    await first;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(secondDone).toBe(false);
    await reply({ senderFrame: APP_FRAME }, secondId);
    await second;
  });

  it('does not let a failing lock become an unhandled rejection', async () => {
    const power = new EventEmitter();
    const rejected = vi.fn();
    process.on('unhandledRejection', rejected);
    lockOnSystemLock(
      power,
      async () => Promise.reject(new Error('window gone')),
      async () => {
        throw new Error('locked already');
      },
    );
    power.emit('lock-screen');
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', rejected);
    expect(rejected).not.toHaveBeenCalled();
  });

  it('locks even when asking the window fails, at once or later', async () => {
    const power = new EventEmitter();
    const lock = vi.fn(async () => undefined);
    let calls = 0;
    lockOnSystemLock(
      power,
      () => {
        calls += 1;
        if (calls === 1) throw new TypeError('contents.isDestroyed is not a function');
        return Promise.reject(new Error('window gone'));
      },
      lock,
    );
    power.emit('lock-screen');
    power.emit('suspend');
    await vi.waitFor(() => expect(lock).toHaveBeenCalledTimes(2));
    // A window that cannot even be looked at is no window: nothing to wait for.
    const { ipcMain } = draftWindow('never');
    const flush = createDraftFlusher(
      ipcMain,
      () => {
        throw new Error('object has been destroyed');
      },
      isTrusted,
      60_000,
    );
    await expect(flush()).resolves.toBeUndefined();
  });
});

function fakeApp() {
  const emitter = new EventEmitter();
  const quits: boolean[] = [];
  const app = {
    on: (name: 'before-quit', listener: (event: { preventDefault(): void }) => void) =>
      emitter.on(name, listener),
    // Like Electron: quit emits before-quit, and quits unless a listener prevented it.
    quit: vi.fn(() => {
      let prevented = false;
      emitter.emit('before-quit', { preventDefault: () => (prevented = true) });
      quits.push(!prevented);
    }),
  };
  return { app, quits };
}

describe('quitting', () => {
  it('holds the quit until the register is closed, then quits once, without a loop', async () => {
    const { app, quits } = fakeApp();
    let finish: () => void = () => undefined;
    const close = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    closeBeforeQuit(app, close, vi.fn());
    app.quit();
    expect(quits).toEqual([false]);
    // A second quit (the window closing, the menu) while closing is held too and closes nothing twice.
    app.quit();
    expect(quits).toEqual([false, false]);
    expect(close).toHaveBeenCalledOnce();
    finish();
    await vi.waitFor(() => expect(quits).toEqual([false, false, true]));
    expect(app.quit).toHaveBeenCalledTimes(3);
    // Any later quit goes straight through.
    app.quit();
    expect(quits.at(-1)).toBe(true);
    expect(close).toHaveBeenCalledOnce();
  });

  it('still quits when closing fails, and logs it', async () => {
    const { app, quits } = fakeApp();
    const log = vi.fn();
    closeBeforeQuit(app, async () => Promise.reject(new Error('disk full')), log);
    app.quit();
    await vi.waitFor(() => expect(quits).toEqual([false, true]));
    expect(log).toHaveBeenCalledOnce();
  });
});

function draftWindowReply(ipcMain: { handle: ReturnType<typeof vi.fn> }, id: number) {
  const [, listener] = ipcMain.handle.mock.calls.find(([channel]) => channel === DRAFTS_FLUSHED_CHANNEL)!;
  return (listener as (event: DraftsFlushedEvent, id: number) => Promise<unknown>)(
    { senderFrame: APP_FRAME },
    id,
  );
}

describe('closing the register at quit', () => {
  it('writes the drafts first, then closes in core’s turn', async () => {
    const order: string[] = [];
    const core = {
      close: vi.fn(),
      closeWhenIdle: vi.fn(async () => {
        order.push('closed');
      }),
    };
    const close = closeAfterDrafts(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push('drafts written');
      },
      () => core,
    );
    await close();
    expect(order).toEqual(['drafts written', 'closed']);
    expect(core.close).not.toHaveBeenCalled();
    // A window that fails to answer does not keep the register open.
    const failing = closeAfterDrafts(
      () => {
        throw new Error('render frame was disposed');
      },
      () => core,
    );
    await failing();
    expect(core.closeWhenIdle).toHaveBeenCalledTimes(2);
    // No register (the data folder was refused): nothing to close.
    await expect(closeAfterDrafts(noFlush, () => null)()).resolves.toBeUndefined();
  });

  it('closes now when the call under way does not finish within the timeout', async () => {
    const core = { close: vi.fn(), closeWhenIdle: vi.fn(() => new Promise<void>(() => undefined)) };
    const started = Date.now();
    await closeInTurn(core, 50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(core.closeWhenIdle).toHaveBeenCalledOnce();
    expect(core.close).toHaveBeenCalledOnce();
  });

  it('does not close a second time when core closed in time', async () => {
    const core = { close: vi.fn(), closeWhenIdle: vi.fn(async () => undefined) };
    await closeInTurn(core, 50);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(core.close).not.toHaveBeenCalled();
  });
});

describe('closing the window', () => {
  function fakeWindow() {
    const emitter = new EventEmitter();
    const closes: boolean[] = [];
    const win = {
      on: (name: 'close', listener: (event?: { preventDefault(): void }) => void) =>
        emitter.on(name, listener),
      // Like Electron: close emits 'close', and closes unless a listener prevented it.
      close: vi.fn(() => {
        let prevented = false;
        emitter.emit('close', { preventDefault: () => (prevented = true) });
        closes.push(!prevented);
      }),
    };
    return { win, closes };
  }

  it('holds the first close until the window has written its drafts, then closes it', async () => {
    const { win, closes } = fakeWindow();
    let written: () => void = () => undefined;
    const flush = vi.fn(() => new Promise<void>((resolve) => (written = resolve)));
    flushBeforeWindowCloses(win, flush, () => false);
    win.close();
    expect(closes).toEqual([false]);
    expect(flush).toHaveBeenCalledOnce();
    written();
    await vi.waitFor(() => expect(closes).toEqual([false, true]));
    expect(flush).toHaveBeenCalledOnce();
  });

  it('closes after a failing flush too, and at once once quitting has begun', async () => {
    const failing = fakeWindow();
    flushBeforeWindowCloses(
      failing.win,
      async () => Promise.reject(new Error('gone')),
      () => false,
    );
    failing.win.close();
    await vi.waitFor(() => expect(failing.closes).toEqual([false, true]));
    const quitting = fakeWindow();
    const flush = vi.fn(async () => undefined);
    flushBeforeWindowCloses(quitting.win, flush, () => true);
    quitting.win.close();
    expect(quitting.closes).toEqual([true]);
    expect(flush).not.toHaveBeenCalled();
  });
});
