import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import { caseRules, coordinationRules } from '@core/settings/rulesInForce';
import type { Db } from '@core/storage/database';
import type { CaseDetail } from '@shared/api/cases';
import type { ChannelName, Input } from '@shared/api/index';
import { addDays, addMonths, ageOn, daysBetween } from '@shared/domain/calendar';
import { reassessmentOutcomes, type Appeal } from '@shared/domain/case';
import { stepsOf } from '@shared/domain/caseSteps';
import { interimReplyDue, interimReplyOutcome } from '@shared/domain/deadlines';

import type { TestCore } from '../harness';
import { propertyRegister } from '../propertyRegister';

/**
 * The dashboards' facts stored per case (schema v15, shared/domain/caseFigures.ts) say what the
 * case page derives afresh (its warnings, its coordination), after every step of random changes
 * through core's channels (decisions, appeals and their reassessment, interim replies, mappings,
 * closing, appointments) and random jumps of the office's day: a write path that does not refresh
 * them, or a fact that secretly depends on the day, fails it.
 */

const START = '2027-03-01';
let today = START;
let core: TestCore;
let raw: Db;
let coordinators: number[] = [];
let born = 0;

beforeAll(async () => {
  ({ core, raw, coordinators } = await propertyRegister(() => new Date(`${today}T10:00:00`)));
});
afterAll(() => raw?.close());

/** A call that may be refused (random changes often break a rule): the refusal changes nothing. */
async function attempt<K extends ChannelName>(channel: K, input: Input<K>): Promise<void> {
  await core.dispatch(channel, input);
}

const ops = [
  'decide',
  'appeal',
  'appeal',
  'reassess',
  'reassess',
  'forward',
  'interimReply',
  'mapping',
  'closing',
  'reopening',
  'appoint',
  'appoint',
  'appoint',
  'endAppointment',
  'endAppointment',
  'endAppointment',
  'removeAppointment',
  'jump',
  'jump',
] as const;

