import { randomBytes } from 'node:crypto';

import { session, type Ctx } from '../context';
import type { OpenSession } from '../session/openSession';

/**
 * The tickets that tie recording an archive copy to reading its contents: `archive.contents`
 * issues one, `archive.record` takes it. Kept in memory with the session that read the contents,
 * like the import wizard's files: locking or logging out drops the session object and with it
 * every ticket, so a ticket is never valid in another session. Single use, for one case and the
 * number of documents its package holds, for ten minutes.
 */
export interface ArchiveTicket {
  caseId: number;
  /** The PDF/A documents the package holds: the overview and each letter. */
  documents: number;
  /** Epoch ms after which the ticket is refused. */
  expires: number;
}

export const TICKET_LIFETIME_MS = 10 * 60_000;
/** A package run takes one; a few at once are allowed (two tabs), never many. */
const MAX_TICKETS = 5;

const tickets = new WeakMap<OpenSession, Map<string, ArchiveTicket>>();

function ticketsOf(ctx: Ctx): Map<string, ArchiveTicket> {
  const current = session(ctx);
  let map = tickets.get(current);
  if (!map) {
    map = new Map();
    tickets.set(current, map);
  }
  return map;
}

export function issueArchiveTicket(ctx: Ctx, of: { caseId: number; documents: number }): string {
  const map = ticketsOf(ctx);
  const now = ctx.config.now().getTime();
  for (const [key, ticket] of map) if (ticket.expires <= now) map.delete(key);
  while (map.size >= MAX_TICKETS) map.delete(map.keys().next().value!);
  const key = randomBytes(16).toString('hex');
  map.set(key, { ...of, expires: now + TICKET_LIFETIME_MS });
  return key;
}

/** The ticket, used up whatever comes of it; null when unknown to this session or expired. */
export function takeArchiveTicket(ctx: Ctx, key: string): ArchiveTicket | null {
  const map = ticketsOf(ctx);
  const ticket = map.get(key);
  map.delete(key);
  if (!ticket || ticket.expires <= ctx.config.now().getTime()) return null;
  return ticket;
}
