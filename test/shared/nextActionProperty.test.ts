/**
 * Over every combination of the states the demo register holds (workflow stage, rights, the
 * child's age, the coordinator, the plan, open or closed): a warning that asks for something to
 * be done is always among the next steps, so "Neste steg" never says that nothing waits.
 */

import { describe, expect, it } from 'vitest';

import type {
  CaseRecord,
  CaseStep,
  Decision,
  NextAction,
  NextActionKind,
  Person,
  Right,
  Warning,
  WarningKind,
} from '@shared/domain/case';
import {
  asksForAction,
  caseWarningsOf,
  nextSteps,
  stepForWarning,
  type NextStepFacts,
} from '@shared/domain/nextSteps';
import type { TrainingState } from '@shared/domain/training';

import {
  appeal,
  assessment,
  caseOf,
  closing,
  consent,
  decision,
  interimReply,
  mapping,
  person,
} from './caseFactory';
import { appointment, KARI, OLA, stepFacts, type FactsOptions } from './nextStepsFactory';

const TODAY = '2027-06-15';

type Stage = (rights: Right[]) => CaseStep[];
const decided =
  (outcome: Decision['outcome'], notified: boolean, after: (d: Decision[]) => CaseStep[] = () => []): Stage =>
  (rights) => {
    const decisions = rights.map((r) => decision(r, '2027-02-20', outcome, notified ? '2027-02-22' : null));
    return [
      mapping('2027-01-06', true),
      consent('2027-01-06', { validUntil: '2027-12-31' }),
      interimReply('2027-01-20'),
      ...rights.map((r) => assessment(r, '2027-02-15')),
      ...decisions,
      ...after(decisions),
    ];
  };

const stages: Record<string, Stage> = {
  received: () => [],
  mappedWithoutChild: () => [mapping('2027-01-06', false)],
  consentExpired: () => [mapping('2027-01-06', true), consent('2027-01-06', { validUntil: '2027-03-01' })],
  consentWithdrawn: () => [
    mapping('2027-01-06', true),
    consent('2027-01-06', { withdrawnDate: '2027-03-01' }),
  ],
  assessed: (rights) => [
    mapping('2027-01-06', true),
    consent('2027-01-06'),
    interimReply('2027-01-20'),
    ...rights.map((r) => assessment(r, '2027-02-15')),
  ],
  grantedNotified: decided('granted', true),
  grantedNotTold: decided('granted', false),
  refusedNotified: decided('refused', true),
  appealed: decided('refused', true, ([d]) => [appeal(d!, '2027-03-01')]),
  appealNotForwarded: decided('refused', true, ([d]) => [
    appeal(d!, '2027-03-01', { reassessment: 'notUpheld', reassessmentDate: '2027-03-10' }),
  ]),
  lateAppeal: decided('refused', true, ([d]) => [appeal(d!, '2027-05-20')]),
  closed: decided('granted', true, () => [closing('2027-05-01')]),
  closedNotTold: decided('granted', false, () => [closing('2027-05-01')]),
  // The consents an individual plan needs, lapsed: the case warns of them, and so does a plan.
  planConsentsLapsed: decided('granted', true, () => [
    consent('2027-02-01', { type: 'plan', withdrawnDate: '2027-05-01' }),
    consent('2027-02-01', { type: 'informationSharing', validUntil: '2027-05-01' }),
  ]),
};

const rightSets: Right[][] = [['barnekoordinator'], ['koordinator'], ['barnekoordinator', 'individuellPlan']];

const people: Record<string, Person> = {
  child10: person('2017-01-10'),
  child16: person('2011-01-10'),
  nearly18: person('2009-09-01'),
  turned18: person('2009-05-01'),
  unbornPastDue: person(null, { dueDate: '2027-05-01' }),
};

const coordinators: Record<string, () => Pick<FactsOptions, 'appointments' | 'training' | 'caseload'>> = {
  none: () => ({}),
  trained: () => ({ appointments: [appointment(KARI, '2027-03-01')] }),
  untrained: () => ({ appointments: [appointment(KARI, '2027-03-01')], training: { [KARI]: 'never' } }),
  expired: () => ({
    appointments: [appointment(KARI, '2027-03-01')],
    training: { [KARI]: 'expired' as TrainingState },
  }),
  changedUntold: () => ({
    appointments: [
      appointment(KARI, '2027-03-01', { endDate: '2027-04-01', endReason: 'coordinatorLeft' }),
      appointment(OLA, '2027-04-01', { familyNotifiedDate: null }),
    ],
    training: { [OLA]: 'never' },
  }),
  overCapacity: () => ({
    appointments: [appointment(KARI, '2027-03-01')],
    caseload: { [KARI]: { caseload: 9, capacity: 5 } },
  }),
};

const plans: Record<string, FactsOptions['plan']> = {
  none: null,
  notStarted: { status: 'notStarted', warnings: [] },
  behind: {
    status: 'active',
    warnings: [
      { kind: 'revisionOverdue', params: { date: '2027-05-01' } },
      { kind: 'evaluationOverdue', params: { since: '2026-05-01', months: 12 } },
      { kind: 'fewMeetings', params: { count: 0, minimum: 2 } },
      { kind: 'measureOverdue', params: { count: 2, date: '2027-05-02' } },
      { kind: 'planConsentExpired', params: { type: 'informationSharing', validUntil: '2027-05-01' } },
    ],
  },
  consentMissing: {
    status: 'active',
    warnings: [
      { kind: 'planConsentMissing', params: { type: 'plan' } },
      { kind: 'planConsentWithdrawn', params: { type: 'informationSharing', date: '2027-05-01' } },
    ],
  },
  planWithoutCoordinator: {
    status: 'inProgress',
    warnings: [{ kind: 'planWithoutCoordinator', params: {} }],
  },
  consentLapsed: {
    status: 'active',
    warnings: [
      { kind: 'planConsentWithdrawn', params: { type: 'plan', date: '2027-05-01' } },
      { kind: 'planConsentExpired', params: { type: 'informationSharing', validUntil: '2027-05-01' } },
    ],
  },
};

