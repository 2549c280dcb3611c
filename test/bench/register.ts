import { createCore, createDemoRegister, type DemoLogin } from '@core/index';

import { openDirect, type Direct } from './direct';

/** A register the shared parts run on, and how it was made. */
export interface BenchRegister {
  dir: string;
  login: DemoLogin;
  cases: number;
  coordinators: number;
  auditRows: number;
  /** The register opened directly and its unencrypted copy, made at the first ask, shared by the parts. */
  direct(): Promise<Direct>;
  /** Closes what `direct` opened. */
  close(): Promise<void>;
}

/**
 * The size of the register beside `cases`: one coordinator to 20 cases (1 000 at 20 000, the
 * shape of issue 6's register) and ten rows of audit history per case (200 000 at 20 000, a few
 * years of a busy KE's log), so that a bigger municipality has a bigger pool and a longer log.
 */
export const sizeOf = (cases: number) => ({
  cases,
  coordinators: Math.max(40, Math.round(cases / 20)),
  auditRows: cases * 10,
});

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/**
 * A demo register of `cases` cases received over two years, made by the demo generator in `dir`,
 * with how long it took and the memory it needed. It is then backed up once, as a register in use
 * has been: without that, core's first timer tick after a login takes the first backup and the
 * first call waits behind it.
 */
export async function generateBenchRegister(dir: string, cases: number): Promise<BenchRegister> {
  const size = sizeOf(cases);
  const started = performance.now();
  const login = await createDemoRegister(dir, size);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\n(generated ${size.coordinators} coordinators, ${cases} cases and ${size.auditRows} audit rows in ${seconds.toFixed(1)} s;` +
      ` resident memory now ${mib(process.memoryUsage().rss)}, peak of the process so far ${mib(process.resourceUsage().maxRSS * 1024)})`,
  );
  const core = createCore({ dataDir: dir });
  try {
    for (const [channel, input] of [
      ['session.login', login],
      ['backup.create', {}],
    ] as const) {
      const r = await core.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
    }
  } finally {
    core.close();
  }
  let direct: Promise<Direct> | null = null;
  return {
    dir,
    login,
    ...size,
    direct: () => (direct ??= openDirect(dir, login)),
    close: async () => {
      if (direct) (await direct).close();
    },
  };
}

/** `--cases 20000,100000` (or `--cases 2000`): the sizes asked for, or null for the default. */
export function casesAsked(args: readonly string[]): number[] | null {
  const at = args.indexOf('--cases');
  if (at === -1) return null;
  const sizes = (args[at + 1] ?? '').split(',').map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 100))
    throw new Error(`--cases takes whole numbers of at least 100, comma-separated: ${args[at + 1] ?? ''}`);
  return sizes;
}
