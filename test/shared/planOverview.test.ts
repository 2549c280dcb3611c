import { describe, expect, it } from 'vitest';

import type { CaseStep, Consent, Warning, WarningKind } from '@shared/domain/case';
import {
  defaultPlanRules,
  planPointKeys,
  type Goal,
  type GoalFields,
  type GoalStatus,
  type Measure,
  type MeasureFields,
  type MeasureStatus,
  type Meeting,
  type MeetingFields,
  type MeetingKind,
  type Plan,
  type PlanFields,
  type PlanPoint,
  type PlanRules,
  type PlanStatus,
} from '@shared/domain/plan';
import {
  goalProblems,
  ipGrantedFrom,
  measureProblems,
  meetingProblems,
  planOverview,
  planProblems,
  type PlanFacts,
} from '@shared/domain/planOverview';

import { caseOf, closing, consent, decision, reopening } from './caseFactory';

// Today is a Tuesday in June 2027; the revision notice (30 days) reaches 15 July.
const TODAY = '2027-06-15';
const GRANTED = '2027-01-20';

/** A case asking for an individual plan, with these steps. */
const ipCase = (steps: CaseStep[]) => caseOf('2027-01-05', steps, ['individuellPlan']);

/** The two consents a plan rests on, both given on the day of the grant and still valid. */
const planConsent = (date = GRANTED, more: Partial<Consent> = {}) => consent(date, { type: 'plan', ...more });
const sharingConsent = (date = GRANTED, more: Partial<Consent> = {}) =>
  consent(date, { type: 'informationSharing', ...more });

/** IP granted on 20 January 2027, both consents given, then whatever follows. */
const granted = (...after: CaseStep[]) =>
  ipCase([decision('individuellPlan', GRANTED), planConsent(), sharingConsent(), ...after]);

/** A plan in force since 1 February 2027, revised in December: nothing to warn about today. */
function plan(more: Partial<PlanFields> = {}): Plan {
  return {
    id: 1,
    caseId: 1,
    wanted: true,
    tool: 'sampro',
    toolReference: '',
    periodStart: '2027-02-01',
    periodEnd: '2028-02-01',
    nextRevisionDate: '2027-12-01',
    lastEvaluationDate: null,
    closedDate: null,
    closedNote: '',
    recordedBy: 'ke',
    recordedAt: '2027-01-25T12:00:00.000Z',
    updatedAt: '2027-01-25T12:00:00.000Z',
    ...more,
  };
}

let lastId = 0;

function measure(status: MeasureStatus, dueDate: string | null = null): Measure {
  return {
    id: ++lastId,
    goalId: 0,
    position: 0,
    text: 'Tiltak',
    serviceUnitId: null,
    serviceUnitName: null,
    dueDate,
    status,
  };
}

function goal(status: GoalStatus, measures: Measure[] = []): Goal {
  return {
    id: ++lastId,
    position: 0,
    text: 'Mål',
    area: 'health',
    status,
    targetDate: null,
    achievedDate: status === 'achieved' ? '2027-05-01' : null,
    measures,
  };
}

/** Built in order: a later meeting gets a higher id. */
function meeting(
  date: string,
  kind: MeetingKind = 'responsibilityGroup',
  more: Partial<Meeting> = {},
): Meeting {
  return {
    id: ++lastId,
    date,
    kind,
    participantIds: [],
    otherParticipants: '',
    minutesWritten: true,
    minutesReference: '',
    nextMeetingDate: null,
    ...more,
  };
}

const allCovered: PlanPoint[] = planPointKeys.map((key) => ({ key, covered: true, note: '' }));

/** The quiet plan: started with a start meeting, a coordinator, every point covered. */
function facts(more: Partial<PlanFacts> & { planFields?: Partial<PlanFields> } = {}): PlanFacts {
  const { planFields, ...rest } = more;
  return {
    plan: plan(planFields),
    goals: [goal('inProgress', [measure('planned', '2027-09-01')])],
    meetings: [meeting('2027-02-01', 'start')],
    points: allCovered,
    members: 2,
    record: granted(),
    hasCoordinator: true,
    ...rest,
  };
}

const overview = (f: PlanFacts, today = TODAY, rules: PlanRules = defaultPlanRules) =>
  planOverview(f, rules, today);
const kinds = (warnings: Warning[]) => warnings.map((w) => w.kind);
const find = (warnings: Warning[], kind: WarningKind) => warnings.find((w) => w.kind === kind) ?? null;

// ---- ipGrantedFrom ----

