import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  appFile,
  createErrorLogger,
  createRotatingLog,
  describeError,
  MAX_LINES_PER_MINUTE,
  newIncidentId,
  REPEAT_WINDOW_MS,
  routeConsoleErrors,
  stackFrames,
  type LogEntry,
} from '@main/errorLog';

// What an error can carry that must never reach the log.
const FNR = '01017012345'; // 11 digits in the form of a fødselsnummer
const NAME = 'Kari Nordmann';
const EMAIL = 'kari.nordmann@nordby.kommune.no';
const PHONE = '+47 912 34 567';
const USER_PATH = 'C:\\Users\\kari.nordmann\\Documents\\klient.xlsx';
const SECRETS = [
  FNR,
  NAME,
  'Nordmann',
  EMAIL,
  '912 34 567',
  '91234567',
  'kari.nordmann',
  USER_PATH,
  'klient.xlsx',
];

const APP_ROOT = 'C:\\Program Files\\Samordna\\resources\\app.asar';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'samordna-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function hostileError(): Error {
  const error = new TypeError(
    `Kan ikke lagre ${NAME} (${FNR}), ${EMAIL}, tlf ${PHONE}, fil ${USER_PATH}\n    at ${NAME} (${USER_PATH}:1:1)`,
  );
  error.stack = [
    `TypeError: ${error.message}`,
    `    at savePerson (${APP_ROOT}\\out\\main\\index.cjs:1234:17)`,
    `    at Object.<anonymous> (C:\\Users\\kari.nordmann\\AppData\\Local\\Temp\\x.js:3:9)`,
    `    at ${NAME.replace(' ', '')} (file:///C:/Users/kari.nordmann/Documents/klient.js:1:1)`,
    `    at async Promise.all (index 0)`,
    `    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
  ].join('\n');
  return error;
}

function readEntries(): LogEntry[] {
  return readFileSync(path.join(dir, 'samordna.log'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as LogEntry);
}

describe('the error log', () => {
  it('holds no name, fødselsnummer, e-mail, phone number or user folder from the error', () => {
    const logger = createErrorLogger({ dir, appRoot: APP_ROOT });
    const error = hostileError();
    Object.assign(error, { code: FNR, person: { name: NAME, fnr: FNR } });
    logger.record('main', 'uncaughtException', error);
    // A rejection with a plain value, an object with a message, a string: all said only by type.
    logger.record('main', 'unhandledRejection', `${NAME} ${FNR}`);
    logger.record('main', 'unhandledRejection', { message: `${EMAIL} ${PHONE}`, name: NAME, code: 'kari' });
    logger.record('renderer', 'error', {
      name: `${NAME}Error`,
      stack: `${NAME}\n    at x (${USER_PATH}:1:2)`,
    });
    const sqlite = Object.assign(new Error(`no such column: ${FNR}`), {
      name: 'SqliteError',
      code: 'SQLITE_ERROR',
    });
    logger.record('main', 'handled', sqlite);
    const text = readFileSync(path.join(dir, 'samordna.log'), 'utf8');
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    expect(text).not.toMatch(/\d{11}/);
    expect(text).not.toMatch(/kari/i);
  });

  it('keeps what helps: time, where, event, class, code, frames inside the app, the incident id', () => {
    const logger = createErrorLogger({ dir, appRoot: APP_ROOT, now: () => new Date('2026-12-06T10:00:00Z') });
    const incident = logger.record('main', 'uncaughtException', hostileError());
    const sqlite = Object.assign(new Error('x'), { name: 'SqliteError', code: 'SQLITE_CORRUPT' });
    logger.record('main', 'close', sqlite);
    const [first, second] = readEntries();
    expect(first).toEqual({
      time: '2026-12-06T10:00:00.000Z',
      incident,
      where: 'main',
      event: 'uncaughtException',
      kind: 'TypeError',
      code: null,
      frames: [
        'out/main/index.cjs:1234:17',
        '(outside the app)',
        '(outside the app)',
        '(outside the app)',
        'node:internal/process/task_queues:95:5',
      ],
    });
    expect(second).toMatchObject({ kind: 'SqliteError', code: 'SQLITE_CORRUPT' });
  });

  it('gives incident ids a person can read out', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newIncidentId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  });

  it('survives an error whose properties throw when read', () => {
    const logger = createErrorLogger({ dir, appRoot: APP_ROOT });
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error(FNR);
        },
      },
    );
    expect(() => logger.record('main', 'uncaughtException', hostile)).not.toThrow();
    expect(readEntries()[0]).toMatchObject({ kind: null, frames: [] });
  });
});

describe('frames of the app', () => {
  it('names files inside the app by their path in it, and nothing outside it', () => {
    expect(appFile('C:\\Program Files\\Samordna\\resources\\app.asar\\out\\main\\index.cjs:10:2', '')).toBe(
      'out/main/index.cjs:10:2',
    );
    expect(appFile('app://samordna/assets/index-Ab12.js?x=1:1:2345', '')).toBe('assets/index-Ab12.js:1:2345');
    expect(appFile('/work/main/out/main/index.cjs:5:1', '/work/main')).toBe('out/main/index.cjs:5:1');
    expect(appFile('file:///work/main/out/main/index.cjs:5:1', '/work/main')).toBe('out/main/index.cjs:5:1');
    expect(appFile('/home/kari/evil.js:1:1', '/work/main')).toBeNull();
    expect(appFile('/work/main/../kari/x.js:1:1', '/work/main')).toBeNull();
    expect(appFile('app://samordna/Kari Nordmann.js:1:1', '')).toBeNull();
    expect(appFile('https://example.com/x.js:1:1', '')).toBeNull();
    expect(appFile('native', '')).toBeNull();
  });

  it('reads only frame lines, and cuts off the message even when it looks like frames', () => {
    const error = new Error(`line one\n    at ${NAME} (app://samordna/x.js:1:1)`);
    const frames = stackFrames(error.stack, '/nowhere', [`Error: ${error.message}`]);
    expect(frames.join(' ')).not.toContain('Kari');
    expect(stackFrames(`    at f${FNR} (app://samordna/a.js:1:2)`, '')).toEqual(['a.js:1:2']);
    expect(stackFrames(undefined, '')).toEqual([]);
    const many = Array.from({ length: 40 }, (_, i) => `    at f${i} (app://samordna/a.js:${i}:1)`).join('\n');
    expect(stackFrames(many, '')).toHaveLength(12);
  });

  it('never prints a function name: V8 takes one from a computed key, which can be data', () => {
    // What V8 itself names a method called through a key taken from the register.
    const person: Record<string, () => never> = {
      [NAME]: () => {
        throw new Error('x');
      },
    };
    let stack = '';
    try {
      person[NAME]!();
    } catch (error) {
      stack = (error as Error).stack ?? '';
    }
    expect(stack).toContain(NAME);
    const here = path.dirname(import.meta.filename);
    const frames = stackFrames(stack, here, ['Error: x']);
    expect(frames[0]).toMatch(/^errorLog\.test\.ts:\d+:\d+$/);
    expect(frames.join(' ')).not.toContain('Kari');
    expect(
      stackFrames(
        '    at Object.Ola (app://samordna/a.js:1:2)\n    at new Ola (app://samordna/b.js:3:4)',
        '',
      ),
    ).toEqual(['a.js:1:2', 'b.js:3:4']);
  });

  it('describes a thrown non-error by its type only', () => {
    const context = { where: 'main' as const, event: 'x', incident: 'A-B', time: new Date(0), appRoot: '' };
    expect(describeError(FNR, context)).toMatchObject({ kind: '(string)', code: null, frames: [] });
    expect(describeError(42, context).kind).toBe('(number)');
    expect(describeError(undefined, context).kind).toBeNull();
    expect(describeError(new Error('x'), { ...context, event: `bad ${NAME}` }).event).toBe('error');
  });
});

