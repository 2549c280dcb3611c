/**
 * `npm run bench`: what a KE user waits for, measured on registers of realistic size.
 * Prints medians and 95th percentiles, and the cost of our layers and of encryption as ratios
 * against the same SQL run directly on an unencrypted copy. No pass/fail on the figures: they are
 * for the notes (docs/benchmarks.md). A part that cannot run (a call or a print route missing)
 * fails loudly: the others still run, and the script ends with a failure.
 *
 * `npm run bench -- dashboards print` (any of pool, import, audit, cases, table, coordination, plans, dashboards,
 * report, print, safekeeping, export) runs only those parts; all but pool, import and audit (its own 1 000 000 audit rows, test/bench/auditLog.ts) share one register of 1 000 coordinators,
 * 20 000 cases and 200 000 audit rows, generated once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DemoLogin } from '../../electron/core';
import { benchAuditLog } from './auditLog';
import { benchCases, generateBenchRegister } from './cases';
import { benchCaseTable } from './caseTable';
import { benchCoordination } from './coordination';
import { benchCoordinators } from './coordinators';
import { benchCrash } from './crash';
import { benchDashboards } from './dashboards';
import { benchImport } from './import';
import { benchPlans } from './plans';
import { benchPrint } from './print';
import { benchRegisterExport } from './registerExport';
import { benchReport } from './report';
import { benchSafekeeping } from './safekeeping';

type Shared = (dir: string, login: DemoLogin) => Promise<void>;
const SHARED: Record<string, Shared> = {
  cases: benchCases,
  coordination: benchCoordination,
  plans: benchPlans,
  dashboards: benchDashboards,
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
const PARTS = ['pool', 'import', 'audit', ...Object.keys(SHARED), ...ON_REQUEST];
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !PARTS.includes(a));
if (unknown.length) {
  console.error(`Unknown part ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}.`);
  process.exit(2);
}
const runs = (part: string) => asked.includes(part) || (asked.length === 0 && !ON_REQUEST.includes(part));
const failed: string[] = [];
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
if (runs('crash')) await part('crash', benchCrash);
const shared = Object.keys(SHARED).filter(runs);
if (shared.length) {
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-bench-cases-'));
  try {
    const login = await generateBenchRegister(dir);
    console.log(`(peak resident memory after generating it: ${peakMiB()} MiB)`);
    for (const name of shared) await part(name, () => SHARED[name]!(dir, login));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`\npeak resident memory of the benchmark process: ${peakMiB()} MiB`);
if (failed.length) {
  console.error(`\nParts that failed: ${failed.join(', ')}.`);
  process.exit(1);
}
