import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadCaseWithPerson } from '@core/cases/caseDetail';
import { outcomeToken } from '@core/cases/casesRepo';
import { nationalIdFor } from '@core/demo/syntheticIds';
import { caseRules } from '@core/settings/rulesInForce';
import type { Db } from '@core/storage/database';
import type { ChannelName, Input } from '@shared/api/index';
import type { PlanDetail } from '@shared/api/plans';
import { addDays, addMonths } from '@shared/domain/calendar';
import { caseSummary } from '@shared/domain/deriveCase';
import { goalStatuses, measureStatuses, meetingKinds } from '@shared/domain/plan';

import type { TestCore } from '../harness';
import { propertyRegister } from '../propertyRegister';

/**
 * What is stored as derived (the plans' summaries with their valid_until, schema v14, and the
 * cases' summary columns) equals what is derived afresh, after every step of random changes
 * through core's channels and random jumps of the office's day, many of them onto the day a
 * stored row says it expires, the day before and the day after. A valid_until one day late, or a
 * write path that does not refresh, fails it.
 */

const START = '2027-03-01';
let today = START;
let core: TestCore;
let raw: Db;
let coordinators: number[];
let born = 0;

beforeAll(async () => {
  ({ core, raw, coordinators } = await propertyRegister(() => new Date(`${today}T10:00:00`)));
});
afterAll(() => raw?.close());

/** A call that may be refused (random changes often break a rule): the refusal changes nothing. */
async function attempt<K extends ChannelName>(channel: K, input: Input<K>): Promise<unknown> {
  const result = await core.dispatch(channel, input);
  return result.ok ? result.data : null;
}

const ops = [
  'grant',
  'refuse',
  'plan',
  'goal',
  'goal',
  'measure',
  'measure',
  'measure',
  'member',
  'meeting',
  'meeting',
  'removeMeeting',
  'removeGoal',
  'consent',
  'withdraw',
  'closing',
  'reopening',
  'appoint',
  'endAppointment',
  'jump',
  'jumpToEdge',
  'jumpToEdge',
] as const;

