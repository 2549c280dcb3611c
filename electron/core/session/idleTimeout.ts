import type { Ctx } from '../context';
import { getSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';

/** The idle timeout in force: the test override, or the setting. */
export function idleTimeoutMs(ctx: Ctx, db: Db): number {
  return ctx.config.idleTimeoutMsOverride ?? getSetting(db, 'session.idleTimeoutMinutes') * 60_000;
}
