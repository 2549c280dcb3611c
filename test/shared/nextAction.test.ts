import { describe, expect, it } from 'vitest';

import type { CaseRecord, NextAction, WarningKind } from '@shared/domain/case';
import { asksForAction, caseWarningsOf, nextSteps } from '@shared/domain/nextSteps';

import {
  appeal,
  assessment,
  caseOf,
  closing,
  consent,
  decidedCase,
  decision,
  interimReply,
  mapping,
  person,
} from './caseFactory';
import { appointment, KARI, OLA, stepFacts, type FactsOptions } from './nextStepsFactory';

const TODAY = '2027-03-15';

/** Barnekoordinator (and whatever else is named) granted 25 January 2027 and sent to the family. */
const granted = (rights: CaseRecord['rightsRequested'] = ['barnekoordinator'], more = {}) =>
  decidedCase('2027-01-05', '2027-01-25', { rights, ...more });

/** Kari held the case from 1 February; Ola took over on 1 March and the family was not told. */
const changedUntold = () => [
  appointment(KARI, '2027-02-01', { endDate: '2027-03-01', endReason: 'coordinatorLeft' }),
  appointment(OLA, '2027-03-01', { familyNotifiedDate: null }),
];

interface Row {
  name: string;
  record: CaseRecord;
  today?: string;
  options?: FactsOptions;
  /** The warnings the case page shows, in any order. */
  warnings: WarningKind[];
  /** The next steps, most pressing first; only kind and right are compared, and params named. */
  steps: NextAction[];
}