describe('the first day a plan can exist', () => {
  it.each<{ name: string; steps: CaseStep[]; expected: string | null }>([
    {
      name: 'a granted IP, from the decision date',
      steps: [decision('individuellPlan', GRANTED)],
      expected: GRANTED,
    },
    {
      name: 'a partly granted IP counts as granted',
      steps: [decision('individuellPlan', '2027-02-03', 'partlyGranted')],
      expected: '2027-02-03',
    },
    {
      name: 'a refused IP gives no plan',
      steps: [decision('individuellPlan', GRANTED, 'refused')],
      expected: null,
    },
    { name: 'no decision yet', steps: [], expected: null },
    {
      name: 'a coordinator granted is not an IP',
      steps: [decision('koordinator', GRANTED), decision('barnekoordinator', GRANTED)],
      expected: null,
    },
    {
      name: 'a later refusal replaces the grant',
      steps: [decision('individuellPlan', GRANTED), decision('individuellPlan', '2027-04-01', 'refused')],
      expected: null,
    },
    {
      name: 'a second grant (after an appeal) keeps the date of the first',
      steps: [decision('individuellPlan', GRANTED), decision('individuellPlan', '2027-04-01')],
      expected: GRANTED,
    },
    {
      name: 'a partial grant turned into a full one keeps the first date',
      steps: [
        decision('individuellPlan', GRANTED, 'partlyGranted'),
        decision('individuellPlan', '2027-04-01'),
      ],
      expected: GRANTED,
    },
    {
      name: 'a closing between two grants starts anew',
      steps: [
        decision('individuellPlan', GRANTED),
        closing('2027-02-10'),
        reopening('2027-03-01'),
        decision('individuellPlan', '2027-04-01'),
      ],
      expected: '2027-04-01',
    },
    {
      name: 'reopened with no new decision: the grant holds from its date',
      steps: [decision('individuellPlan', GRANTED), closing('2027-02-10'), reopening('2027-03-01')],
      expected: GRANTED,
    },
    {
      name: 'a later grant replaces a refusal, from its own date',
      steps: [decision('individuellPlan', GRANTED, 'refused'), decision('individuellPlan', '2027-04-01')],
      expected: '2027-04-01',
    },
    {
      name: 'the later decision counts, not the one recorded last',
      steps: [decision('individuellPlan', '2027-04-01'), decision('individuellPlan', GRANTED, 'refused')],
      expected: '2027-04-01',
    },
  ])('$name', ({ steps, expected }) => {
    expect(ipGrantedFrom(ipCase(steps))).toBe(expected);
  });
});

// ---- Status ----

describe('the status of a plan', () => {
  it.each<{ name: string; f: PlanFacts; rules?: Partial<PlanRules>; expected: PlanStatus }>([
    { name: 'a plan in force with the revision far off is active', f: facts(), expected: 'active' },
    { name: 'closed today', f: facts({ planFields: { closedDate: TODAY } }), expected: 'closed' },
    {
      name: 'a closed date tomorrow does not close it yet',
      f: facts({ planFields: { closedDate: '2027-06-16' } }),
      expected: 'active',
    },
    {
      name: 'a closed case closes the plan',
      f: facts({ record: granted(closing('2027-06-01')) }),
      expected: 'closed',
    },
    {
      name: 'a reopened case leaves it running',
      f: facts({ record: granted(closing('2027-06-01'), reopening('2027-06-10')) }),
      expected: 'active',
    },
    {
      name: 'closed comes before not wanted',
      f: facts({ planFields: { wanted: false }, record: granted(closing('2027-06-01')) }),
      expected: 'closed',
    },
    {
      name: 'the family did not want one, even with a period',
      f: facts({ planFields: { wanted: false } }),
      expected: 'notWanted',
    },
    {
      name: 'nothing recorded yet: not started',
      f: facts({ planFields: { periodStart: null, tool: null }, goals: [], meetings: [], members: 0 }),
      expected: 'notStarted',
    },
    {
      name: 'only where the plan is kept recorded: in progress',
      f: facts({ planFields: { periodStart: null }, goals: [], meetings: [], members: 0 }),
      expected: 'inProgress',
    },
    {
      name: 'only the responsibility group recorded: in progress',
      f: facts({ planFields: { periodStart: null, tool: null }, goals: [], meetings: [], members: 1 }),
      expected: 'inProgress',
    },
    {
      name: 'the evaluation due within the notice (12 months after the start): for evaluation',
      f: facts({ planFields: { periodStart: '2026-07-15', periodEnd: null, nextRevisionDate: null } }),
      expected: 'forEvaluation',
    },
    {
      name: 'the evaluation due a day after the notice: active',
      f: facts({ planFields: { periodStart: '2026-07-16', periodEnd: null, nextRevisionDate: null } }),
      expected: 'active',
    },
    {
      name: 'an evaluation before the current period: the count starts with the period, active',
      f: facts({
        planFields: {
          periodStart: '2027-01-01',
          periodEnd: null,
          nextRevisionDate: null,
          lastEvaluationDate: '2026-03-01',
        },
      }),
      expected: 'active',
    },
    {
      name: 'evaluated since: the evaluation is due a year after it, active',
      f: facts({
        planFields: { periodStart: '2026-05-01', periodEnd: null, nextRevisionDate: null },
        meetings: [meeting('2026-05-01', 'start'), meeting('2027-03-01', 'evaluation')],
      }),
      expected: 'active',
    },
    {
      name: 'a goal recorded without a period: in progress',
      f: facts({ planFields: { periodStart: null }, meetings: [] }),
      expected: 'inProgress',
    },
    {
      name: 'a meeting recorded without a period: in progress',
      f: facts({ planFields: { periodStart: null }, goals: [] }),
      expected: 'inProgress',
    },
    {
      name: 'a period starting tomorrow: in progress',
      f: facts({ planFields: { periodStart: '2027-06-16' }, goals: [], meetings: [] }),
      expected: 'inProgress',
    },
    {
      name: 'a period starting today: active',
      f: facts({ planFields: { periodStart: TODAY } }),
      expected: 'active',
    },
    {
      name: 'the revision on the last day of the notice (30 days): for evaluation',
      f: facts({ planFields: { nextRevisionDate: '2027-07-15' } }),
      expected: 'forEvaluation',
    },
    {
      name: 'the revision a day after the notice: active',
      f: facts({ planFields: { nextRevisionDate: '2027-07-16' } }),
      expected: 'active',
    },
    {
      name: 'the revision today: for evaluation',
      f: facts({ planFields: { nextRevisionDate: TODAY } }),
      expected: 'forEvaluation',
    },
    {
      name: 'the revision passed: for evaluation',
      f: facts({ planFields: { nextRevisionDate: '2027-05-01' } }),
      expected: 'forEvaluation',
    },
    {
      name: 'the period ending on the last day of the notice: for evaluation',
      f: facts({ planFields: { periodEnd: '2027-07-15', nextRevisionDate: null } }),
      expected: 'forEvaluation',
    },
    {
      name: 'the period ending a day after the notice: active',
      f: facts({ planFields: { periodEnd: '2027-07-16', nextRevisionDate: null } }),
      expected: 'active',
    },
    {
      name: 'no revision date and no period end: active',
      f: facts({ planFields: { periodEnd: null, nextRevisionDate: null } }),
      expected: 'active',
    },
    {
      name: 'with no notice, the revision tomorrow is still active',
      f: facts({ planFields: { nextRevisionDate: '2027-06-16' } }),
      rules: { revisionNoticeDays: 0 },
      expected: 'active',
    },
    {
      name: 'with no notice, the revision today is for evaluation',
      f: facts({ planFields: { nextRevisionDate: TODAY } }),
      rules: { revisionNoticeDays: 0 },
      expected: 'forEvaluation',
    },
  ])('$name', ({ f, rules, expected }) => {
    expect(overview(f, TODAY, { ...defaultPlanRules, ...rules }).status).toBe(expected);
  });
});

