import { printCrashReport, removeWorkDir, runCrashKills } from '../core/crash/crashRun';

/** Kills of `npm run bench -- crash`; CRASH_KILLS=n and CRASH_SEED=n change them. */
const KILLS = Number(process.env.CRASH_KILLS ?? 500);

/**
 * A writer SIGKILLed at random moments, the register checked after every kill
 * (test/core/crash/crashRun.ts). Prints the counts; a lost write, a failed check or a leftover
 * temp file fails the part, and the data folders of those rounds are kept for `recheck.ts`.
 */
export async function benchCrash() {
  const report = await runCrashKills({
    kills: KILLS,
    ...(process.env.CRASH_SEED ? { seed: Number(process.env.CRASH_SEED) } : {}),
    log: (line) => console.log(`  ${line}`),
  });
  printCrashReport(report);
  if (report.kills < KILLS || report.ackedTotal === 0 || report.problems.length) {
    throw new Error(
      `${report.problems.length} problems in ${report.rounds} rounds, ${report.kills} kills, ` +
        `${report.ackedTotal} acknowledged writes (seed ${report.seed}; work folder ${report.workDir})`,
    );
  }
  removeWorkDir(report);
}
