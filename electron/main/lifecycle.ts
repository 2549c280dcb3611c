import { DRAFTS_FLUSHED_CHANNEL, FLUSH_DRAFTS_CHANNEL } from '@shared/api/bridge';

import type { SenderFrame } from './security';

/**
 * When the register closes on its own account: the screen locks or the PC sleeps (the register
 * locks, as "Lås nå" does), and the app quits (core closes: the session is logged as closed, a
 * backup is taken when something changed, the database closes and the key is wiped). Before
 * either, the window writes the drafts still waiting for their delay, as "Lås nå" does first.
 */

/** How long the window has to write its drafts: a hung or crashed window must not stop a lock. */
export const FLUSH_DRAFTS_TIMEOUT_MS = 1_500;
/** How long quitting waits for the call under way (a restore, an import) before closing anyway. */
export const CLOSE_TIMEOUT_MS = 30_000;

/** The window's web contents, as far as asking it to write its drafts goes. */
export interface DraftWindowLike {
  isDestroyed(): boolean;
  send(channel: string, id: number): void;
}

export interface DraftsFlushedEvent {
  readonly senderFrame: SenderFrame | null;
}

export interface IpcMainForDrafts {
  handle(
    channel: string,
    listener: (event: DraftsFlushedEvent, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

/**
 * Asks the window to write the drafts still waiting for their delay, and resolves once it has
 * answered (over DRAFTS_FLUSHED_CHANNEL, from the app's own page only), after `timeoutMs`, or at
 * once when there is no window. Never rejects.
 */
export function createDraftFlusher(
  ipcMain: IpcMainForDrafts,
  window: () => DraftWindowLike | null,
  isTrusted: (frame: SenderFrame | null) => boolean,
  timeoutMs = FLUSH_DRAFTS_TIMEOUT_MS,
): () => Promise<void> {
  const waiting = new Map<number, () => void>();
  let lastId = 0;
  ipcMain.handle(DRAFTS_FLUSHED_CHANNEL, async (event, id) => {
    if (isTrusted(event.senderFrame) && typeof id === 'number') waiting.get(id)?.();
    return null;
  });
  return () => {
    let contents: DraftWindowLike | null;
    try {
      contents = window();
      if (!contents || contents.isDestroyed()) return Promise.resolve();
    } catch {
      return Promise.resolve();
    }
    const asked = contents;
    lastId += 1;
    const id = lastId;
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      waiting.set(id, done);
      try {
        asked.send(FLUSH_DRAFTS_CHANNEL, id);
      } catch {
        done();
      }
    });
  };
}

/** Runs `flushDrafts`; neither a rejection nor a throw stops what comes after it. */
async function flushQuietly(flushDrafts: () => Promise<void>): Promise<void> {
  try {
    await flushDrafts();
  } catch {
    // The lock or the close goes ahead regardless.
  }
}

/** Core's two ways of closing (electron/core/app.ts). */
export interface ClosingCore {
  close(): void;
  closeWhenIdle(): Promise<void>;
}

/**
 * Closes the register in core's turn (the call under way finishes, later ones are refused); a
 * call that has not finished after `timeoutMs` does not hold the quit: the register closes now.
 */
export async function closeInTurn(core: ClosingCore, timeoutMs = CLOSE_TIMEOUT_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timedOut'>((resolve) => {
    timer = setTimeout(() => resolve('timedOut'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([core.closeWhenIdle().then(() => 'closed' as const), timedOut]);
    if (outcome === 'timedOut') core.close();
  } finally {
    clearTimeout(timer);
  }
}

/** What quitting does before the app goes: the window's drafts are written, then core closes. */
export function closeAfterDrafts(
  flushDrafts: () => Promise<void>,
  core: () => ClosingCore | null,
  timeoutMs = CLOSE_TIMEOUT_MS,
): () => Promise<void> {
  return async () => {
    // Whatever happens to the window, the register closes.
    await flushQuietly(flushDrafts);
    const closing = core();
    if (closing) await closeInTurn(closing, timeoutMs);
  };
}

/** Electron's powerMonitor: an event emitter. */
export interface PowerMonitorLike {
  on(event: string, listener: () => void): unknown;
}

/**
 * Windows' lock screen (Win+L, the screen saver's lock) and sleep or hibernation lock the
 * register, once the window has written its drafts (`flushDrafts`, which gives up after its
 * timeout). Their result (nobody logged in is no error) is not awaited; a failure is dropped.
 */
export const LOCKING_EVENTS = ['lock-screen', 'suspend'] as const;

export function lockOnSystemLock(
  powerMonitor: PowerMonitorLike,
  flushDrafts: () => Promise<void>,
  lock: () => Promise<unknown>,
): void {
  for (const event of LOCKING_EVENTS) {
    powerMonitor.on(event, () => {
      void (async () => {
        await flushQuietly(flushDrafts);
        await lock();
      })().catch(() => undefined);
    });
  }
}

export interface QuitEvent {
  preventDefault(): void;
}

export interface AppLike {
  on(event: 'before-quit', listener: (event: QuitEvent) => void): unknown;
  quit(): void;
}

/**
 * Quitting waits for the register to close: the first before-quit is held back
 * (preventDefault) while `close` runs, then the app quits again and that quit goes through.
 * Further quits while closing are held back too, and `close` runs once; a failing close is
 * logged and the app still quits. Returns whether quitting has begun.
 */
export function closeBeforeQuit(
  app: AppLike,
  close: () => Promise<void>,
  log: (error: unknown) => void,
): () => boolean {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void (async () => {
      try {
        await close();
      } catch (error) {
        log(error);
      }
      state = 'closed';
      app.quit();
    })();
  });
  return () => state !== 'open';
}

/** The main window, as far as holding its close goes. */
export interface ClosingWindowLike {
  on(event: 'close', listener: (event?: QuitEvent) => void): unknown;
  close(): void;
}

/**
 * Closing the window (its close button, Alt+F4) waits for it to write its drafts: the first close
 * is held back (preventDefault) while `flushDrafts` runs (which gives up after its timeout), then
 * the window closes, and the app quits as it does when the last window closes. When quitting has
 * begun (`quitting`), the drafts were asked for already and the close goes through.
 */
export function flushBeforeWindowCloses(
  win: ClosingWindowLike,
  flushDrafts: () => Promise<void>,
  quitting: () => boolean,
): void {
  let asked = false;
  win.on('close', (event) => {
    if (asked || !event || quitting()) return;
    asked = true;
    event.preventDefault();
    void flushQuietly(flushDrafts).then(() => win.close());
  });
}
