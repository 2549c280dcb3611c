/** Timing helpers for `npm run bench`: medians and 95th percentiles, printed, never asserted. */
export interface Stats {
  median: number;
  p95: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

export async function time(runs: number, work: () => unknown): Promise<Stats> {
  for (let i = 0; i < Math.min(20, runs); i++) await work(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

/** Times `work` only, each run after `before` (a change the timed call must take in). */
export async function timeAfter(
  runs: number,
  before: (i: number) => unknown,
  work: () => unknown,
): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before(i);
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

export function printRows(title: string, rows: readonly (readonly [string, Stats])[]): void {
  console.log(`\n${title}`);
  for (const [name, s] of rows)
    console.log(`  ${name.padEnd(62)} median ${ms(s.median).padStart(10)}   p95 ${ms(s.p95).padStart(10)}`);
}

/**
 * Two pieces of work timed in turns, run for run, after a warm-up of each: on a machine others
 * share, a change of load then weighs on both alike, and the ratio of their medians stays fair.
 */
export function alternating(runs: number, a: () => unknown, b: () => unknown, warmUp = 20): [Stats, Stats] {
  for (let i = 0; i < warmUp; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order =
      i % 2
        ? ([
            [b, tb],
            [a, ta],
          ] as const)
        : ([
            [a, ta],
            [b, tb],
          ] as const);
    for (const [work, samples] of order) {
      const start = performance.now();
      work();
      samples.push(performance.now() - start);
    }
  }
  return [stats(ta), stats(tb)];
}
