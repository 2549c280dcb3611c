import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { DEFAULT_MAX_FAILED_LOGINS } from '@shared/api/settings';

import { CoreError } from '../errors';
import { writeFileAtomic } from '../storage/atomicWrite';
import { userLookup } from '../storage/keySlots';

/**
 * Wrong passwords per user name: a growing wait, then a lock until an administrator or the
 * recovery code frees the user. A failed login happens before the database can be opened, so
 * this lives in a file of its own beside it, keyed by the user lookup hash (no user name in plain
 * text). Names that are no user are counted the same way, so the answers reveal no names.
 */
export const LOGINS_FILE = 'samordna.logins';

/** Wrong passwords in a row that cost no wait. */
const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** Names kept at most: a guessing of many names must not grow the file without end. */
const MAX_TRACKED = 1_000;

const recordSchema = z.object({
  failures: z.number().int().nonnegative(),
  /** When the newest attempt began: the wait counts from it. */
  lastAt: z.string(),
  /** The lock has been written to the audit log (at the first login after it). */
  lockReported: z.boolean(),
});
const loginsSchema = z.object({
  format: z.literal('samordna-logins'),
  version: z.literal(1),
  maxFailedLogins: z.number().int().positive(),
  attempts: z.record(z.string(), recordSchema),
});
export type LoginRecord = z.infer<typeof recordSchema>;
export type Logins = z.infer<typeof loginsSchema>;

export const noLogins = (): Logins => ({
  format: 'samordna-logins',
  version: 1,
  maxFailedLogins: DEFAULT_MAX_FAILED_LOGINS,
  attempts: {},
});

/** The wait before the next attempt after this many wrong passwords in a row: 0, 0, 0, 1 s, 2 s, 4 s … 30 s. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES - 1));
}

export const isLocked = (record: LoginRecord | undefined, maxFailedLogins: number) =>
  (record?.failures ?? 0) >= maxFailedLogins;

export type AttemptVerdict = { kind: 'open' } | { kind: 'locked' } | { kind: 'wait'; seconds: number };

/** May this user name try a password now? */
export function attemptVerdict(
  record: LoginRecord | undefined,
  maxFailedLogins: number,
  now: Date,
): AttemptVerdict {
  if (!record) return { kind: 'open' };
  if (isLocked(record, maxFailedLogins)) return { kind: 'locked' };
  const waitMs = Date.parse(record.lastAt) + delayAfter(record.failures) - now.getTime();
  return waitMs > 0 ? { kind: 'wait', seconds: Math.ceil(waitMs / 1000) } : { kind: 'open' };
}

/** The logins with one more failure for the name; the oldest unlocked names go past the cap. */
export function withFailure(logins: Logins, lookup: string, now: Date): Logins {
  const before = logins.attempts[lookup];
  const record = { failures: (before?.failures ?? 0) + 1, lastAt: now.toISOString(), lockReported: false };
  const others = Object.entries(logins.attempts).filter(([k]) => k !== lookup);
  const excess = others.length + 1 - MAX_TRACKED;
  if (excess <= 0) return { ...logins, attempts: { ...logins.attempts, [lookup]: record } };
  const drop = new Set(
    others
      .filter(([, r]) => !isLocked(r, logins.maxFailedLogins))
      .sort(([, a], [, b]) => a.lastAt.localeCompare(b.lastAt))
      .slice(0, excess)
      .map(([k]) => k),
  );
  const kept = others.filter(([k]) => !drop.has(k));
  return { ...logins, attempts: { ...Object.fromEntries(kept), [lookup]: record } };
}

export function withoutName(logins: Logins, lookup: string): Logins {
  const attempts = Object.fromEntries(Object.entries(logins.attempts).filter(([k]) => k !== lookup));
  return { ...logins, attempts };
}

const loginsPath = (dataDir: string) => path.join(dataDir, LOGINS_FILE);

