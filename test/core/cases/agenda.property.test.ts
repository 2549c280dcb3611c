import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import type { CaseDetail } from '@shared/api/cases';
import type { ChannelName, Input } from '@shared/api/index';
import { addDays } from '@shared/domain/calendar';
import { rightConditions, type Right } from '@shared/domain/case';
import { stepsOf } from '@shared/domain/caseSteps';

import { setUpCore, type TestCore } from '../harness';

/**
 * The team meeting's agenda is read from columns stored with the case's summary (schema v16);
 * after random assessments, decisions, interim replies, closings, reopenings and jumps of the
 * office's day it says of every case what the case page derives afresh: whether it is on the
 * agenda, the interim reply deadline's date and state, and whether it awaits assessment or
 * decision. A write that does not refresh the columns, or a column that secretly depends on the
 * day, fails it.
 */

const START = '2027-01-04';
let today = START;
let core: TestCore;

beforeAll(async () => {
  ({ core } = await setUpCore({
    now: () => new Date(`${today}T10:00:00`),
    allowSyntheticIds: true,
    idleTimeoutMsOverride: 2 ** 40,
  }));
});

async function attempt<K extends ChannelName>(channel: K, input: Input<K>): Promise<void> {
  await core.dispatch(channel, input); // random changes often break a rule: a refusal changes nothing
}

const RIGHTS: readonly Right[] = ['koordinator', 'individuellPlan'];
const ops = ['assess', 'assess', 'decide', 'interimReply', 'closing', 'reopening', 'jump', 'jump'] as const;
const step = fc.record({ op: fc.constantFrom(...ops), c: fc.nat(2), a: fc.nat(1000), d: fc.nat(120) });
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Days before today, not before the cases came in. */
const past = (d: number) => {
  const date = addDays(today, -(d % 40));
  return date < START ? START : date;
};

async function newCase(n: number): Promise<number> {
  const created = (await core.ok('cases.create', {
    receivedDate: START,
    channel: 'oral',
    appliedBy: 'person',
    rightsRequested: n % 2 ? [...RIGHTS] : ['koordinator'],
    person: { name: `Voksen Nummer${n}`, birthDate: '1980-05-05' },
  })) as CaseDetail;
  return created.record.id;
}

async function run(caseId: number, s: Step): Promise<void> {
  const right = RIGHTS[s.a % RIGHTS.length]!;
  switch (s.op) {
    case 'assess':
      return attempt('cases.recordStep', {
        caseId,
        step: {
          kind: 'assessment',
          right,
          date: past(s.d),
          conditions: rightConditions[right].map((key) => ({ key, result: 'met', note: '' })),
        } as never,
      });
    case 'decide':
      return attempt('cases.recordStep', {
        caseId,
        step: {
          kind: 'decision',
          right,
          outcome: s.a % 3 === 0 ? 'refused' : 'granted',
          decisionDate: past(s.d),
          notifiedDate: past(s.d),
        } as never,
      });
    case 'interimReply':
      return attempt('cases.recordStep', {
        caseId,
        step: {
          kind: 'interimReply',
          sentDate: past(s.d),
          reason: 'Venter',
          expectedDate: addDays(today, 30),
        },
      });
    case 'closing':
      return attempt('cases.recordStep', { caseId, step: { kind: 'closing', date: today, reason: 'moved' } });
    case 'reopening':
      return attempt('cases.recordStep', {
        caseId,
        step: { kind: 'reopening', date: today, reason: 'Ny søknad' },
      });
    case 'jump':
      today = addDays(today, 1 + s.d);
  }
}

async function expectAgendaAsDerived(caseIds: readonly number[]): Promise<void> {
  const agenda = new Map((await core.ok('cases.agenda', {})).map((r) => [r.id, r]));
  for (const id of caseIds) {
    const { record, overview } = (await core.ok('cases.get', { id })) as CaseDetail;
    const at = `case ${id} on ${today}`;
    const row = agenda.get(id);
    expect(row !== undefined, at).toBe(overview.status === 'received' || overview.status === 'inProgress');
    if (!row) continue;
    const interim = overview.deadlines.find((d) => d.kind === 'interimReply');
    expect({ due: row.interimReplyDue, state: row.interimReplyState }, at).toEqual({
      due: interim?.dueDate ?? null,
      state: interim ? (interim.state === 'expired' ? 'overdue' : interim.state) : null,
    });
    const assessed = record.rightsRequested.every((r) =>
      stepsOf(record, 'assessment').some((a) => a.right === r),
    );
    expect(row.awaiting, at).toBe(assessed ? 'decision' : 'assessment');
  }
}

describe('the agenda', () => {
  it(
    'says of every case what its case page derives, after every change and every new day',
    { timeout: 180_000 },
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
          today = START;
          const cases: number[] = [];
          for (let i = 0; i < 2; i++) cases.push(await newCase(n++));
          for (const s of steps) {
            await run(cases[s.c % cases.length]!, s);
            await expectAgendaAsDerived(cases);
          }
        }),
        { numRuns: 30 },
      );
    },
  );
});