interface Combination {
  name: string;
  facts: NextStepFacts;
  steps: NextAction[];
}

/** Built once: both tests read the same combinations. */
let built: Combination[] | null = null;
function everyCase(): Combination[] {
  built ??= [...combinations()].map((c) => ({ ...c, steps: nextSteps(c.facts) }));
  return built;
}

function* combinations(): Generator<Omit<Combination, 'steps'>> {
  for (const [stage, steps] of Object.entries(stages))
    for (const rights of rightSets)
      for (const [who, p] of Object.entries(people))
        for (const [coordinator, options] of Object.entries(coordinators))
          for (const [plan, summary] of Object.entries(plans)) {
            const record: CaseRecord = caseOf('2027-01-05', steps(rights), rights);
            const facts = stepFacts(record, TODAY, { ...options(), person: p, plan: summary });
            yield { name: `${stage} ${rights.join('+')} ${who} ${coordinator} plan:${plan}`, facts };
          }
}

/**
 * The steps that answer each warning kind that asks for one, written out here rather than taken
 * from nextSteps, so the check below does not hold by construction. The combinations must meet
 * each of these warning kinds.
 */
const answeredBy: Partial<Record<WarningKind, NextActionKind[]>> = {
  age18Approaching: ['transition'],
  age18Passed: ['transition'],
  appealAwaitingReassessment: ['reassessAppeal'],
  appealNotForwarded: ['forwardAppeal'],
  birthNotRegistered: ['registerBirth'],
  consentExpired: ['renewConsent'],
  consentWithdrawn: ['renewConsent'],
  coordinatorOverCapacity: ['reviewCaseload'],
  coordinatorUntrained: ['trainCoordinator'],
  decisionNotNotified: ['notify'],
  evaluationOverdue: ['evaluatePlan'],
  familyNotInformed: ['informFamily'],
  fewMeetings: ['planMeeting'],
  interimReplyOverdue: ['interimReply'],
  measureOverdue: ['followUpMeasures'],
  withoutCoordinator: ['appointCoordinator'],
  participationMissing: ['mapping', 'childParticipation'],
  // The case's own warning of the same consent may answer it: one consent form either way.
  planConsentExpired: ['planConsent', 'renewConsent'],
  planConsentMissing: ['planConsent', 'renewConsent'],
  planConsentWithdrawn: ['planConsent', 'renewConsent'],
  planWithoutCoordinator: ['appointCoordinator'],
  revisionOverdue: ['revisePlan'],
};
const everyActionWarning = Object.keys(answeredBy).sort();

/** A step answers a warning when it is of a kind that does, for the same consent type and right. */
function answers(step: NextAction, w: Warning): boolean {
  return (
    (answeredBy[w.kind] ?? []).includes(step.kind) &&
    (w.params.type === undefined || step.params?.type === w.params.type) &&
    (step.right === undefined || step.right === w.params.right)
  );
}

const consentKinds: NextActionKind[] = ['renewConsent', 'planConsent'];

const key = (s: NextAction) => `${s.kind}|${s.right ?? ''}|${String(s.params?.type ?? '')}`;

describe('the next steps agree with the warnings', () => {
  it('lists a step for every warning that asks for one, in every combination of case states', () => {
    let combinations = 0;
    let withActionWarnings = 0;
    const seen = new Set<WarningKind>();
    for (const { name, facts, steps } of everyCase()) {
      combinations++;
      const keys = new Set(steps.map(key));
      const asking = caseWarningsOf(facts).filter((w) => asksForAction(w.kind));
      for (const w of asking) seen.add(w.kind);
      if (asking.length > 0) {
        withActionWarnings++;
        expect(steps, name).not.toEqual([]);
      }
      for (const w of asking) {
        expect(stepForWarning(w, facts), `${name}: ${w.kind}`).not.toBeNull();
        expect(
          steps.some((s) => answers(s, w)),
          `${name}: ${w.kind}`,
        ).toBe(true);
      }
      expect(keys.size, `${name}: no step twice`).toBe(steps.length);
      const consentTypes = steps.filter((s) => consentKinds.includes(s.kind)).map((s) => s.params?.type);
      expect(new Set(consentTypes).size, `${name}: one step per consent`).toBe(consentTypes.length);
    }
    expect([...seen].sort()).toEqual(everyActionWarning);
    // The combinations really cover cases with warnings, not only quiet ones.
    expect(combinations).toBe(14 * 3 * 5 * 6 * 6);
    expect(withActionWarnings).toBeGreaterThan(combinations / 2);
  });

  it('keeps the legal deadlines first: an appeal or a notification before any follow-up', () => {
    for (const { name, steps } of everyCase()) {
      const kinds = steps.map((s) => s.kind);
      const legal = kinds.findLastIndex((k) =>
        ['registerBirth', 'reassessAppeal', 'forwardAppeal', 'interimReply', 'notify'].includes(k),
      );
      const followUp = kinds.findIndex((k) =>
        ['trainCoordinator', 'informFamily', 'startPlan', 'revisePlan', 'reviewCaseload'].includes(k),
      );
      if (legal >= 0 && followUp >= 0) expect(legal, name).toBeLessThan(followUp);
    }
  });
});
