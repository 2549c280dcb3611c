import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The error log: one JSON line per unexpected error, in `logs/samordna.log` in the local app
 * folder, rotated at about 1 MB keeping three old files. It must never hold personal data, and an
 * error's message or a value can hold a name or a fødselsnummer. So a line carries only: the
 * time, where (main or renderer), what happened (the event), the error's class and code when they
 * look like identifiers, stack frames reduced to the app's file:line:column (a frame outside the
 * app is named only as such, so no user folder shows; no function name, since V8 names a function
 * after a computed key, and `person[name]()` would print the name), and the incident id the calm
 * message shows, so IT can find the line. The same error again within a few minutes writes no
 * new line: it is counted, and the count goes on that error's next line.
 */

export type Where = 'main' | 'renderer';

export interface LogEntry {
  time: string;
  incident: string;
  where: Where;
  event: string;
  kind: string | null;
  code: string | null;
  frames: string[];
  /** How many times this same error happened since its previous line, not written one by one. */
  repeats?: number;
  /** Lines left out since the previous line because too many came within a minute. */
  dropped?: number;
}

/** A short id a user can read out on the phone: 8 hex digits in two groups. */
export function newIncidentId(): string {
  return randomBytes(4)
    .toString('hex')
    .toUpperCase()
    .replace(/^(.{4})/, '$1-');
}

const MAX_FRAMES = 12;
/** A class name: an identifier ending in Error or Exception (TypeError, SqliteError, CoreError). */
const KIND = /^[A-Z][A-Za-z0-9]{0,40}(Error|Exception)$/;
/** A code: upper case with digits and underscores (ENOENT, SQLITE_CORRUPT, ERR_INVALID_ARG_TYPE). */
const CODE = /^[A-Z][A-Z0-9_]{1,40}$/;
/** An event name of ours or Electron's (uncaughtException, render-process-gone, crashed). */
const EVENT = /^[a-z][A-Za-z-]{0,40}$/;

/**
 * A place in the code, or null when it is not the app's: the part after app.asar, the app folder
 * (`appRoot`, the folder holding out/main) or app://samordna/, or a node: internal module.
 */