const table: Row[] = [
  {
    name: 'says nothing waits when a granted coordinator is trained, appointed and the family told',
    record: granted(),
    options: { appointments: [appointment(KARI, '2027-02-01')] },
    warnings: [],
    steps: [],
  },
  {
    name: 'asks for training when the coordinator holding the case has none',
    record: granted(),
    options: { appointments: [appointment(KARI, '2027-02-01')], training: { [KARI]: 'never' } },
    warnings: ['coordinatorUntrained'],
    steps: [{ kind: 'trainCoordinator', params: { name: 'Kari Lie', coordinatorId: KARI } }],
  },
  {
    name: 'asks for training when it has expired',
    record: granted(),
    options: { appointments: [appointment(KARI, '2027-02-01')], training: { [KARI]: 'expired' } },
    warnings: ['coordinatorUntrained'],
    steps: [{ kind: 'trainCoordinator', params: { name: 'Kari Lie', coordinatorId: KARI } }],
  },
  {
    name: 'asks to tell the family about a new coordinator, pointing at that appointment',
    record: granted(),
    options: { appointments: changedUntold() },
    warnings: ['familyNotInformed'],
    steps: [{ kind: 'informFamily', params: { name: 'Ola Dahl' } }],
  },
  {
    name: 'asks to start the individual plan once it is granted and nothing is recorded',
    record: granted(['barnekoordinator', 'individuellPlan']),
    options: { appointments: [appointment(KARI, '2027-02-01')] },
    warnings: [],
    steps: [{ kind: 'startPlan' }],
  },
  {
    name: 'asks to start a plan recorded as not started',
    record: granted(['barnekoordinator', 'individuellPlan']),
    options: {
      appointments: [appointment(KARI, '2027-02-01')],
      plan: { status: 'notStarted', warnings: [] },
    },
    warnings: [],
    steps: [{ kind: 'startPlan' }],
  },
  {
    name: 'does not ask to start a plan the family does not want',
    record: granted(['barnekoordinator', 'individuellPlan']),
    options: { appointments: [appointment(KARI, '2027-02-01')], plan: { status: 'notWanted', warnings: [] } },
    warnings: [],
    steps: [],
  },
  {
    name: 'asks to send the decision when the family has not been told of it',
    record: granted(['barnekoordinator'], { notified: null }),
    options: { appointments: [appointment(KARI, '2027-02-01')] },
    warnings: ['decisionNotNotified'],
    steps: [{ kind: 'notify', right: 'barnekoordinator' }],
  },
  {
    name: 'the case the new user found: an untold change to an untrained coordinator and a plan not started',
    record: granted(['barnekoordinator', 'individuellPlan']),
    options: { appointments: changedUntold(), training: { [OLA]: 'never' } },
    warnings: ['coordinatorUntrained', 'familyNotInformed'],
    steps: [
      { kind: 'informFamily', params: { name: 'Ola Dahl' } },
      { kind: 'trainCoordinator', params: { name: 'Ola Dahl', coordinatorId: OLA } },
      { kind: 'startPlan' },
    ],
  },
  {
    name: 'puts the notification, whose appeal deadline the family waits for, before the next decision',
    record: caseOf(
      '2027-01-05',
      [
        mapping('2027-01-06', true),
        consent('2027-01-06'),
        interimReply('2027-01-20'),
        assessment('individuellPlan', '2027-02-20'),
        decision('individuellPlan', '2027-02-20', 'granted', null),
      ],
      ['barnekoordinator', 'individuellPlan'],
    ),
    warnings: ['decisionNotNotified'],
    steps: [
      { kind: 'notify', right: 'individuellPlan' },
      { kind: 'assess', right: 'barnekoordinator' },
      { kind: 'startPlan' },
    ],
  },
  {
    name: 'puts an overdue interim reply (forvaltningsloven § 11 a) before the coordinator’s training',
    record: caseOf('2027-01-04', [mapping('2027-01-10', true), consent('2027-01-10')]),
    warnings: ['interimReplyOverdue'],
    steps: [{ kind: 'interimReply' }],
  },
  {
    name: 'asks for a new consent when the one given has expired, once per consent type',
    record: granted(['barnekoordinator'], {
      after: () => [consent('2027-01-06', { validUntil: '2027-03-01' })],
      consent: { validUntil: '2027-03-01' },
    }),
    options: { appointments: [appointment(KARI, '2027-02-01')] },
    warnings: ['consentExpired', 'consentExpired'],
    steps: [{ kind: 'renewConsent', params: { type: 'process' } }],
  },
  {
    name: 'asks to record the participation of a child of 16 who did not take part in the mapping',
    record: caseOf('2027-01-05', [
      mapping('2027-01-06', false),
      consent('2027-01-06'),
      assessment('barnekoordinator', '2027-01-25'),
      decision('barnekoordinator', '2027-01-25'),
    ]),
    options: { person: person('2011-01-01'), appointments: [appointment(KARI, '2027-02-01')] },
    warnings: ['participationMissing'],
    steps: [{ kind: 'childParticipation' }],
  },
  {
    name: 'asks to appoint a coordinator as soon as the right is granted, before any warning',
    record: granted(),
    today: '2027-01-30',
    warnings: [],
    steps: [{ kind: 'appointCoordinator' }],
  },
  {
    name: 'asks once to appoint when the case has waited too long and the plan has no coordinator',
    record: granted(['barnekoordinator', 'individuellPlan']),
    options: { plan: { status: 'inProgress', warnings: [{ kind: 'planWithoutCoordinator', params: {} }] } },
    warnings: ['withoutCoordinator', 'planWithoutCoordinator'],
    steps: [{ kind: 'appointCoordinator' }],
  },
  {
    name: 'turns the plan’s warnings into its follow-up, revision before meetings',
    record: granted(['barnekoordinator', 'individuellPlan']),
    options: {
      appointments: [appointment(KARI, '2027-02-01')],
      plan: {
        status: 'active',
        warnings: [
          { kind: 'fewMeetings', params: { count: 0, minimum: 2 } },
          { kind: 'revisionOverdue', params: { date: '2027-02-01' } },
          { kind: 'measureOverdue', params: { count: 1, date: '2027-03-01' } },
          { kind: 'planConsentMissing', params: { type: 'plan' } },
        ],
      },
    },
    warnings: ['fewMeetings', 'revisionOverdue', 'measureOverdue', 'planConsentMissing'],
    steps: [
      { kind: 'planConsent', params: { type: 'plan' } },
      { kind: 'revisePlan' },
      { kind: 'planMeeting' },
      { kind: 'followUpMeasures' },
    ],
  },
  {
    name: 'asks to look at the caseload of a coordinator over capacity, last',
    record: granted(),
    options: {
      appointments: [appointment(KARI, '2027-02-01')],
      caseload: { [KARI]: { caseload: 12, capacity: 8 } },
    },
    warnings: ['coordinatorOverCapacity'],
    steps: [{ kind: 'reviewCaseload', params: { name: 'Kari Lie', coordinatorId: KARI } }],
  },
  {
    name: 'says nothing waits when the only warning is a fact: frequent changes the family was told of',
    record: granted(),
    options: {
      appointments: [
        appointment(KARI, '2027-02-01', { endDate: '2027-02-10', endReason: 'coordinatorLeft' }),
        appointment(OLA, '2027-02-10', { endDate: '2027-02-20', endReason: 'coordinatorLeft' }),
        appointment(KARI, '2027-02-20'),
      ],
    },
    warnings: ['frequentChanges'],
    steps: [],
  },
  {
    name: 'says nothing waits in a closed case whose duties are done',
    record: granted(['barnekoordinator', 'individuellPlan'], { after: () => [closing('2027-03-01')] }),
    warnings: [],
    steps: [],
  },
  {
    name: 'still asks to reassess an appeal on a closed case (the duty outlives the closing)',
    record: granted(['barnekoordinator'], {
      outcome: 'refused',
      after: ([d]: never[]) => [appeal(d!, '2027-02-10'), closing('2027-03-01')],
    }),
    warnings: ['appealAwaitingReassessment'],
    steps: [{ kind: 'reassessAppeal' }],
  },
];

