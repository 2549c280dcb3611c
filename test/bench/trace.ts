import Database from 'better-sqlite3-multiple-ciphers';

import type { Db } from '@core/storage/database';

/** One statement a traced call ran: its text, how it was run and with what, and how long it took. */
export interface Executed {
  sql: string;
  method: 'all' | 'get' | 'run' | 'iterate';
  args: unknown[];
  /** The statement returns rows (a read); writes are timed in core but never replayed. */
  reader: boolean;
  ms: number;
}

let recording: Executed[] | null = null;

/**
 * Every statement of the process runs through the one native Statement prototype of the driver
 * core and the bench share, so wrapping its methods sees every statement core runs, whatever
 * module prepared it. The wrappers only record while `traced` runs; otherwise they pass through.
 */
function patchStatements() {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<
    Executed['method'],
    (this: Database.Statement, ...args: unknown[]) => unknown
  >;
  probe.close();
  for (const method of ['all', 'get', 'run', 'iterate'] as const) {
    const original = proto[method];
    proto[method] = function (this: Database.Statement, ...args: unknown[]) {
      if (!recording) return original.apply(this, args);
      const into = recording;
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        // An iterator's rows are read later: only the call is timed, the replay reads them all.
        into.push({ sql: this.source, method, args, reader: this.reader, ms: performance.now() - start });
      }
    };
  }
}
patchStatements();

/** Runs `work` once, recording the statements it ran (nested calls record into the outer one). */
export async function traced<T>(
  work: () => Promise<T>,
): Promise<{ result: T; ms: number; executed: Executed[] }> {
  if (recording) throw new Error('traced: already recording');
  const executed: Executed[] = [];
  recording = executed;
  const start = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - start, executed };
  } finally {
    recording = null;
  }
}

/** Reads a traced call ran, fit to replay elsewhere: pragmas (the key among them) are left out. */
export const readsOf = (executed: readonly Executed[]) =>
  executed.filter((e) => e.reader && !/^\s*PRAGMA/i.test(e.sql));

/** Milliseconds a traced call spent in statements that write (the audit row, stored summaries). */
export const writeMs = (executed: readonly Executed[]) =>
  executed.filter((e) => !e.reader).reduce((n, e) => n + e.ms, 0);

/**
 * The reads of a traced call, prepared once on `db` (as core's statement cache would), as one
 * piece of work that runs them all in their order. A read that cannot run on `db` (it needs a
 * temporary table the call made, say) is left out and named in `skipped`.
 */
export function replayer(db: Db, reads: readonly Executed[]): { run: () => number; skipped: string[] } {
  const prepared = new Map<string, Database.Statement>();
  const skipped: string[] = [];
  const steps: (() => number)[] = [];
  for (const e of reads) {
    try {
      let statement = prepared.get(e.sql);
      if (!statement) {
        statement = db.prepare(e.sql);
        prepared.set(e.sql, statement);
      }
      const s = statement;
      const step = (): number => {
        if (e.method === 'get') return s.get(...e.args) === undefined ? 0 : 1;
        if (e.method === 'iterate') {
          let n = 0;
          for (const _ of s.iterate(...e.args)) n++;
          return n;
        }
        return s.all(...e.args).length;
      };
      step();
      steps.push(step);
    } catch (error) {
      skipped.push(`${short(e.sql)} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { run: () => steps.reduce((n, step) => n + step(), 0), skipped };
}

/** A statement's text on one line, cut to fit a line of output. */
export const short = (sql: string, length = 90) => sql.replace(/\s+/g, ' ').trim().slice(0, length);