// ---- Progress ----

describe('the progress of a plan', () => {
  it.each<{ name: string; goals: Goal[]; expected: Record<string, number | null> }>([
    {
      name: 'nothing recorded: no percent',
      goals: [],
      expected: { goals: 0, goalsAchieved: 0, measures: 0, measuresDone: 0, percent: null },
    },
    {
      name: 'only discontinued goals and cancelled measures: no percent',
      goals: [goal('discontinued', [measure('cancelled')])],
      expected: { goals: 0, goalsAchieved: 0, measures: 0, measuresDone: 0, percent: null },
    },
    {
      name: 'one of three achieved rounds down to 33',
      goals: [goal('achieved'), goal('inProgress'), goal('notStarted')],
      expected: { goals: 3, goalsAchieved: 1, measures: 0, measuresDone: 0, percent: 33 },
    },
    {
      name: 'two of three achieved rounds down to 66',
      goals: [goal('achieved'), goal('achieved'), goal('notStarted')],
      expected: { goals: 3, goalsAchieved: 2, measures: 0, measuresDone: 0, percent: 66 },
    },
    {
      name: 'a discontinued goal is not counted: one of two is 50',
      goals: [goal('achieved'), goal('inProgress'), goal('discontinued')],
      expected: { goals: 2, goalsAchieved: 1, measures: 0, measuresDone: 0, percent: 50 },
    },
    {
      name: 'all achieved is 100',
      goals: [goal('achieved'), goal('discontinued')],
      expected: { goals: 1, goalsAchieved: 1, measures: 0, measuresDone: 0, percent: 100 },
    },
    {
      name: "a discontinued goal's measures go with it",
      goals: [goal('inProgress', [measure('done')]), goal('discontinued', [measure('planned')])],
      expected: { goals: 1, goalsAchieved: 0, measures: 1, measuresDone: 1, percent: 0 },
    },
    {
      name: 'measures across goals; cancelled ones are not counted',
      goals: [
        goal('inProgress', [measure('done'), measure('planned'), measure('cancelled')]),
        goal('notStarted', [measure('inProgress'), measure('done')]),
      ],
      expected: { goals: 2, goalsAchieved: 0, measures: 4, measuresDone: 2, percent: 0 },
    },
  ])('$name', ({ goals, expected }) => {
    expect(overview(facts({ goals })).progress).toEqual(expected);
  });
});

// ---- Evaluations, meetings, points ----

