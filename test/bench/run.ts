/**
 * `npm run bench`: what a KE user waits for, measured on registers of realistic size.
 * Prints medians and 95th percentiles, and the cost of our layers and of encryption as ratios
 * against the same SQL run directly on an unencrypted copy. No pass/fail on the figures: they are
 * for the notes (docs/benchmarks.md). A part that cannot run (a call or a print route missing)
 * fails loudly: the others still run, and the script ends with a failure.
 *
 * `npm run bench -- dashboards print` (any of pool, import, audit, steps, cases, table, coordination, plans,
 * dashboards, charts, report, print, safekeeping, export) runs only those parts; all but pool, import, audit
 * (its own 1 000 000 audit rows, test/bench/auditLog.ts) and steps (its own 100 000 steps,
 * test/bench/stepReads.ts) share a register made by the demo generator (test/bench/register.ts). The parts issue 17 sets
 * targets for (SCALED) run on one of 20 000 and on one of 100 000 cases; the others at 20 000 only.
 * `--cases 2000` (or `--cases 20000,100000`) runs every part asked for at those sizes instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

import type { DemoLogin } from '@core/index';

import { benchAuditLog } from './auditLog';
import { benchCases } from './cases';
import { benchCaseTable } from './caseTable';
import { benchCoordination } from './coordination';
import { benchCoordinators } from './coordinators';
import { benchCrash } from './crash';
import { benchDashboardPaint } from './dashboardPaint';
import { benchDashboards } from './dashboards';
import { benchImport } from './import';
import { benchPlans } from './plans';
import { benchPrint } from './print';
import { casesAsked, generateBenchRegister, type BenchRegister } from './register';
import { benchRegisterExport } from './registerExport';
import { benchReport } from './report';
import { benchSafekeeping } from './safekeeping';
import { benchStepReads } from './stepReads';
import { printVerdicts } from './targets';

type Shared = (dir: string, login: DemoLogin, register: BenchRegister) => Promise<void>;
const SHARED: Record<string, Shared> = {
  cases: benchCases,
  coordination: benchCoordination,
  plans: benchPlans,
  dashboards: benchDashboards,
  charts: benchDashboardPaint,
  report: benchReport,
  table: benchCaseTable,
  print: benchPrint,
  safekeeping: benchSafekeeping,
  export: benchRegisterExport,
};
/**
 * `crash` kills a writer 500 times and checks the register after each kill
 * (test/core/crash/crashRun.ts; CRASH_KILLS and CRASH_SEED change it). It takes 15–40 minutes,
 * so it runs only when named: `npm run bench -- crash`.
 */
const ON_REQUEST = ['crash'];
/** The parts with targets at both sizes (issue 17); the others run at the first size only. */
const SCALED = ['cases', 'coordination', 'plans', 'dashboards'];
const SIZES = [20_000, 100_000];
const PARTS = ['pool', 'import', 'audit', 'steps', ...Object.keys(SHARED), ...ON_REQUEST];
const args = process.argv.slice(2);
const sizesAsked = casesAsked(args);
const asked = args.filter((a, i) => a !== '--cases' && args[i - 1] !== '--cases');
const unknown = asked.filter((a) => !PARTS.includes(a));
if (unknown.length) {
  console.error(`Unknown part ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}.`);
  process.exit(2);
}
const runs = (part: string) => asked.includes(part) || (asked.length === 0 && !ON_REQUEST.includes(part));
const failed: string[] = [];
const started = performance.now();
const peakMiB = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

async function part(name: string, work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    failed.push(name);
    console.error(`\n${name}: FAILED\n  ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (runs('pool')) await part('pool', benchCoordinators);
if (runs('import')) await part('import', benchImport);
if (runs('audit')) await part('audit', benchAuditLog);
if (runs('steps')) await part('steps', benchStepReads);
if (runs('crash')) await part('crash', benchCrash);
const shared = Object.keys(SHARED).filter(runs);
for (const cases of sizesAsked ?? SIZES) {
  const here = shared.filter((name) => sizesAsked || cases === SIZES[0] || SCALED.includes(name));
  if (here.length === 0) continue;
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-bench-cases-'));
  let register: BenchRegister | null = null;
  try {
    register = await generateBenchRegister(dir, cases);
    const made = register;
    for (const name of here) {
      console.log(
        `\n[${name} at ${cases} cases; load average before: ${loadavg()
          .map((n) => n.toFixed(2))
          .join(' ')}]`,
      );
      await part(`${name} (${cases})`, () => SHARED[name]!(dir, made.login, made));
      console.log(
        `[${name} at ${cases} cases; load average after: ${loadavg()
          .map((n) => n.toFixed(2))
          .join(' ')}]`,
      );
    }
  } catch (error) {
    failed.push(`register of ${cases} cases`);
    console.error(
      `\nregister of ${cases} cases: FAILED\n  ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await register?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
printVerdicts();
console.log(`\npeak resident memory of the benchmark process: ${peakMiB()} MiB`);
console.log(`the benchmark took ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (failed.length) {
  console.error(`\nParts that failed: ${failed.join(', ')}.`);
  process.exit(1);
}
