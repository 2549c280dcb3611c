import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { countedAfresh, periodOf } from '@core/dashboards/dashboardsService';
import { nationalIdFor } from '@core/demo/syntheticIds';
import { caseRules, coordinationRules, planRules } from '@core/settings/rulesInForce';
import type { Db } from '@core/storage/database';
import type { CaseDetail } from '@shared/api/cases';
import { dashboardKeys, type DashboardKey } from '@shared/api/dashboards';
import type { ChannelName, Input } from '@shared/api/index';
import { addDays, addMonths } from '@shared/domain/calendar';
import { stepsOf } from '@shared/domain/caseSteps';

import type { TestCore } from '../harness';
import { propertyRegister } from '../propertyRegister';

/**
 * The dashboards keep each case's part of a case-keyed group and, after changes that named their
 * case, read only those cases again (dashboardCache.ts keptCaseFigures). After every step of random
 * changes through core (new cases, decisions, appeals, closing and reopening, appointments started
 * and ended, plans, a person's birth date) and now and then a new day, every dashboard core
 * answers equals the same dashboard counted from nothing kept on the stored rows: a part not taken
 * off, a case not read again, a change to every case taken for one, or a figure whose part depends
 * on another case fails it.
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

/** Random changes often break a rule: a refused call changes nothing, and that is fine here. */
async function attempt<K extends ChannelName>(channel: K, input: Input<K>): Promise<void> {
  await core.dispatch(channel, input);
}

// Many changes within a day (the kept parts are adjusted), now and then a new day (counted anew).
const ops = [
  'newCase',
  'grant',
  'refuse',
  'appeal',
  'reassess',
  'closing',
  'reopening',
  'appoint',
  'appoint',
  'end',
  'end',
  'plan',
  'person',
  'jump',
] as const;

const step = fc.record({
  op: fc.constantFrom(...ops),
  c: fc.nat(20),
  a: fc.nat(1000),
  d: fc.integer({ min: 0, max: 60 }),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];
const past = (d: number) => {
  const date = addDays(today, -d);
  return date < START ? START : date;
};

async function newCase(): Promise<number> {
  born += 1;
  // Children in the participation ages, some about to turn 18, adults.
  const birthDate = addDays(addMonths(START, -12 * [15, 17, 30][born % 3]!), born);
  const receivedDate = past(born % 100);
  const created = (await core.ok('cases.create', {
    receivedDate,
    channel: 'oral',
    appliedBy: 'guardian',
    rightsRequested: ['koordinator', 'individuellPlan'],
    person: { name: `Barn Nummer${born}`, nationalId: nationalIdFor(birthDate, { synthetic: true }) },
  })) as CaseDetail;
  const caseId = created.record.id;
  // Both rights granted: a coordinator to appoint, a plan to save, decisions to appeal.
  for (const right of ['koordinator', 'individuellPlan'] as const)
    await core.ok('cases.recordStep', {
      caseId,
      step: {
        kind: 'decision',
        right,
        outcome: 'granted',
        decisionDate: receivedDate,
        notifiedDate: receivedDate,
      },
    });
  return caseId;
}

async function run(cases: number[], s: Step): Promise<void> {
  if (s.op === 'newCase') return void cases.push(await newCase());
  if (s.op === 'jump') return void (today = addDays(today, 1 + (s.a % 40)));
  const caseId = pick(cases, s.c)!;
  const { record, coordination, person } = (await core.ok('cases.get', { id: caseId })) as CaseDetail;
  const appeal = pick(stepsOf(record, 'appeal'), s.a);
  switch (s.op) {
    case 'grant':
    case 'refuse':
      return attempt('cases.recordStep', {
        caseId,
        step: {
          kind: 'decision',
          right: s.a % 2 === 0 ? 'koordinator' : 'individuellPlan',
          outcome: s.op === 'grant' ? 'granted' : 'refused',
          decisionDate: past(s.d % 10),
          notifiedDate: s.a % 5 === 0 ? null : past(s.d % 10),
        },
      });
    case 'appeal': {
      const decision = pick(stepsOf(record, 'decision'), s.a);
      if (!decision) return;
      return attempt('cases.recordStep', {
        caseId,
        step: {
          kind: 'appeal',
          decisionId: decision.id,
          receivedDate: past(s.d % 5),
          reassessment: null,
          reassessmentDate: null,
          forwardedDate: null,
          governorOutcome: null,
          governorOutcomeDate: null,
        },
      });
    }
    case 'reassess': {
      if (!appeal) return;
      const { recordedBy: _by, recordedAt: _at, ...fields } = appeal;
      const reassessment = s.a % 2 === 0 ? 'upheld' : 'changed';
      return attempt('cases.recordStep', {
        caseId,
        step: { ...fields, reassessment, reassessmentDate: today } as never,
      });
    }
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
        startDate: past(s.d % 15),
        familyWish: 'noWish',
      });
    case 'end': {
      const current = coordination.current;
      if (!current) return;
      return attempt('appointments.end', {
        caseId,
        appointmentId: current.id,
        endDate: s.a % 3 === 0 ? addDays(today, 1 + (s.d % 20)) : past(s.d % 10),
        endReason: s.a % 2 === 0 ? 'coordinatorLeft' : 'familyRequest',
      });
    }
    case 'person':
      // Not a change to a case: it moves the ages of every case of the person.
      return attempt('persons.update', {
        ...person,
        birthDate: addDays(addMonths(today, -12 * (14 + (s.a % 5))), s.d),
        nationalId: null,
      });
    case 'plan':
      return attempt('plans.save', {
        caseId,
        plan: {
          wanted: s.a % 5 !== 0,
          periodStart: past(s.d),
          nextRevisionDate: addDays(today, (s.a % 60) - 30),
          closedDate: null,
        },
      });
  }
}

/** The dashboard counted from nothing kept, on the stored rows core wrote. */
function afresh(key: DashboardKey) {
  return countedAfresh(
    {
      db: raw,
      today,
      period: periodOf(key, {}, today),
      caseRules: caseRules(raw),
      coordinationRules: coordinationRules(raw),
      planRules: planRules(raw),
      memo: new Map(),
    },
    key,
  );
}

describe('the dashboards’ kept figures', () => {
  it(
    'equal the figures counted from nothing, after every change and every new day',
    { timeout: 240_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40, size: 'max' }), async (steps) => {
          today = START;
          const cases = [await newCase(), await newCase()];
          for (const s of steps) {
            await run(cases, s);
            for (const key of dashboardKeys) {
              const { groups } = await core.ok('dashboards.get', { dashboard: key });
              expect(groups, `${key} after ${s.op} on ${today}`).toEqual(afresh(key));
            }
          }
        }),
        { numRuns: 25 },
      );
    },
  );
});
