import { ms } from './measure';

/**
 * Issue 17's targets, at 20 000 and at 100 000 cases. A register of another size is judged by the
 * target of the next size up (a 2 000-case run by the 20 000 one), or the largest above 100 000.
 */
export const TARGETS = {
  afterChange: { what: 'dashboard after a change it depends on, p95', limits: [5, 10] },
  overSql: { what: 'dashboard after a change, over its SQL (medians)', limits: [2, null] },
  firstAfterLogin: { what: 'first call of a dashboard after login', limits: [50, 200] },
  plansFirstOfDay: { what: 'plans.list first call of a day (median)', limits: [30, 150] },
  agenda: { what: 'agenda, cases.agenda (median)', limits: [10, 50] },
  search: { what: 'cases.list search, p95', limits: [5, 10] },
  encryption: { what: 'encrypted over unencrypted (medians)', limits: [1.3, 1.3] },
} as const satisfies Record<string, { what: string; limits: readonly [number, number | null] }>;
export type TargetKey = keyof typeof TARGETS;

const SIZES = [20_000, 100_000] as const;

export function limitFor(key: TargetKey, cases: number): number | null {
  const at = SIZES.findIndex((size) => cases <= size);
  return TARGETS[key].limits[at === 0 ? 0 : 1];
}

interface Verdict {
  cases: number;
  key: TargetKey;
  figure: string;
  text: string;
}
const verdicts: Verdict[] = [];

/**
 * `value` against the target for a register of `cases`: "met" or "MISSED by … (…x)", also kept
 * for the summary at the end of the run. Ratios (overSql, encryption) are in x, the rest in ms.
 * A target that does not apply at this size gives "no target".
 */
export function judge(cases: number, key: TargetKey, figure: string, value: number): string {
  const limit = limitFor(key, cases);
  const isRatio = key === 'overSql' || key === 'encryption';
  const shown = isRatio ? `${value.toFixed(2)}x` : ms(value);
  let text: string;
  if (limit === null) text = `${shown}, no target at this size`;
  else if (value <= limit) text = `${shown} met (≤ ${isRatio ? `${limit}x` : `${limit} ms`})`;
  else
    text = `${shown} MISSED by ${isRatio ? `${(value - limit).toFixed(2)}x` : `${ms(value - limit)} (${(value / limit).toFixed(2)}x)`} (≤ ${isRatio ? `${limit}x` : `${limit} ms`})`;
  verdicts.push({ cases, key, figure, text });
  return text;
}

/** Every verdict of the run, per size and target, for the notes. */
export function printVerdicts(): void {
  if (verdicts.length === 0) return;
  console.log('\nIssue 17 targets, every figure judged in this run:');
  for (const cases of [...new Set(verdicts.map((v) => v.cases))].sort((a, b) => a - b)) {
    console.log(`\n  ${cases.toLocaleString('nb')} cases`);
    for (const key of Object.keys(TARGETS) as TargetKey[]) {
      const of = verdicts.filter((v) => v.cases === cases && v.key === key);
      if (of.length === 0) continue;
      console.log(`    ${TARGETS[key].what}:`);
      for (const v of of) console.log(`      ${v.figure.padEnd(44)} ${v.text}`);
    }
  }
}
