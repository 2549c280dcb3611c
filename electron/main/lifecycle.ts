/**
 * When the register closes on its own account: the screen locks or the PC sleeps (the register
 * locks, as "Lås nå" does), and the app quits (core closes: the session is logged as closed, a
 * backup is taken when something changed, the database closes and the key is wiped).
 */

/** Electron's powerMonitor: an event emitter. */
export interface PowerMonitorLike {
  on(event: string, listener: () => void): unknown;
}

/**
 * Windows' lock screen (Win+L, the screen saver's lock) and sleep or hibernation lock the
 * register. `lock` must not throw; its result (nobody logged in is no error) is not awaited.
 */
export const LOCKING_EVENTS = ['lock-screen', 'suspend'] as const;

export function lockOnSystemLock(powerMonitor: PowerMonitorLike, lock: () => Promise<unknown>): void {
  for (const event of LOCKING_EVENTS) {
    powerMonitor.on(event, () => {
      void lock().catch(() => undefined);
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
 * logged and the app still quits.
 */
export function closeBeforeQuit(
  app: AppLike,
  close: () => Promise<void>,
  log: (error: unknown) => void,
): void {
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
}
