import { appealStages, type AppealStage } from '@shared/api/cases';
import {
  caseStatuses,
  governorOutcomes,
  reassessmentOutcomes,
  type CaseStep,
  type Right,
} from '@shared/domain/case';
import { appealStage } from '@shared/domain/caseOutcomes';
import { caseStatus } from '@shared/domain/caseStatus';
import { awaitsMunicipality, isAtGovernor, stepsOf } from '@shared/domain/caseSteps';

import type { Force, PlannedStep } from './generateSteps';

/**
 * What the demo must show a KE worker whatever its size and seed: a few cases in every status
 * and appeals at every stage, from received to Statsforvalteren's outcome. The lists come from
 * the domain, so a new status or outcome is asked for here as soon as it exists. The generator
 * draws cases as a KE has them and, for the last cases of the register, makes any still missing
 * (generateCases.ts): a forced case is drawn again until it shows what is asked.
 */

export interface Wanted {
  key: string;
  /** How many cases should show it. */
  count: number;
  force: Force;
  /** Days back from today within which such a case is received. */
  window: readonly [number, number];
}

const forStatus: Record<(typeof caseStatuses)[number], Omit<Wanted, 'key'>> = {
  received: { count: 2, force: { stage: 0.05 }, window: [0, 25] },
  inProgress: { count: 2, force: { stage: 0.15 }, window: [10, 60] },
  decided: { count: 2, force: { stage: 0.5 }, window: [60, 400] },
  appealed: { count: 2, force: { stage: 0.5, refuseAndAppeal: true }, window: [40, 110] },
  atGovernor: {
    count: 2,
    force: { stage: 0.5, refuseAndAppeal: true, reassessment: 'notUpheld' },
    window: [90, 250],
  },
  closed: { count: 2, force: { stage: 0.97 }, window: [200, 700] },
};

/** The stages Saker filters appeals by (caseOutcomes.ts): a few cases at each. */
const forListStage: Record<AppealStage, Omit<Wanted, 'key'>> = {
  atMunicipality: { count: 2, force: { stage: 0.5, refuseAndAppeal: true }, window: [40, 110] },
  atGovernor: forStatus.atGovernor,
  decidedByGovernor: {
    count: 2,
    force: { stage: 0.5, refuseAndAppeal: true, governor: 'notUpheld' },
    window: [300, 700],
  },
  decidedByMunicipality: {
    count: 2,
    force: { stage: 0.5, refuseAndAppeal: true, reassessment: 'upheld' },
    window: [150, 700],
  },
};

export const WANTED: readonly Wanted[] = [
  ...caseStatuses.map((status) => ({ key: `status:${status}`, ...forStatus[status] })),
  ...appealStages.map((stage) => ({ key: `list:${stage}`, ...forListStage[stage] })),
  {
    key: 'appeal:awaitingReassessment',
    count: 2,
    force: { stage: 0.5, refuseAndAppeal: true },
    window: [40, 110],
  },
  {
    key: 'appeal:awaitingForwarding',
    count: 2,
    force: { stage: 0.5, refuseAndAppeal: true, reassessment: 'notUpheld' },
    window: [60, 160],
  },
  ...reassessmentOutcomes.map((reassessment): Wanted => ({
    key: `appeal:reassessment:${reassessment}`,
    count: 1,
    force: { stage: 0.5, refuseAndAppeal: true, reassessment },
    window: [150, 700],
  })),
  ...governorOutcomes.map((governor): Wanted => ({
    key: `appeal:governor:${governor}`,
    count: 1,
    force: { stage: 0.5, refuseAndAppeal: true, governor },
    window: [300, 700],
  })),
];

/**
 * Where a case's appeals stand: waiting for the municipality's reassessment or its forwarding,
 * at Statsforvalteren, and the outcomes recorded.
 */
export function stagesOfAppeals(record: { steps: CaseStep[] }): string[] {
  return stepsOf(record, 'appeal').flatMap((a) =>
    [
      awaitsMunicipality(a)
        ? a.reassessment === null
          ? 'awaitingReassessment'
          : 'awaitingForwarding'
        : null,
      isAtGovernor(a) ? 'atGovernor' : null,
      a.reassessment === null ? null : `reassessment:${a.reassessment}`,
      a.governorOutcome === null ? null : `governor:${a.governorOutcome}`,
    ].filter((s) => s !== null),
  );
}

/** The keys of WANTED a planned case shows (its steps numbered as they will be stored). */
export function coverageOf(planned: readonly PlannedStep[], rightsRequested: Right[]): string[] {
  const steps = planned.map(
    ({ step, appealOf }, i) =>
      ({
        ...step,
        id: i + 1,
        recordedBy: '',
        recordedAt: '',
        ...(appealOf === undefined ? {} : { decisionId: appealOf + 1 }),
      }) as CaseStep,
  );
  const record = { steps, rightsRequested };
  return [
    `status:${caseStatus(record)}`,
    ...stepsOf(record, 'appeal').map((a) => `list:${appealStage(a)}`),
    ...stagesOfAppeals(record).map((s) => `appeal:${s}`),
  ];
}

/** What is still missing, and how many cases it takes at most to make it. */
export class Coverage {
  private readonly missing = new Map(WANTED.map((w) => [w.key, w.count]));

  record(keys: readonly string[]): void {
    for (const key of keys) {
      const n = this.missing.get(key);
      if (n !== undefined) this.missing.set(key, Math.max(0, n - 1));
    }
  }

  /** The cases still owed (one forced case may show several things at once). */
  owed(): number {
    return [...this.missing.values()].reduce((s, n) => s + n, 0);
  }

  /** The next thing to force, when the cases left are no more than those owed. */
  next(casesLeft: number): Wanted | null {
    if (casesLeft > this.owed()) return null;
    return WANTED.find((w) => (this.missing.get(w.key) ?? 0) > 0) ?? null;
  }
}
