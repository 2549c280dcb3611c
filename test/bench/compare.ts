import type { Db } from '@core/storage/database';

import type { Direct } from './direct';
import { alternating, ms, stats, type Stats } from './measure';
import { readsOf, replayer, short, writeMs, type Executed } from './trace';

/** A statement's text, how often the call ran it, and the median time of all those runs. */
export type Heavy = readonly [sql: string, count: number, ms: number];

/** What a core call's own SQL costs straight on the database: its direct comparison. */
export interface SqlFigures {
  reads: number;
  encrypted: Stats;
  plain: Stats;
  /** Time the traced call spent in writes (its audit row, summaries it stored); not replayed. */
  writesMs: number;
  /** Writes of 0.5 ms or more in the traced call (all runs of one text together; one sample). */
  heavyWrites: Heavy[];
  /** Statements of 0.5 ms or more (all runs of one text together), median, encrypted, direct. */
  heavy: Heavy[];
  skipped: string[];
}

/**
 * The reads a traced call ran, replayed in their order on the encrypted register and on its
 * unencrypted copy in turns (`runs` each), and the statements that weigh, each text on its own.
 */
export function sqlOf(direct: Direct, executed: readonly Executed[], runs: number): SqlFigures {
  const reads = readsOf(executed);
  const encrypted = replayer(direct.encrypted, reads);
  const plain = replayer(direct.plain, reads);
  const [onEncrypted, onPlain] = alternating(runs, encrypted.run, plain.run, Math.min(5, runs));
  return {
    reads: reads.length,
    encrypted: onEncrypted,
    plain: onPlain,
    writesMs: writeMs(executed),
    heavyWrites: heavyWrites(executed),
    heavy: heavyReads(direct.encrypted, reads),
    skipped: encrypted.skipped,
  };
}

/**
 * The reads of a first call on new connections (cold page cache, nothing compiled), one replay
 * per round on each file in turns: the direct comparison of a call that fills what core keeps.
 */
export function coldSqlOf(direct: Direct, executed: readonly Executed[], rounds: number): SqlFigures {
  const reads = readsOf(executed);
  const on: Record<'encrypted' | 'plain', number[]> = { encrypted: [], plain: [] };
  let skipped: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const fresh = direct.reopen();
    for (const which of round % 2 ? (['plain', 'encrypted'] as const) : (['encrypted', 'plain'] as const)) {
      const start = performance.now();
      // Preparing is part of the cold cost: the replayer prepares and runs each read once.
      const replay = replayer(fresh[which], reads);
      on[which].push(performance.now() - start);
      if (which === 'encrypted') skipped = replay.skipped;
    }
    fresh.encrypted.close();
    fresh.plain.close();
  }
  return {
    reads: reads.length,
    encrypted: stats(on.encrypted),
    plain: stats(on.plain),
    writesMs: writeMs(executed),
    heavyWrites: heavyWrites(executed),
    heavy: heavyReads(direct.encrypted, reads),
    skipped,
  };
}

/** The traced call's own time in each text that writes (COMMIT included), those of 0.5 ms or more. */
function heavyWrites(executed: readonly Executed[]): Heavy[] {
  const byText = new Map<string, { count: number; ms: number }>();
  for (const e of executed) {
    if (e.reader) continue;
    const seen = byText.get(e.sql) ?? { count: 0, ms: 0 };
    byText.set(e.sql, { count: seen.count + 1, ms: seen.ms + e.ms });
  }
  return [...byText]
    .filter(([, w]) => w.ms >= 0.5)
    .map(([sql, w]): Heavy => [sql, w.count, w.ms])
    .sort((a, b) => b[2] - a[2]);
}

/** Each text's runs in the call replayed together, five times; those of 0.5 ms or more, slowest first. */
function heavyReads(db: Db, reads: readonly Executed[]): Heavy[] {
  const byText = new Map<string, Executed[]>();
  for (const e of reads) {
    const same = byText.get(e.sql);
    if (same) same.push(e);
    else byText.set(e.sql, [e]);
  }
  const heavy: Heavy[] = [];
  for (const [sql, runs] of byText) {
    const { run, skipped } = replayer(db, runs);
    if (skipped.length) continue;
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      run();
      samples.push(performance.now() - start);
    }
    const t = stats(samples).median;
    if (t >= 0.5) heavy.push([sql, runs.length, t]);
  }
  return heavy.sort((a, b) => b[2] - a[2]);
}

/** The comparison's lines under the figure they compare with. */
export function sqlRows(sql: SqlFigures, cold = false): (readonly [string, Stats])[] {
  const how = cold ? 'first run on new connections' : 'replayed';
  return [
    [`  its SQL direct, encrypted (${sql.reads} reads, ${how})`, sql.encrypted],
    ['  its SQL direct, unencrypted copy', sql.plain],
  ];
}

/** Writes in the call, statements that could not be replayed, and the heavy statements. */
export function printSqlNotes(label: string, sql: SqlFigures): void {
  if (sql.writesMs >= 0.05)
    console.log(`    ${label}: writes in the call ${ms(sql.writesMs)} (not replayed)`);
  for (const [text, count, t] of sql.heavyWrites)
    console.log(`    ${label}: ${ms(t).padStart(10)}  write, ${count > 1 ? `${count}x ` : ''}${short(text)}`);
  for (const s of sql.skipped) console.log(`    ${label}: not replayed: ${s}`);
  for (const [text, count, t] of sql.heavy)
    console.log(`    ${label}: ${ms(t).padStart(10)}  ${count > 1 ? `${count}x ` : ''}${short(text)}`);
}
