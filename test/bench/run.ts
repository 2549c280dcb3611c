/**
 * `npm run bench`: what a KE user waits for, measured on registers of realistic size.
 * Prints medians and 95th percentiles, and the cost of our layers and of encryption as ratios
 * against the same SQL run directly on an unencrypted copy. No pass/fail: figures for the notes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchCases } from './cases';
import { benchCaseTable } from './caseTable';
import { benchCoordinators } from './coordinators';

await benchCoordinators();
const dir = mkdtempSync(path.join(tmpdir(), 'samordna-bench-cases-'));
try {
  const login = await benchCases(dir);
  await benchCaseTable(dir, login);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `\npeak resident memory of the benchmark process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