export function appFile(location: string, appRoot: string): string | null {
  const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(location.trim());
  if (!m) return null;
  let file = m[1]!;
  const line = m[2]!;
  const column = m[3] ? `:${m[3]}` : '';
  if (file.startsWith('file://')) {
    try {
      file = decodeURIComponent(new URL(file).pathname);
    } catch {
      return null;
    }
  }
  let inside: string | null = null;
  const asar = /app\.asar(?:\.unpacked)?[\\/](.*)$/.exec(file);
  const appUrl = /^app:\/\/samordna\/(.*)$/.exec(file);
  const slashed = file.replace(/\\/g, '/');
  const root = appRoot.replace(/\\/g, '/').replace(/\/+$/, '');
  if (asar) inside = asar[1]!;
  else if (appUrl) inside = appUrl[1]!.replace(/[?#].*$/, '');
  else if (root !== '' && slashed.toLowerCase().startsWith(`${root.toLowerCase()}/`))
    inside = slashed.slice(root.length + 1);
  else if (/^node:[\w/]+$/.test(file)) inside = file;
  if (inside === null) return null;
  inside = inside.replace(/\\/g, '/');
  // A path of the app has no spaces or odd characters; one that has is not ours to print.
  if (!/^[\w@./:-]{1,200}$/.test(inside) || inside.split('/').includes('..')) return null;
  return `${inside}:${line}${column}`;
}

/**
 * Stack lines (V8's "    at fn (file:line:col)") reduced to the app's file:line:col, without the
 * function's name (V8 takes it from a computed key too: `o['Ola']()` is `Object.Ola`); other lines
 * dropped. `head` is the error's own text (V8 starts the stack with it, and a message can span
 * lines that look like frames): it is cut off before the lines are read.
 */
export function stackFrames(stack: unknown, appRoot: string, head: readonly string[] = []): string[] {
  if (typeof stack !== 'string') return [];
  let body = stack;
  for (const prefix of head) {
    if (prefix !== '' && body.startsWith(prefix)) {
      body = body.slice(prefix.length);
      break;
    }
  }
  const frames: string[] = [];
  for (const line of body.split('\n')) {
    const m = /^\s*at (?:.+? \((.+)\)|(.+))$/.exec(line);
    if (!m) continue;
    const location = (m[1] ?? m[2] ?? '').trim();
    frames.push(appFile(location, appRoot) ?? '(outside the app)');
    if (frames.length === MAX_FRAMES) break;
  }
  return frames;
}

/** The texts V8 may have put before the frames: `name: message`, or the message alone. */
function headsOf(object: Record<string, unknown>): string[] {
  const message = typeof object.message === 'string' ? object.message : '';
  if (message === '') return [];
  let name = 'Error';
  try {
    name = String(object.name);
  } catch {
    // A name that throws when read leaves the default.
  }
  return [`${name}: ${message}`, message];
}

function field(value: unknown, pattern: RegExp): string | null {
  return typeof value === 'string' && pattern.test(value) ? value : null;
}

/** An error (or anything thrown) as a log entry that holds no message and no value. */
export function describeError(
  error: unknown,
  context: { where: Where; event: string; incident: string; time: Date; appRoot: string },
): LogEntry {
  const object = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : null;
  let kind: string | null = null;
  if (object) {
    kind = field(object.name, KIND) ?? field(object.constructor?.name, KIND);
    if (!kind && error instanceof Error) kind = 'Error';
  } else if (error !== undefined) {
    // A thrown string or number: its type only.
    kind = `(${typeof error})`;
  }
  const code = object ? field(object.code, CODE) : null;
  return {
    time: context.time.toISOString(),
    incident: context.incident,
    where: context.where,
    event: field(context.event, EVENT) ?? 'error',
    kind,
    code,
    frames: object ? stackFrames(object.stack, context.appRoot, headsOf(object)) : [],
  };
}

/** The file system calls the writer makes, so tests can count and break them. */
export interface LogFs {
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  statSync(file: string): { size: number };
  renameSync(from: string, to: string): void;
  rmSync(file: string, options: { force: true }): void;
  appendFileSync(file: string, data: string): void;
}

export interface RotatingLogOptions {
  dir: string;
  fileName?: string;
  maxBytes?: number;
  keep?: number;
  fs?: LogFs;
}

export const LOG_FILE = 'samordna.log';

/**
 * Appends lines to `dir/samordna.log`; a line that would take the file past `maxBytes` first
 * moves it to samordna.1.log (and .1 to .2 …, the oldest beyond `keep` removed). Never throws: a
 * log that cannot be written must not become a second error.
 */
export function createRotatingLog(options: RotatingLogOptions) {
  const files = options.fs ?? fs;
  const name = options.fileName ?? LOG_FILE;
  const maxBytes = options.maxBytes ?? 1_000_000;
  const keep = options.keep ?? 3;
  const current = path.join(options.dir, name);
  const numbered = (n: number) => path.join(options.dir, name.replace(/(\.log)?$/, `.${n}$1`));
  const sizeOf = (file: string) => {
    try {
      return files.statSync(file).size;
    } catch {
      return 0;
    }
  };
  return {
    file: current,
    append(line: string): boolean {
      const text = line.endsWith('\n') ? line : `${line}\n`;
      try {
        files.mkdirSync(options.dir, { recursive: true });
        const size = sizeOf(current);
        if (size > 0 && size + Buffer.byteLength(text) > maxBytes) {
          files.rmSync(numbered(keep), { force: true });
          for (let n = keep - 1; n >= 1; n -= 1) {
            if (sizeOf(numbered(n)) > 0) files.renameSync(numbered(n), numbered(n + 1));
          }
          files.renameSync(current, numbered(1));
        }
        files.appendFileSync(current, text);
        return true;
      } catch {
        return false;
      }
    },
  };
}

export interface ErrorLogger {
  /** Writes the entry (or counts it, when it repeats) and returns its incident id. */
  record(where: Where, event: string, error: unknown): string;
  /**
   * The same, and whether it repeats an error already written within REPEAT_WINDOW_MS (then its
   * incident id is that line's, and nobody needs to be told again).
   */
  report(where: Where, event: string, error: unknown): { incident: string; repeat: boolean };
  readonly dir: string;
}

/** The same error (where, event, class, code, frames) within this time is counted, not written. */
export const REPEAT_WINDOW_MS = 5 * 60_000;
/** Lines of different errors written within a minute at most; the rest are counted. */
export const MAX_LINES_PER_MINUTE = 30;
/** Errors remembered for merging; the oldest is forgotten beyond this. */
const REMEMBERED = 200;

export function createErrorLogger(options: {
  dir: string;
  appRoot: string;
  now?: () => Date;
  fs?: LogFs;
  maxBytes?: number;
  keep?: number;
}): ErrorLogger {
  const log = createRotatingLog({
    dir: options.dir,
    fs: options.fs,
    maxBytes: options.maxBytes,
    keep: options.keep,
  });
  const now = options.now ?? (() => new Date());
  const seen = new Map<string, { incident: string; written: number; repeats: number }>();
  let minute = { start: Number.NEGATIVE_INFINITY, lines: 0 };
  let dropped = 0;
  const report: ErrorLogger['report'] = (where, event, error) => {
    const time = now();
    const context = { where, event, incident: newIncidentId(), time, appRoot: options.appRoot };
    let entry: LogEntry;
    try {
      entry = describeError(error, context);
    } catch {
      // An object whose properties throw when read: its class stays unknown.
      entry = describeError(undefined, context);
    }
    const at = time.getTime();
    // A window in an error loop must not rotate every log away in seconds.
    const signature = JSON.stringify([entry.where, entry.event, entry.kind, entry.code, entry.frames]);
    const previous = seen.get(signature);
    if (previous && at - previous.written < REPEAT_WINDOW_MS) {
      previous.repeats += 1;
      return { incident: previous.incident, repeat: true };
    }
    if (at - minute.start >= 60_000) minute = { start: at, lines: 0 };
    if (minute.lines >= MAX_LINES_PER_MINUTE) {
      dropped += 1;
      return { incident: entry.incident, repeat: true };
    }
    minute.lines += 1;
    if (previous?.repeats) entry.repeats = previous.repeats;
    if (dropped > 0) entry.dropped = dropped;
    dropped = 0;
    seen.delete(signature);
    seen.set(signature, { incident: entry.incident, written: at, repeats: 0 });
    if (seen.size > REMEMBERED) seen.delete(seen.keys().next().value!);
    log.append(JSON.stringify(entry));
    return { incident: entry.incident, repeat: false };
  };
  return {
    dir: options.dir,
    report,
    record: (where, event, error) => report(where, event, error).incident,
  };
}

/**
 * `console.error` in the main process (core writes an unexpected error there) goes to the error
 * log the same way: the Error among the arguments, never a message. In a packaged app nothing is
 * printed (whoever starts it from a console would otherwise see a message with a name in it);
 * unpackaged, the developer still sees the original output as well.
 */
export function routeConsoleErrors(
  target: Pick<Console, 'error'>,
  logger: Pick<ErrorLogger, 'record'>,
  options: { keepOriginal: boolean },
): void {
  const original = target.error.bind(target);
  target.error = (...args: unknown[]) => {
    logger.record(
      'main',
      'consoleError',
      args.find((arg) => arg instanceof Error),
    );
    if (options.keepOriginal) original(...args);
  };
}