describe('evaluations, meetings and points', () => {
  it.each<{ name: string; lastEvaluationDate: string | null; meetings: Meeting[]; expected: string | null }>([
    {
      name: 'none at all',
      lastEvaluationDate: null,
      meetings: [meeting('2027-02-01', 'start')],
      expected: null,
    },
    { name: 'only the recorded one', lastEvaluationDate: '2026-11-01', meetings: [], expected: '2026-11-01' },
    {
      name: 'an evaluation meeting later than the recorded one',
      lastEvaluationDate: '2026-11-01',
      meetings: [meeting('2027-03-01', 'evaluation'), meeting('2027-04-01', 'evaluation')],
      expected: '2027-04-01',
    },
    {
      name: 'the recorded one later than the meetings',
      lastEvaluationDate: '2027-05-01',
      meetings: [meeting('2027-03-01', 'evaluation')],
      expected: '2027-05-01',
    },
    {
      name: 'other meetings are not evaluations',
      lastEvaluationDate: null,
      meetings: [meeting('2027-03-01', 'responsibilityGroup'), meeting('2027-04-01', 'start')],
      expected: null,
    },
    {
      name: 'an evaluation meeting after today does not count',
      lastEvaluationDate: null,
      meetings: [meeting('2027-03-01', 'evaluation'), meeting('2027-06-16', 'evaluation')],
      expected: '2027-03-01',
    },
  ])('last evaluation: $name', ({ lastEvaluationDate, meetings, expected }) => {
    expect(overview(facts({ planFields: { lastEvaluationDate }, meetings })).lastEvaluation).toBe(expected);
  });

  it.each<{ name: string; meetings: Meeting[]; expected: string | null }>([
    { name: 'no meetings', meetings: [], expected: null },
    {
      name: 'the next date of the latest meeting',
      meetings: [
        meeting('2027-05-01', 'responsibilityGroup', { nextMeetingDate: '2027-09-01' }),
        meeting('2027-02-01', 'start', { nextMeetingDate: '2027-05-01' }),
      ],
      expected: '2027-09-01',
    },
    {
      name: 'none when the latest meeting set none, whatever earlier ones said',
      meetings: [meeting('2027-02-01', 'start', { nextMeetingDate: '2027-05-01' }), meeting('2027-05-01')],
      expected: null,
    },
    {
      name: 'two on the same day: the one recorded last',
      meetings: [
        meeting('2027-05-01', 'responsibilityGroup', { nextMeetingDate: '2027-08-01' }),
        meeting('2027-05-01', 'evaluation', { nextMeetingDate: '2027-10-01' }),
      ],
      expected: '2027-10-01',
    },
  ])('next meeting: $name', ({ meetings, expected }) => {
    expect(overview(facts({ meetings })).nextMeeting).toBe(expected);
  });

  it('counts meetings after the same day a year ago, up to today', () => {
    const meetings = [
      meeting('2026-06-15'), // the day a year ago: outside
      meeting('2026-06-16'),
      meeting('2027-01-10'),
      meeting(TODAY),
      meeting('2027-06-16'), // tomorrow: not held
    ];
    expect(overview(facts({ meetings })).meetingsLast12Months).toBe(3);
  });

  it.each<{ name: string; points: PlanPoint[]; expected: readonly string[] }>([
    { name: 'nothing recorded: all nine missing, in order', points: [], expected: planPointKeys },
    { name: 'all covered: none missing', points: allCovered, expected: [] },
    {
      name: 'a point recorded as not covered is missing, in the regulation’s order',
      points: [
        { key: 'consent', covered: false, note: '' },
        ...allCovered.filter((p) => p.key !== 'consent' && p.key !== 'coordinator'),
      ],
      expected: ['coordinator', 'consent'],
    },
  ])('missing points: $name', ({ points, expected }) => {
    expect(overview(facts({ points })).missingPoints).toEqual(expected);
  });
});

// ---- Consents ----

describe('the consents a plan rests on', () => {
  it.each<{ name: string; steps: CaseStep[]; state: string; date?: string }>([
    { name: 'none recorded: missing', steps: [], state: 'missing' },
    {
      name: 'a consent for the process is not one for the plan',
      steps: [consent(GRANTED, { type: 'process' })],
      state: 'missing',
    },
    {
      name: 'given and not ended: valid',
      steps: [planConsent('2027-02-01')],
      state: 'valid',
      date: '2027-02-01',
    },
    { name: 'given tomorrow: not there yet', steps: [planConsent('2027-06-16')], state: 'missing' },
    {
      name: 'withdrawn today: withdrawn',
      steps: [planConsent('2027-02-01', { withdrawnDate: TODAY })],
      state: 'withdrawn',
    },
    {
      name: 'withdrawn tomorrow: still valid',
      steps: [planConsent('2027-02-01', { withdrawnDate: '2027-06-16' })],
      state: 'valid',
    },
    {
      name: 'valid until today: valid',
      steps: [planConsent('2027-02-01', { validUntil: TODAY })],
      state: 'valid',
    },
    {
      name: 'valid until yesterday: expired',
      steps: [planConsent('2027-02-01', { validUntil: '2027-06-14' })],
      state: 'expired',
    },
    {
      name: 'a withdrawn one superseded by a later one: valid, the later one',
      steps: [planConsent('2027-02-01', { withdrawnDate: '2027-03-01' }), planConsent('2027-04-01')],
      state: 'valid',
      date: '2027-04-01',
    },
    {
      name: 'a later one withdrawn replaces an earlier valid one',
      steps: [planConsent('2027-02-01'), planConsent('2027-04-01', { withdrawnDate: '2027-05-01' })],
      state: 'withdrawn',
      date: '2027-04-01',
    },
    {
      name: 'the later date counts, not the one recorded last',
      steps: [planConsent('2027-04-01'), planConsent('2027-02-01', { validUntil: '2027-03-01' })],
      state: 'valid',
      date: '2027-04-01',
    },
    {
      name: 'on the same day, the one recorded last',
      steps: [planConsent('2027-04-01'), planConsent('2027-04-01', { validUntil: '2027-05-01' })],
      state: 'expired',
    },
  ])('plan consent: $name', ({ steps, state, date }) => {
    const record = ipCase([decision('individuellPlan', GRANTED), sharingConsent(), ...steps]);
    const [planC, sharing] = overview(facts({ record })).consents;
    expect(planC!.type).toBe('plan');
    expect(planC!.state).toBe(state);
    if (date) expect(planC!.consent?.date).toBe(date);
    if (state === 'missing') expect(planC!.consent).toBeNull();
    expect(sharing).toMatchObject({ type: 'informationSharing', state: 'valid' });
  });

  it('reads information sharing on its own', () => {
    const record = ipCase([
      decision('individuellPlan', GRANTED),
      planConsent(),
      sharingConsent('2027-02-01', { validUntil: '2027-06-01' }),
    ]);
    expect(overview(facts({ record })).consents.map((c) => [c.type, c.state])).toEqual([
      ['plan', 'valid'],
      ['informationSharing', 'expired'],
    ]);
  });
});