/** A step compared on its kind, right and the params a row names. */
function shape(step: NextAction, expected: NextAction | undefined): unknown {
  const params = expected?.params
    ? Object.fromEntries(Object.keys(expected.params).map((k) => [k, step.params?.[k]]))
    : undefined;
  return { kind: step.kind, ...(step.right ? { right: step.right } : {}), ...(params ? { params } : {}) };
}

describe('the next steps of a case', () => {
  it.each(table)('$name', (row) => {
    const facts = stepFacts(row.record, row.today ?? TODAY, row.options);
    expect(
      caseWarningsOf(facts)
        .map((w) => w.kind)
        .sort(),
    ).toEqual([...row.warnings].sort());
    const steps = nextSteps(facts);
    expect(steps.map((s, i) => shape(s, row.steps[i]))).toEqual(row.steps);
  });

  it('points the family’s notice at the appointment that changed coordinator', () => {
    const appointments = changedUntold();
    const [step] = nextSteps(stepFacts(granted(), TODAY, { appointments }));
    expect(step?.params?.appointmentId).toBe(appointments[1]!.id);
  });

  it('names the warnings that only state a fact, and no other', () => {
    const facts: WarningKind[] = ['appealLate', 'frequentChanges'];
    const all: WarningKind[] = [
      'interimReplyOverdue',
      'participationMissing',
      'consentWithdrawn',
      'consentExpired',
      'age18Approaching',
      'age18Passed',
      'birthNotRegistered',
      'appealAwaitingReassessment',
      'appealNotForwarded',
      'appealLate',
      'decisionNotNotified',
      'withoutCoordinator',
      'coordinatorUntrained',
      'coordinatorOverCapacity',
      'familyNotInformed',
      'frequentChanges',
      'revisionOverdue',
      'evaluationOverdue',
      'fewMeetings',
      'measureOverdue',
      'planConsentMissing',
      'planConsentWithdrawn',
      'planConsentExpired',
      'planWithoutCoordinator',
    ];
    expect(all.filter((k) => !asksForAction(k))).toEqual(facts);
  });
});