describe('an error that repeats', () => {
  const report = (stack: string) => ({ name: 'TypeError', stack });
  const LOOP = '    at tick (app://samordna/assets/app.js:1:20)';

  it('is written once within the window, counted, and the count goes on its next line', () => {
    let clock = Date.parse('2026-12-06T10:00:00Z');
    const logger = createErrorLogger({ dir, appRoot: APP_ROOT, now: () => new Date(clock) });
    const first = logger.report('renderer', 'error', report(LOOP));
    expect(first.repeat).toBe(false);
    for (let i = 0; i < 500; i += 1) {
      clock += 100;
      expect(logger.report('renderer', 'error', report(LOOP))).toEqual({
        incident: first.incident,
        repeat: true,
      });
    }
    expect(readEntries()).toHaveLength(1);
    // Another error is written at once; the same one again after the window, with its count.
    expect(
      logger.report('renderer', 'error', report('    at other (app://samordna/assets/app.js:9:9)')).repeat,
    ).toBe(false);
    clock = Date.parse('2026-12-06T10:00:00Z') + REPEAT_WINDOW_MS;
    const later = logger.report('renderer', 'error', report(LOOP));
    expect(later.repeat).toBe(false);
    expect(later.incident).not.toBe(first.incident);
    const entries = readEntries();
    expect(entries).toHaveLength(3);
    expect(entries[0]!.repeats).toBeUndefined();
    expect(entries[2]).toMatchObject({ incident: later.incident, repeats: 500 });
  });

  it('differs by where, event, class or frames', () => {
    const logger = createErrorLogger({ dir, appRoot: APP_ROOT });
    logger.record('renderer', 'error', report(LOOP));
    logger.record('main', 'error', report(LOOP));
    logger.record('renderer', 'unhandledrejection', report(LOOP));
    logger.record('renderer', 'error', { name: 'RangeError', stack: LOOP });
    logger.record('renderer', 'error', report(LOOP.replace(':1:20', ':1:21')));
    expect(readEntries()).toHaveLength(5);
  });

  it('cannot rotate the log away with many different errors: a minute holds a few dozen lines', () => {
    let clock = 0;
    const logger = createErrorLogger({
      dir,
      appRoot: APP_ROOT,
      now: () => new Date(clock),
      maxBytes: 1_000_000,
    });
    for (let i = 0; i < 1_000; i += 1) {
      clock += 10;
      logger.record('renderer', 'error', report(`    at f (app://samordna/assets/app.js:${i}:1)`));
    }
    expect(readEntries()).toHaveLength(MAX_LINES_PER_MINUTE);
    clock += 60_000;
    logger.record('renderer', 'error', report('    at g (app://samordna/assets/other.js:1:1)'));
    expect(readEntries().at(-1)).toMatchObject({ dropped: 1_000 - MAX_LINES_PER_MINUTE });
  });
});

