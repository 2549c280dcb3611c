import type { OpenSession } from './openSession';

/**
 * The one session of this process: the open database, its key and the logged-in user. Locking
 * closes the database and overwrites the key in memory.
 */
export class Vault {
  private open: OpenSession | null = null;
  private lastActivity = 0;
  private idleTimeoutMs = 10 * 60_000;
  /** Wrong passwords since the last successful login; written to the log at the next one. */
  failedLogins = 0;
  /** The last open found the database damaged or missing: the first screen offers a restore. */
  damaged = false;

  current(): OpenSession | null {
    return this.open;
  }

  start(session: OpenSession, now: number, idleTimeoutMs: number): void {
    this.lock();
    this.open = session;
    this.lastActivity = now;
    this.idleTimeoutMs = idleTimeoutMs;
  }

  touch(now: number): void {
    this.lastActivity = now;
  }

  setIdleTimeout(ms: number): void {
    this.idleTimeoutMs = ms;
  }

  get idleTimeout(): number {
    return this.idleTimeoutMs;
  }

  isIdle(now: number): boolean {
    return this.open !== null && now - this.lastActivity >= this.idleTimeoutMs;
  }

  lock(): void {
    if (!this.open) return;
    const { db, key } = this.open;
    this.open = null;
    key.fill(0);
    if (db.open) db.close();
  }
}