// ---- Warnings ----

describe('the warnings of a plan', () => {
  it('the quiet plan has none', () => {
    expect(overview(facts()).warnings).toEqual([]);
  });

  it('gives every warning in the fixed order', () => {
    const f = facts({
      planFields: { periodStart: '2026-01-10', nextRevisionDate: '2027-06-01' },
      goals: [goal('inProgress', [measure('planned', '2027-06-01')])],
      meetings: [],
      record: ipCase([decision('individuellPlan', '2026-01-05')]),
      hasCoordinator: false,
    });
    expect(overview(f).warnings).toEqual([
      { kind: 'revisionOverdue', params: { date: '2027-06-01' } },
      { kind: 'evaluationOverdue', params: { since: '2026-01-10', months: 12 } },
      { kind: 'fewMeetings', params: { count: 0, minimum: 2 } },
      { kind: 'measureOverdue', params: { count: 1, date: '2027-06-01' } },
      { kind: 'planConsentMissing', params: { type: 'plan' } },
      { kind: 'planConsentMissing', params: { type: 'informationSharing' } },
      { kind: 'planWithoutCoordinator', params: {} },
    ]);
  });

  /** A plan with everything wrong, in a given status. */
  const troubled = (planFields: Partial<PlanFields>, more: Partial<PlanFacts> = {}) =>
    facts({
      planFields: { nextRevisionDate: '2027-06-01', lastEvaluationDate: '2026-01-01', ...planFields },
      goals: [goal('inProgress', [measure('planned', '2027-06-01')])],
      meetings: [],
      record: ipCase([decision('individuellPlan', '2025-12-01')]),
      hasCoordinator: false,
      ...more,
    });

  it.each<{ name: string; f: PlanFacts; expected: WarningKind[] }>([
    { name: 'not wanted: none', f: troubled({ wanted: false }), expected: [] },
    { name: 'closed: none', f: troubled({ closedDate: '2027-06-01' }), expected: [] },
    {
      name: 'closed with the case: none',
      f: troubled({}, { record: ipCase([decision('individuellPlan', '2025-12-01'), closing('2027-06-01')]) }),
      expected: [],
    },
    {
      // A plan owed but not begun needs a coordinator all the same; follow-up is not owed yet.
      name: 'not started: only the missing coordinator',
      f: troubled({ periodStart: null, tool: null }, { goals: [], members: 0 }),
      expected: ['planWithoutCoordinator'],
    },
    {
      name: 'in progress: only overdue measures and the missing coordinator',
      f: troubled({ periodStart: null }),
      expected: ['measureOverdue', 'planWithoutCoordinator'],
    },
  ])('$name', ({ f, expected }) => {
    expect(kinds(overview(f).warnings)).toEqual(expected);
  });

  it.each<{ name: string; nextRevisionDate: string; fires: boolean }>([
    { name: 'yesterday: overdue', nextRevisionDate: '2027-06-14', fires: true },
    { name: 'today: not yet overdue', nextRevisionDate: TODAY, fires: false },
  ])('revision $name', ({ nextRevisionDate, fires }) => {
    const w = find(overview(facts({ planFields: { nextRevisionDate } })).warnings, 'revisionOverdue');
    expect(w).toEqual(fires ? { kind: 'revisionOverdue', params: { date: nextRevisionDate } } : null);
  });

  it.each<{
    name: string;
    planFields: Partial<PlanFields>;
    meetings?: Meeting[];
    today?: string;
    months?: number;
    expected: Record<string, string | number> | null;
  }>([
    {
      name: 'twelve months and a day since the start',
      planFields: { periodStart: '2026-06-14' },
      expected: { since: '2026-06-14', months: 12 },
    },
    {
      name: 'exactly twelve months since the start',
      planFields: { periodStart: '2026-06-15' },
      expected: null,
    },
    {
      name: 'from the recorded evaluation, not the start',
      planFields: { periodStart: '2026-01-01', lastEvaluationDate: '2026-06-14' },
      expected: { since: '2026-06-14', months: 12 },
    },
    {
      name: 'an evaluation before a new period: counted from the period start',
      planFields: { periodStart: '2026-06-01', lastEvaluationDate: '2025-03-01' },
      expected: { since: '2026-06-01', months: 12 },
    },
    {
      name: 'an evaluation before a new period that began this year: not overdue',
      planFields: { periodStart: '2027-01-01', lastEvaluationDate: '2026-03-01' },
      expected: null,
    },
    {
      name: 'a recent evaluation meeting puts it off',
      planFields: { periodStart: '2026-01-01', lastEvaluationDate: '2026-06-14' },
      meetings: [meeting('2027-01-10', 'evaluation')],
      expected: null,
    },
    {
      name: 'a shorter rule: six months and a day',
      planFields: { periodStart: '2026-12-14' },
      months: 6,
      expected: { since: '2026-12-14', months: 6 },
    },
    {
      name: 'from a leap day: overdue on 1 March (due 28 February)',
      planFields: { periodStart: '2028-02-29', periodEnd: null, nextRevisionDate: null },
      today: '2029-03-01',
      expected: { since: '2028-02-29', months: 12 },
    },
    {
      name: 'from a leap day: not overdue on 28 February',
      planFields: { periodStart: '2028-02-29', periodEnd: null, nextRevisionDate: null },
      today: '2029-02-28',
      expected: null,
    },
    {
      name: 'into a leap year: not overdue on 28 February',
      planFields: { periodStart: '2027-02-28', periodEnd: null, nextRevisionDate: null },
      today: '2028-02-28',
      expected: null,
    },
    {
      name: 'into a leap year: overdue on the leap day',
      planFields: { periodStart: '2027-02-28', periodEnd: null, nextRevisionDate: null },
      today: '2028-02-29',
      expected: { since: '2027-02-28', months: 12 },
    },
  ])('evaluation: $name', ({ planFields, meetings, today, months, expected }) => {
    const rules = { ...defaultPlanRules, evaluationMonths: months ?? defaultPlanRules.evaluationMonths };
    const f = facts({ planFields, ...(meetings ? { meetings } : {}) });
    const w = find(overview(f, today, rules).warnings, 'evaluationOverdue');
    expect(w).toEqual(expected ? { kind: 'evaluationOverdue', params: expected } : null);
  });

  it.each<{
    name: string;
    periodStart: string;
    meetings: Meeting[];
    min?: number;
    expected: Record<string, number> | null;
  }>([
    {
      name: 'a full year in: one meeting of two',
      periodStart: '2026-06-15',
      meetings: [meeting('2027-03-01')],
      expected: { count: 1, minimum: 2 },
    },
    {
      name: 'a full year in: two meetings are enough',
      periodStart: '2026-06-15',
      meetings: [meeting('2026-12-01'), meeting('2027-03-01')],
      expected: null,
    },
    {
      name: 'a meeting on the day a year ago no longer counts',
      periodStart: '2026-01-01',
      meetings: [meeting('2026-06-15'), meeting('2027-03-01')],
      expected: { count: 1, minimum: 2 },
    },
    {
      name: 'a meeting the day after a year ago still counts',
      periodStart: '2026-01-01',
      meetings: [meeting('2026-06-16'), meeting('2027-03-01')],
      expected: null,
    },
    {
      name: '364 days in: the share is one meeting, and one is enough',
      periodStart: '2026-06-16',
      meetings: [meeting('2027-03-01')],
      expected: null,
    },
    {
      name: '364 days in: none held is too few',
      periodStart: '2026-06-16',
      meetings: [],
      expected: { count: 0, minimum: 1 },
    },
    {
      name: '183 days in: a share of one is owed',
      periodStart: '2026-12-14',
      meetings: [],
      expected: { count: 0, minimum: 1 },
    },
    { name: '182 days in: nothing is owed yet', periodStart: '2026-12-15', meetings: [], expected: null },
    {
      name: 'a rule of no meetings never warns',
      periodStart: '2025-01-01',
      meetings: [],
      min: 0,
      expected: null,
    },
  ])('few meetings: $name', ({ periodStart, meetings, min, expected }) => {
    const rules = { ...defaultPlanRules, minMeetingsPerYear: min ?? defaultPlanRules.minMeetingsPerYear };
    const f = facts({ planFields: { periodStart, lastEvaluationDate: '2027-06-01' }, meetings });
    const w = find(overview(f, TODAY, rules).warnings, 'fewMeetings');
    expect(w).toEqual(expected ? { kind: 'fewMeetings', params: expected } : null);
  });

  it.each<{ name: string; measures: Measure[]; expected: Record<string, string | number> | null }>([
    {
      name: 'planned, due yesterday',
      measures: [measure('planned', '2027-06-14')],
      expected: { count: 1, date: '2027-06-14' },
    },
    {
      name: 'in progress, due yesterday',
      measures: [measure('inProgress', '2027-06-14')],
      expected: { count: 1, date: '2027-06-14' },
    },
    { name: 'due today is not overdue', measures: [measure('planned', TODAY)], expected: null },
    { name: 'no due date', measures: [measure('planned')], expected: null },
    {
      name: 'done or cancelled is not overdue',
      measures: [measure('done', '2027-06-01'), measure('cancelled', '2027-06-01')],
      expected: null,
    },
    {
      name: 'counted across goals, with the earliest date',
      measures: [
        measure('planned', '2027-05-01'),
        measure('inProgress', '2027-03-01'),
        measure('planned', '2027-07-01'),
      ],
      expected: { count: 2, date: '2027-03-01' },
    },
  ])('overdue measures: $name', ({ measures, expected }) => {
    const [first, ...rest] = measures;
    const goals = [goal('inProgress', first ? [first] : []), goal('notStarted', rest)];
    const w = find(overview(facts({ goals })).warnings, 'measureOverdue');
    expect(w).toEqual(expected ? { kind: 'measureOverdue', params: expected } : null);
  });

  it.each<{ name: string; status: GoalStatus; fires: boolean }>([
    { name: 'not started', status: 'notStarted', fires: true },
    { name: 'in progress', status: 'inProgress', fires: true },
    { name: 'achieved', status: 'achieved', fires: false },
    { name: 'discontinued', status: 'discontinued', fires: false },
  ])('overdue measures under a goal $name: warned $fires', ({ status, fires }) => {
    const goals = [goal(status, [measure('planned', '2027-06-01')])];
    expect(find(overview(facts({ goals })).warnings, 'measureOverdue') !== null).toBe(fires);
  });

  it.each<{ name: string; steps: CaseStep[]; expected: Warning[] }>([
    {
      name: 'both missing: plan first',
      steps: [],
      expected: [
        { kind: 'planConsentMissing', params: { type: 'plan' } },
        { kind: 'planConsentMissing', params: { type: 'informationSharing' } },
      ],
    },
    {
      name: 'plan consent withdrawn today',
      steps: [planConsent('2027-02-01', { withdrawnDate: TODAY }), sharingConsent()],
      expected: [{ kind: 'planConsentWithdrawn', params: { type: 'plan', date: TODAY } }],
    },
    {
      name: 'information sharing expired yesterday',
      steps: [planConsent(), sharingConsent('2027-02-01', { validUntil: '2027-06-14' })],
      expected: [
        { kind: 'planConsentExpired', params: { type: 'informationSharing', validUntil: '2027-06-14' } },
      ],
    },
    {
      name: 'a withdrawn consent superseded by a new one: none',
      steps: [
        planConsent('2027-02-01', { withdrawnDate: '2027-03-01' }),
        planConsent('2027-03-05'),
        sharingConsent(),
      ],
      expected: [],
    },
  ])('consents: $name', ({ steps, expected }) => {
    const record = ipCase([decision('individuellPlan', GRANTED), ...steps]);
    expect(overview(facts({ record })).warnings).toEqual(expected);
  });

  it('does not warn about consents while the plan is being written', () => {
    const record = ipCase([decision('individuellPlan', GRANTED)]);
    expect(overview(facts({ record, planFields: { periodStart: null } })).warnings).toEqual([]);
  });

  it.each<{ name: string; planFields: Partial<PlanFields>; goals?: Goal[]; fires: boolean }>([
    { name: 'active', planFields: {}, fires: true },
    { name: 'for evaluation', planFields: { nextRevisionDate: '2027-07-01' }, fires: true },
    { name: 'in progress', planFields: { periodStart: null }, fires: true },
    { name: 'not started', planFields: { periodStart: null, tool: null }, goals: [], fires: true },
    { name: 'not wanted', planFields: { wanted: false }, fires: false },
    { name: 'closed', planFields: { closedDate: '2027-06-01' }, fires: false },
  ])('without a coordinator, $name', ({ planFields, goals, fires }) => {
    const f = facts({
      planFields,
      hasCoordinator: false,
      ...(goals ? { goals, meetings: [], members: 0 } : {}),
    });
    expect(find(overview(f).warnings, 'planWithoutCoordinator') !== null).toBe(fires);
    expect(find(overview({ ...f, hasCoordinator: true }).warnings, 'planWithoutCoordinator')).toBeNull();
  });
});