const step = fc.record({
  op: fc.constantFrom(...ops),
  /** Which of the run's cases. */
  c: fc.nat(2),
  /** Picks (a goal, a meeting, a status...) and day offsets. */
  a: fc.nat(1000),
  b: fc.nat(1000),
  d: fc.integer({ min: -400, max: 400 }),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];
const maybe = (n: number, date: string) => (n % 3 === 0 ? null : date);
/** Days before today, not before the run's first day (when the plan right was granted). */
const past = (d: number) => granted(addDays(today, -Math.abs(d)));
const granted = (date: string) => (date < START ? START : date);

async function newCase(): Promise<number> {
  born += 1;
  const birthDate = addDays(addMonths(today, -12 * 9), born);
  const created = (await core.ok('cases.create', {
    receivedDate: addDays(today, -30),
    channel: 'oral',
    appliedBy: 'guardian',
    rightsRequested: ['individuellPlan', 'koordinator'],
    person: { name: `Barn Nummer${born}`, nationalId: nationalIdFor(birthDate, { synthetic: true }) },
  })) as { record: { id: number } };
  const caseId = created.record.id;
  for (const right of ['individuellPlan', 'koordinator'] as const)
    await core.ok('cases.recordStep', {
      caseId,
      step: { kind: 'decision', right, outcome: 'granted', decisionDate: today, notifiedDate: today },
    });
  return caseId;
}

/** The dates a stored row gives (and a few the register holds): the days most worth landing on. */
function edges(): string[] {
  const rows = raw
    .prepare(
      `SELECT valid_until AS d FROM plan_summaries WHERE valid_until > @today
       UNION SELECT due_date FROM plan_measures WHERE due_date > @today
       UNION SELECT next_revision_date FROM plans WHERE next_revision_date > @today`,
    )
    .all({ today }) as { d: string }[];
  return rows.map((r) => r.d).sort();
}

async function run(caseId: number, s: Step): Promise<void> {
  const plan = (await core.ok('plans.get', { caseId })) as PlanDetail;
  const goals = plan.goals;
  const steps = (
    (await core.ok('cases.get', { id: caseId })) as { record: { steps: { id: number; kind: string }[] } }
  ).record.steps;
  const date = addDays(today, s.d);
  switch (s.op) {
    case 'grant':
    case 'refuse':
      await attempt('cases.recordStep', {
        caseId,
        step: {
          kind: 'decision',
          right: 'individuellPlan',
          outcome: s.op === 'grant' ? 'granted' : 'refused',
          decisionDate: past(s.a % 30),
          notifiedDate: past(s.a % 30),
        },
      });
      return;
    case 'plan':
      await attempt('plans.save', {
        caseId,
        plan: {
          wanted: s.a % 7 !== 0,
          tool: s.a % 2 === 0 ? 'paper' : null,
          periodStart: maybe(s.a, past(s.d % 200)),
          periodEnd: s.b % 4 === 0 ? addDays(today, s.b % 500) : null,
          nextRevisionDate: maybe(s.b, addDays(today, s.d)),
          lastEvaluationDate: s.b % 5 === 0 ? past(s.a % 300) : null,
          closedDate: s.a % 11 === 0 ? today : null,
        },
      });
      return;
    case 'goal': {
      const before = s.a % 2 === 0 ? pick(goals, s.b) : undefined;
      const status = pick(goalStatuses, s.a >> 1)!;
      await attempt('plans.saveGoal', {
        caseId,
        goal: {
          ...(before ? { id: before.id } : {}),
          text: 'Mål',
          area: 'health',
          status,
          achievedDate: status === 'achieved' ? past(s.b % 20) : null,
        },
      });
      return;
    }
    case 'measure': {
      // A goal to put it under, if the plan has none yet.
      const goal =
        pick(goals, s.b) ??
        (
          (await attempt('plans.saveGoal', {
            caseId,
            goal: { text: 'Mål', area: 'health', status: 'inProgress' },
          })) as PlanDetail | null
        )?.goals[0];
      if (!goal) return;
      const before = s.a % 2 === 0 ? pick(goal.measures, s.b) : undefined;
      await attempt('plans.saveMeasure', {
        caseId,
        goalId: goal.id,
        measure: {
          ...(before ? { id: before.id } : {}),
          text: 'Tiltak',
          status: pick(measureStatuses, s.a >> 1)!,
          dueDate: maybe(s.b, granted(date)),
        },
      });
      return;
    }
    case 'member':
      await attempt('plans.saveMember', { caseId, member: { kind: 'family', name: 'Mor', role: 'mor' } });
      return;
    case 'meeting':
      await attempt('plans.saveMeeting', {
        caseId,
        meeting: {
          date: past(s.d % 90),
          kind: pick(meetingKinds, s.a)!,
          nextMeetingDate: maybe(s.b, addDays(today, Math.abs(s.d))),
        },
      });
      return;
    case 'removeMeeting': {
      const meeting = pick(plan.meetings, s.a);
      if (meeting) await attempt('plans.removeMeeting', { caseId, meetingId: meeting.id });
      return;
    }
    case 'removeGoal': {
      const goal = pick(goals, s.a);
      if (goal) await attempt('plans.removeGoal', { caseId, goalId: goal.id });
      return;
    }
    case 'consent':
      await attempt('cases.recordStep', {
        caseId,
        step: {
          kind: 'consent',
          type: s.a % 2 === 0 ? 'plan' : 'informationSharing',
          givenBy: 'guardian',
          date: past(s.d % 100),
          validUntil: maybe(s.b, addDays(today, s.b % 400)),
          withdrawnDate: null,
        },
      });
      return;
    case 'withdraw': {
      const consent = pick(
        steps.filter((x) => x.kind === 'consent'),
        s.a,
      ) as (Record<string, unknown> & { id: number }) | undefined;
      if (!consent) return;
      const { recordedBy: _by, recordedAt: _at, ...fields } = consent;
      await attempt('cases.recordStep', {
        caseId,
        step: { ...fields, withdrawnDate: today } as never,
      });
      return;
    }
    case 'closing':
      await attempt('cases.recordStep', { caseId, step: { kind: 'closing', date: today, reason: 'moved' } });
      return;
    case 'reopening':
      await attempt('cases.recordStep', {
        caseId,
        step: { kind: 'reopening', date: today, reason: 'Ny søknad' },
      });
      return;
    case 'appoint':
      await attempt('appointments.appoint', {
        caseId,
        coordinatorId: pick(coordinators, s.a)!,
        role: 'koordinator',
        startDate: granted(addDays(today, (s.d % 60) - 10)),
        familyWish: 'noWish',
      });
      return;
    case 'endAppointment': {
      const { coordination } = (await core.ok('cases.get', { id: caseId })) as {
        coordination: { current: { id: number } | null };
      };
      if (!coordination.current) return;
      await attempt('appointments.end', {
        caseId,
        appointmentId: coordination.current.id,
        endDate: addDays(today, s.a % 60),
        endReason: 'coordinatorLeft',
      });
      return;
    }
    case 'jump':
      today = addDays(today, 1 + (s.a % 400));
      return;
    case 'jumpToEdge': {
      const edge = pick(edges(), s.a);
      // The day before, the day itself, the day after.
      const to = edge ? addDays(edge, (s.b % 3) - 1) : addDays(today, 1);
      today = to > today ? to : addDays(today, 1);
      return;
    }
  }
}

/** What is stored for a plan beside what its page derives afresh, today. */
async function expectPlanStoredAsDerived(caseId: number): Promise<void> {
  const detail = (await core.ok('plans.get', { caseId })) as PlanDetail;
  if (!detail.plan || !detail.overview) return;
  const stored = raw
    .prepare(
      `SELECT s.status, s.last_evaluation, s.goals, s.goals_achieved, s.measures, s.measures_done,
         s.progress_percent, s.meetings_last_year, s.warnings, s.warning_count, s.measure_overdue_date,
         k.name AS coordinator
       FROM plan_summaries s LEFT JOIN coordinators k ON k.id = s.coordinator_id WHERE s.case_id = ?`,
    )
    .get(caseId) as Record<string, unknown>;
  const o = detail.overview;
  expect(
    { ...stored, warnings: JSON.parse(stored.warnings as string) },
    `plan of case ${caseId} on ${today}`,
  ).toEqual({
    status: o.status,
    last_evaluation: o.lastEvaluation,
    goals: o.progress.goals,
    goals_achieved: o.progress.goalsAchieved,
    measures: o.progress.measures,
    measures_done: o.progress.measuresDone,
    progress_percent: o.progress.percent,
    meetings_last_year: o.meetingsLast12Months,
    warnings: o.warnings,
    warning_count: o.warnings.length,
    measure_overdue_date: o.warnings.find((w) => w.kind === 'measureOverdue')?.params.date ?? null,
    coordinator: detail.coordinator?.name ?? null,
  });
}

/** The case's stored summary columns beside caseSummary derived afresh. */
function expectCaseStoredAsDerived(caseId: number): void {
  const { record, person } = loadCaseWithPerson(raw, caseId);
  const s = caseSummary(record, person, caseRules(raw));
  expect(
    raw
      .prepare(
        `SELECT status, office_deadline, office_deadline_kind, appeal_deadline, decided_date, closed_date,
           rights_granted, decision_outcomes, appeal_stages FROM cases WHERE id = ?`,
      )
      .get(caseId),
    `case ${caseId} on ${today}`,
  ).toEqual({
    status: s.status,
    office_deadline: s.officeDeadline,
    office_deadline_kind: s.officeDeadlineKind,
    appeal_deadline: s.appealDeadline,
    decided_date: s.decidedDate,
    closed_date: s.closedDate,
    rights_granted: JSON.stringify(s.rightsGranted),
    decision_outcomes: JSON.stringify(s.decisions.map(outcomeToken)),
    appeal_stages: JSON.stringify(s.appealStages),
  });
}

describe('stored derived state', () => {
  it('equals what is derived afresh after every change and every new day', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.array(step, { minLength: 1, maxLength: 20 }),
        async (n, steps) => {
          // Each run starts on the same day with cases of its own (fødselsnummer end in 2039).
          today = START;
          const cases: number[] = [];
          for (let i = 0; i < n; i++) cases.push(await newCase());
          // Most runs start with a plan to work on.
          for (const caseId of cases)
            await attempt('plans.save', { caseId, plan: { wanted: true, periodStart: today } });
          for (const s of steps) {
            await run(cases[s.c % cases.length]!, s);
            // A change must have written what it changed in its own transaction: checked before
            // any list runs. A new day is what a read derives first (the rows whose day has come).
            if (s.op === 'jump' || s.op === 'jumpToEdge') await core.ok('plans.list', { limit: 1 });
            for (const caseId of cases) {
              await expectPlanStoredAsDerived(caseId);
              expectCaseStoredAsDerived(caseId);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
