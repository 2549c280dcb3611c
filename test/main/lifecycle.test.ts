import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { closeBeforeQuit, lockOnSystemLock } from '../../electron/main/lifecycle';

describe('locking with the system', () => {
  it('locks the register when the screen locks and when the PC goes to sleep', () => {
    const power = new EventEmitter();
    const lock = vi.fn(async () => ({ ok: true }));
    lockOnSystemLock(power, lock);
    power.emit('lock-screen');
    expect(lock).toHaveBeenCalledTimes(1);
    power.emit('suspend');
    expect(lock).toHaveBeenCalledTimes(2);
    power.emit('unlock-screen');
    power.emit('resume');
    expect(lock).toHaveBeenCalledTimes(2);
  });

  it('does not let a failing lock become an unhandled rejection', async () => {
    const power = new EventEmitter();
    const rejected = vi.fn();
    process.on('unhandledRejection', rejected);
    lockOnSystemLock(power, async () => {
      throw new Error('locked already');
    });
    power.emit('lock-screen');
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', rejected);
    expect(rejected).not.toHaveBeenCalled();
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
