/**
 * `npm run bench`: what a KE user waits for, measured on registers of realistic size.
 * Prints medians and 95th percentiles, and the cost of our layers and of encryption as ratios
 * against the same SQL run directly on an unencrypted copy. No pass/fail: figures for the notes.
 *
 * `npm run bench -- coordination` (or any of pool, cases, table, coordination, plans) runs only
 * those parts; the last four share one register of 20 000 cases, generated once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchCases, generateBenchRegister } from './cases';
import { benchCaseTable } from './caseTable';
import { benchCoordination } from './coordination';
import { benchCoordinators } from './coordinators';
import { benchPlans } from './plans';

const PARTS = ['pool', 'cases', 'table', 'coordination', 'plans'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !(PARTS as readonly string[]).includes(a));
if (unknown.length) {
  console.error(`Unknown part ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}.`);
  process.exit(2);
}
const runs = (part: (typeof PARTS)[number]) => asked.length === 0 || asked.includes(part);

if (runs('pool')) await benchCoordinators();
if (runs('cases') || runs('table') || runs('coordination') || runs('plans')) {
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-bench-cases-'));
  try {
    const login = await generateBenchRegister(dir);
    if (runs('cases')) await benchCases(dir, login);
    if (runs('coordination')) await benchCoordination(dir, login);
    if (runs('plans')) await benchPlans(dir, login);
    if (runs('table')) await benchCaseTable(dir, login);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(
  `\npeak resident memory of the benchmark process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
