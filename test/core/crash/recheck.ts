/**
 * Runs the checks of a failed crash round again on a copy of the data folder as the kill left
 * it: `npx tsx test/core/crash/recheck.ts <workDir>/failure-round-N`. The folder itself is not
 * touched (the checks log in and write), so it can be rechecked as often as needed.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { checkRegister, type KeptFailure } from './crashRun';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npx tsx test/core/crash/recheck.ts <failure-round-N folder>');
  process.exit(2);
}
const failure = JSON.parse(readFileSync(path.join(folder, 'failure.json'), 'utf8')) as KeptFailure;
const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'samordna-recheck-')), 'data');
cpSync(path.join(folder, 'data'), dataDir, { recursive: true });
console.log(`round ${failure.round} of seed ${failure.seed}; copy in ${dataDir}`);
console.log(
  `the kill landed during: ${failure.pending ? JSON.stringify(failure.pending) : 'nothing (between writes)'}`,
);
console.log('found then:');
for (const p of failure.problems) console.log(`  ${p.kind}: ${p.detail}`);
const problems = await checkRegister({
  round: failure.round,
  dataDir,
  model: failure.model,
  pending: failure.pending,
  random: Math.random,
  changedThisRound: new Set(failure.changedThisRound),
  keysBeforeRound: path.join(folder, 'keys-before-round', 'samordna.keys'),
  revokedThisRound: failure.revokedThisRound,
});
console.log(problems.length ? 'found now:' : 'found now: nothing');
for (const p of problems) console.log(`  ${p.kind}: ${p.detail}`);
process.exit(problems.length ? 1 : 0);