// ---- Refusals ----

describe('refusals', () => {
  const fields = (more: Partial<PlanFields> = {}): PlanFields => {
    const { id: _id, caseId: _c, recordedBy: _r, recordedAt: _a, updatedAt: _u, ...f } = plan(more);
    return f;
  };

  it.each<{ name: string; more: Partial<PlanFields>; expected: Record<string, string> }>([
    { name: 'the quiet plan', more: {}, expected: {} },
    {
      name: 'all dates empty',
      more: { periodStart: null, periodEnd: null, nextRevisionDate: null },
      expected: {},
    },
    { name: 'a start on the day of the grant', more: { periodStart: GRANTED }, expected: {} },
    {
      name: 'a start before the grant',
      more: { periodStart: '2027-01-19' },
      expected: { periodStart: 'validation.beforePlan' },
    },
    {
      name: 'an end before the start',
      more: { periodEnd: '2027-01-31' },
      expected: { periodEnd: 'validation.endBeforeStart' },
    },
    { name: 'an end on the start', more: { periodEnd: '2027-02-01' }, expected: {} },
    {
      name: 'a revision before the grant',
      more: { nextRevisionDate: '2027-01-19' },
      expected: { nextRevisionDate: 'validation.beforePlan' },
    },
    {
      name: 'a revision after the grant but before the start',
      more: { nextRevisionDate: '2027-01-31' },
      expected: { nextRevisionDate: 'validation.revisionBeforeStart' },
    },
    {
      name: 'a revision without a start',
      more: { periodStart: null, nextRevisionDate: GRANTED },
      expected: {},
    },
    {
      name: 'a last evaluation tomorrow',
      more: { lastEvaluationDate: '2027-06-16' },
      expected: { lastEvaluationDate: 'validation.dateInFuture' },
    },
    { name: 'a last evaluation today', more: { lastEvaluationDate: TODAY }, expected: {} },
    {
      name: 'a last evaluation before the grant',
      more: { lastEvaluationDate: '2027-01-19' },
      expected: { lastEvaluationDate: 'validation.beforePlan' },
    },
    {
      name: 'closed tomorrow',
      more: { closedDate: '2027-06-16' },
      expected: { closedDate: 'validation.dateInFuture' },
    },
    { name: 'closed today', more: { closedDate: TODAY }, expected: {} },
    {
      name: 'closed before the grant',
      more: { closedDate: '2027-01-19' },
      expected: { closedDate: 'validation.beforePlan' },
    },
    {
      name: 'closed after the grant but before the start',
      more: { closedDate: '2027-01-25' },
      expected: { closedDate: 'validation.endBeforeStart' },
    },
    {
      name: 'several at once',
      more: { periodStart: '2027-01-10', periodEnd: '2027-01-05', closedDate: '2027-07-01' },
      expected: {
        periodStart: 'validation.beforePlan',
        periodEnd: 'validation.endBeforeStart',
        closedDate: 'validation.dateInFuture',
      },
    },
  ])('plan: $name', ({ more, expected }) => {
    expect(planProblems(fields(more), GRANTED, TODAY)).toEqual(expected);
  });

  const goalFields = (more: Partial<GoalFields>): GoalFields => ({
    text: 'Mål',
    area: 'health',
    status: 'inProgress',
    targetDate: null,
    achievedDate: null,
    ...more,
  });
  it.each<{ name: string; more: Partial<GoalFields>; expected: Record<string, string> }>([
    { name: 'no dates', more: {}, expected: {} },
    { name: 'a target on the grant', more: { targetDate: GRANTED }, expected: {} },
    {
      name: 'a target before the grant',
      more: { targetDate: '2027-01-19' },
      expected: { targetDate: 'validation.beforePlan' },
    },
    { name: 'a target far ahead', more: { targetDate: '2030-01-01' }, expected: {} },
    { name: 'achieved today', more: { status: 'achieved', achievedDate: TODAY }, expected: {} },
    {
      name: 'achieved tomorrow',
      more: { status: 'achieved', achievedDate: '2027-06-16' },
      expected: { achievedDate: 'validation.dateInFuture' },
    },
    {
      name: 'achieved before the grant',
      more: { status: 'achieved', achievedDate: '2027-01-19' },
      expected: { achievedDate: 'validation.beforePlan' },
    },
  ])('goal: $name', ({ more, expected }) => {
    expect(goalProblems(goalFields(more), GRANTED, TODAY)).toEqual(expected);
  });

  const measureFields = (dueDate: string | null): MeasureFields => ({
    text: 'Tiltak',
    serviceUnitId: null,
    dueDate,
    status: 'planned',
  });
  it.each<[string | null, Record<string, string>]>([
    [null, {}],
    [GRANTED, {}],
    ['2030-01-01', {}],
    ['2027-01-19', { dueDate: 'validation.beforePlan' }],
  ])('measure due %s -> %j', (dueDate, expected) => {
    expect(measureProblems(measureFields(dueDate), GRANTED)).toEqual(expected);
  });

  const meetingFields = (date: string, nextMeetingDate: string | null = null): MeetingFields => ({
    date,
    kind: 'responsibilityGroup',
    participantIds: [],
    otherParticipants: '',
    minutesWritten: false,
    minutesReference: '',
    nextMeetingDate,
  });
  it.each<[string, string | null, Record<string, string>]>([
    [TODAY, null, {}],
    [GRANTED, null, {}],
    ['2027-06-16', null, { date: 'validation.dateInFuture' }],
    ['2027-01-19', null, { date: 'validation.beforePlan' }],
    ['2027-03-01', '2027-03-01', {}],
    ['2027-03-01', '2027-09-01', {}],
    ['2027-03-01', '2027-02-28', { nextMeetingDate: 'validation.nextMeetingBeforeMeeting' }],
  ])('meeting on %s, next %s -> %j', (date, next, expected) => {
    expect(meetingProblems(meetingFields(date, next), GRANTED, TODAY)).toEqual(expected);
  });
});
