import { describe, expect, it } from 'vitest';

import { printCrashReport, removeWorkDir, runCrashKills } from './crashRun';

// Kills of the test run; the bench (`npm run bench -- crash`) makes 500. CRASH_SEED=n repeats a run's choices.
const KILLS = Number(process.env.CRASH_KILLS ?? 50);

describe('a writer killed at random moments', () => {
  it(
    `loses no acknowledged write and leaves a register that opens, checks out and recovers (${KILLS} kills)`,
    async () => {
      const lines: string[] = [];
      const report = await runCrashKills({
        kills: KILLS,
        ...(process.env.CRASH_SEED ? { seed: Number(process.env.CRASH_SEED) } : {}),
        log: (line) => lines.push(line),
      });
      printCrashReport(report, (line) => lines.push(line));
      const summary = lines.join('\n');
      // Loudly, never silently: children that never write would make every check pass.
      expect(report.kills, summary).toBe(KILLS);
      expect(report.ackedTotal, summary).toBeGreaterThanOrEqual(KILLS);
      expect(report.acked.case + report.acked.step, summary).toBeGreaterThan(0);
      expect(
        report.acked.changePassword +
          report.acked.userCreate +
          report.acked.userReset +
          report.acked.userDeactivate,
        summary,
      ).toBeGreaterThan(0);
      expect(report.problems, summary).toEqual([]);
      removeWorkDir(report);
    },
    15 * 60_000,
  );
});