/**
 * The file, or a fresh start when it is missing or unreadable: it guards the login form only
 * (whoever can edit it can copy the key file and guess offline, where scrypt is the guard), and
 * a damaged file must not lock everybody out.
 */
export function readLogins(dataDir: string): Logins {
  const file = loginsPath(dataDir);
  if (!existsSync(file)) return noLogins();
  try {
    const parsed = loginsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : noLogins();
  } catch {
    return noLogins();
  }
}

export function writeLogins(dataDir: string, logins: Logins): void {
  writeFileAtomic(loginsPath(dataDir), JSON.stringify(logins, null, 2));
}

function update(dataDir: string, change: (logins: Logins) => Logins): void {
  const before = readLogins(dataDir);
  const after = change(before);
  if (after !== before) writeLogins(dataDir, after);
}

export interface LoginAttempt {
  /** The password was right: the name's count goes (even if the register then fails to open). */
  passwordRight(): void;
  /** The names locked since the last login, as user ids (null for a name that is no user). */
  locksToReport(users: { id: number; username: string }[]): (number | null)[];
  /** The locks of `locksToReport` are in the audit log: they are not told again. */
  locksReported(): void;
}

/**
 * Starts a login: refuses a locked name (USER_LOCKED) or one still waiting (TOO_MANY_ATTEMPTS,
 * with the seconds in `fields.retryAfterSeconds`) without trying the password. Otherwise the
 * attempt is counted as failed before the password is tried, so neither attempts made at the
 * same time nor closing the program in the middle of one escapes the count; the right password
 * takes it back.
 */
export function startLoginAttempt(
  dataDir: string,
  registerId: string,
  username: string,
  now: Date,
): LoginAttempt {
  const lookup = userLookup(registerId, username);
  const logins = readLogins(dataDir);
  const verdict = attemptVerdict(logins.attempts[lookup], logins.maxFailedLogins, now);
  if (verdict.kind === 'locked') throw new CoreError('USER_LOCKED');
  if (verdict.kind === 'wait')
    throw new CoreError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: String(verdict.seconds) });
  writeLogins(dataDir, withFailure(logins, lookup, now));
  let reported: string[] = [];
  return {
    passwordRight() {
      update(dataDir, (current) => (current.attempts[lookup] ? withoutName(current, lookup) : current));
    },
    locksToReport(users) {
      const current = readLogins(dataDir);
      const byLookup = new Map(users.map((u) => [userLookup(registerId, u.username), u.id]));
      reported = Object.entries(current.attempts)
        .filter(([, r]) => isLocked(r, current.maxFailedLogins) && !r.lockReported)
        .map(([k]) => k);
      return reported.map((k) => byLookup.get(k) ?? null);
    },
    locksReported() {
      if (reported.length === 0) return;
      update(dataDir, (current) => {
        const marked = Object.entries(current.attempts).map(([k, r]) =>
          reported.includes(k) ? [k, { ...r, lockReported: true }] : [k, r],
        );
        return { ...current, attempts: Object.fromEntries(marked) };
      });
    },
  };
}

/** Frees a user name: its count and any lock go (administrator, recovery code, new password). */
export function clearLoginFailures(dataDir: string, registerId: string, username: string): void {
  const lookup = userLookup(registerId, username);
  update(dataDir, (logins) => (logins.attempts[lookup] ? withoutName(logins, lookup) : logins));
}

/** The user names of these that are locked now. */
export function lockedUsernames(dataDir: string, registerId: string, usernames: string[]): Set<string> {
  const logins = readLogins(dataDir);
  return new Set(
    usernames.filter((u) => isLocked(logins.attempts[userLookup(registerId, u)], logins.maxFailedLogins)),
  );
}

export const maxFailedLogins = (dataDir: string) => readLogins(dataDir).maxFailedLogins;

export function setMaxFailedLogins(dataDir: string, limit: number): void {
  update(dataDir, (logins) =>
    logins.maxFailedLogins === limit ? logins : { ...logins, maxFailedLogins: limit },
  );
}
