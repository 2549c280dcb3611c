import type { ChannelName, Output, ParsedInput } from '@shared/api/index';
import { todayIso } from '@shared/domain/calendar';

import type { AuditEntry } from './audit/auditEntry';
import { appendAudit } from './audit/auditLog';
import { CoreError } from './errors';
import type { OpenSession } from './session/openSession';
import type { Vault } from './session/vault';
import type { Db } from './storage/database';
import type { KdfCost } from './storage/keySlots';

export interface CoreConfig {
  dataDir: string;
  now: () => Date;
  kdf: KdfCost;
  idleTimeoutMsOverride: number | undefined;
  /** Test registers: Tenor synthetic fødselsnummer are accepted, as in a demo register. */
  allowSyntheticIds: boolean;
}

/** What every handler gets: the configuration, the state of the one session and the day. */
export interface Ctx {
  config: CoreConfig;
  vault: Vault;
  /** Today's date where the office is (the PC's local calendar day), by the configured clock. */
  today(): string;
}

/** The context of one core: `today()` reads the configured clock at each call. */
export function createCtx(config: CoreConfig, vault: Vault): Ctx {
  const ctx: Ctx = { config, vault, today: () => todayIso(ctx.config.now()) };
  return ctx;
}

export type Handler<K extends ChannelName> = (
  ctx: Ctx,
  input: ParsedInput<K>,
) => Output<K> | Promise<Output<K>>;

/** The handlers of one feature: the channels whose names start with `<prefix>.`. */
export type FeatureHandlers<P extends string> = {
  [K in ChannelName as K extends `${P}.${string}` ? K : never]: Handler<K>;
};

/** The open register and its user; dispatch has already refused calls without a session. */
export function session(ctx: Ctx): OpenSession {
  const open = ctx.vault.current();
  if (!open) throw new CoreError('UNAUTHENTICATED');
  return open;
}

/** Appends an audit row for the session's user. */
export function audit(ctx: Ctx, entry: Omit<AuditEntry, 'userId' | 'username'>): void {
  const { db, user } = session(ctx);
  appendAudit(db, { ...entry, userId: user.id, username: user.username }, ctx.config.now());
}

/** Runs a change and its audit row in one transaction. */
export function inTransaction<T>(ctx: Ctx, work: (db: Db) => T): T {
  const { db } = session(ctx);
  return db.transaction(() => work(db))();
}