describe('rotation', () => {
  it('moves the log aside at the size limit and keeps three old files', () => {
    const log = createRotatingLog({ dir, maxBytes: 100, keep: 3 });
    for (let i = 0; i < 30; i += 1) log.append(`${String(i).padStart(2, '0')} ${'x'.repeat(36)}`);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['samordna.1.log', 'samordna.2.log', 'samordna.3.log', 'samordna.log']);
    for (const file of files) expect(readFileSync(path.join(dir, file)).length).toBeLessThanOrEqual(100);
    // The newest lines are in the current file, the oldest kept ones in .3.
    expect(readFileSync(path.join(dir, 'samordna.log'), 'utf8')).toContain('29 ');
    expect(readFileSync(path.join(dir, 'samordna.3.log'), 'utf8')).toContain('22 ');
    expect(readdirSync(dir).join()).not.toContain('samordna.4.log');
  });

  it('writes a line longer than the limit rather than losing it', () => {
    const log = createRotatingLog({ dir, maxBytes: 10 });
    expect(log.append('x'.repeat(50))).toBe(true);
    expect(log.append('y'.repeat(50))).toBe(true);
    expect(readFileSync(path.join(dir, 'samordna.log'), 'utf8')).toBe(`${'y'.repeat(50)}\n`);
  });

  it('creates its folder, and never throws when it cannot write', () => {
    const nested = path.join(dir, 'a', 'logs');
    expect(createRotatingLog({ dir: nested }).append('x')).toBe(true);
    expect(existsSync(path.join(nested, 'samordna.log'))).toBe(true);
    const failing = createRotatingLog({
      dir,
      fs: {
        mkdirSync: () => undefined,
        statSync: () => ({ size: 0 }),
        renameSync: () => undefined,
        rmSync: () => undefined,
        appendFileSync: () => {
          throw new Error('ENOSPC');
        },
      },
    });
    expect(failing.append('x')).toBe(false);
  });
});

describe('console.error in main', () => {
  it('goes to the log without its message, and prints nothing in a packaged app', () => {
    const printed: unknown[][] = [];
    const target = { error: (...args: unknown[]) => void printed.push(args) };
    const logger = createErrorLogger({ dir, appRoot: APP_ROOT });
    routeConsoleErrors(target, logger, { keepOriginal: false });
    target.error('[samordna] unexpected error', new RangeError(`${NAME} ${FNR}`));
    expect(printed).toEqual([]);
    const entry = readEntries()[0]!;
    expect(entry).toMatchObject({ where: 'main', event: 'consoleError', kind: 'RangeError' });
    expect(JSON.stringify(entry)).not.toContain(FNR);
  });

  it('still prints for the developer in an unpackaged run', () => {
    const printed: unknown[][] = [];
    const target = { error: (...args: unknown[]) => void printed.push(args) };
    routeConsoleErrors(target, createErrorLogger({ dir, appRoot: APP_ROOT }), { keepOriginal: true });
    target.error('[samordna] timer', 'x');
    expect(printed).toEqual([['[samordna] timer', 'x']]);
    expect(readEntries()[0]).toMatchObject({ event: 'consoleError', kind: null });
  });
});