const step = fc.record({
  op: fc.constantFrom(...ops),
  c: fc.nat(2),
  a: fc.nat(1000),
  d: fc.integer({ min: -200, max: 200 }),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];
/** Days before today, not before the case came in. */
const past = (d: number) => {
  const date = addDays(today, -Math.abs(d));
  return date < START ? START : date;
};

async function newCase(n: number): Promise<number> {
  born += 1;
  // Some children in the participation ages, some about to turn 18, some adults.
  const birthDate = addDays(addMonths(START, -12 * [16, 17, 30][n % 3]!), born);
  const created = (await core.ok('cases.create', {
    receivedDate: START,
    channel: 'oral',
    appliedBy: 'guardian',
    rightsRequested: ['koordinator'],
    person: { name: `Barn Nummer${born}`, nationalId: nationalIdFor(birthDate, { synthetic: true }) },
  })) as CaseDetail;
  const caseId = created.record.id;
  // A granted right: a coordinator to appoint and a decision to appeal.
  await core.ok('cases.recordStep', {
    caseId,
    step: {
      kind: 'decision',
      right: 'koordinator',
      outcome: 'granted',
      decisionDate: START,
      notifiedDate: START,
    },
  });
  return caseId;
}

async function run(caseId: number, s: Step): Promise<void> {
  const detail = (await core.ok('cases.get', { id: caseId })) as CaseDetail;
  const appeals = stepsOf(detail.record, 'appeal');
  const appeal = pick(appeals, s.a);
  const updateAppeal = (change: Partial<Appeal>) => {
    if (!appeal) return;
    const { recordedBy: _by, recordedAt: _at, ...fields } = appeal;
    return attempt('cases.recordStep', { caseId, step: { ...fields, ...change } as never });
  };
  switch (s.op) {
    case 'decide':
      return attempt('cases.recordStep', {
        caseId,
        step: {
          kind: 'decision',
          right: 'koordinator',
          outcome: s.a % 3 === 0 ? 'refused' : 'granted',
          decisionDate: past(s.d % 40),
          notifiedDate: s.a % 4 === 0 ? null : past(s.d % 40),
        },
      });
    case 'appeal': {
      const decision = pick(stepsOf(detail.record, 'decision'), s.a);
      if (!decision) return;
      return attempt('cases.recordStep', {
        caseId,
        step: {
          kind: 'appeal',
          decisionId: decision.id,
          receivedDate: past(s.d % 20),
          reassessment: null,
          reassessmentDate: null,
          forwardedDate: null,
          governorOutcome: null,
          governorOutcomeDate: null,
        },
      });
    }
    case 'reassess':
      return updateAppeal({
        reassessment: pick(reassessmentOutcomes, s.a >> 2)!,
        reassessmentDate: today,
      });
    case 'forward':
      return updateAppeal({ forwardedDate: today });
    case 'interimReply':
      return attempt('cases.recordStep', {
        caseId,
        step: {
          kind: 'interimReply',
          sentDate: past(s.d % 60),
          reason: 'Venter',
          expectedDate: addDays(today, 30),
        },
      });
    case 'mapping':
      return attempt('cases.recordStep', {
        caseId,
        step: {
          kind: 'mapping',
          date: past(s.d % 30),
          form: 'office',
          participants: 'Mor',
          childParticipated: s.a % 2 === 0,
          childViews: '',
        },
      });
    case 'closing':
      return attempt('cases.recordStep', { caseId, step: { kind: 'closing', date: today, reason: 'moved' } });
    case 'reopening':
      return attempt('cases.recordStep', {
        caseId,
        step: { kind: 'reopening', date: today, reason: 'Ny søknad' },
      });
    case 'appoint':
      return attempt('appointments.appoint', {
        caseId,
        coordinatorId: pick(coordinators, s.a)!,
        role: 'koordinator',
        startDate: past(s.d % 30),
        familyWish: 'noWish',
      });
    case 'endAppointment': {
      const current = detail.coordination.current;
      if (!current) return;
      return attempt('appointments.end', {
        caseId,
        appointmentId: current.id,
        endDate: s.a % 2 === 0 ? past(s.d % 10) : addDays(today, (s.d % 40) + 1),
        endReason: 'coordinatorLeft',
      });
    }
    case 'removeAppointment': {
      const last = detail.coordination.history.at(-1);
      if (last) return attempt('appointments.remove', { caseId, appointmentId: last.id });
      return;
    }
    case 'jump':
      today = addDays(today, 1 + (s.a % 120));
      return;
  }
}

interface Stored {
  status: string;
  interim_reply_due: string | null;
  appeal_awaiting_since: string | null;
  appeal_not_forwarded_since: string | null;
  child_heard: number;
  no_coordinator_since: string | null;
  no_coordinator_from: string | null;
}

/** The stored facts of a case, compared with today as the dashboards do, beside its case page. */
async function expectStoredAsDerived(caseId: number): Promise<void> {
  const detail = (await core.ok('cases.get', { id: caseId })) as CaseDetail;
  const { record, person } = detail;
  const rules = caseRules(raw);
  const s = raw
    .prepare(
      `SELECT status, interim_reply_due, appeal_awaiting_since, appeal_not_forwarded_since, child_heard,
         no_coordinator_since, no_coordinator_from FROM cases WHERE id = ?`,
    )
    .get(caseId) as Stored;
  const at = `case ${caseId} on ${today}`;
  const warnings = new Set(detail.overview.warnings.map((w) => w.kind));
  const earliest = (match: (a: Appeal) => boolean) =>
    stepsOf(record, 'appeal')
      .filter(match)
      .map((a) => a.receivedDate)
      .sort()[0] ?? null;

  const owed = interimReplyOutcome(record, rules) === 'pending' && s.status !== 'closed';
  expect(s.status !== 'closed' ? s.interim_reply_due : null, at).toBe(
    owed ? interimReplyDue(record.receivedDate, rules) : null,
  );
  expect(s.appeal_awaiting_since, at).toBe(
    warnings.has('appealAwaitingReassessment') ? earliest((a) => a.reassessment === null) : null,
  );
  expect(s.appeal_not_forwarded_since, at).toBe(
    warnings.has('appealNotForwarded')
      ? earliest((a) => a.reassessment !== null && a.reassessment !== 'upheld' && a.forwardedDate === null)
      : null,
  );
  const age = ageOn(person.birthDate!, today);
  if (s.status !== 'closed' && age >= rules.participationAge && age < 18)
    expect(warnings.has('participationMissing'), at).toBe(s.child_heard === 0);
  expect(s.child_heard === 1, at).toBe(stepsOf(record, 'mapping').some((m) => m.childParticipated));

  // Without a coordinator today as the dashboard counts it; the case page warns past the days allowed.
  const without =
    s.no_coordinator_since !== null && (s.no_coordinator_from === null || s.no_coordinator_from <= today);
  const days = without ? daysBetween(s.no_coordinator_since!, today) : null;
  const warning = detail.coordination.warnings.find((w) => w.kind === 'withoutCoordinator');
  const allowed = coordinationRules(raw).withoutCoordinatorDays;
  expect(warning ? { since: warning.params.since, days: Number(warning.params.days) } : null, at).toEqual(
    days !== null && days > allowed ? { since: s.no_coordinator_since, days } : null,
  );
  // Nobody holds the case exactly when the stored facts say so (for a case with a right granted).
  if (s.no_coordinator_since !== null || detail.coordination.current !== null)
    expect(detail.coordination.current === null, at).toBe(without);
}

describe('the dashboards’ facts stored per case', () => {
  it(
    'say what the case page derives, after every change and every new day',
    { timeout: 180_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
          today = START;
          const cases: number[] = [];
          for (let i = 0; i < 2; i++) cases.push(await newCase(born));
          for (const s of steps) {
            await run(cases[s.c % cases.length]!, s);
            for (const caseId of cases) await expectStoredAsDerived(caseId);
          }
        }),
        { numRuns: 40 },
      );
    },
  );
});
