import { describe, expect, it } from 'vitest';

import { stepJson } from '@core/cases/stepJson';
import { readStep, type StepRow } from '@core/cases/stepReader';
import { nationalIdFor } from '@core/demo/syntheticIds';
import { CoreError } from '@core/errors';
import type { Db } from '@core/storage/database';
import type { NewCaseInput } from '@shared/api/cases';

import { setUpCore, withRawDb } from '../harness';

/**
 * Issue 18: `case_steps.data` is read through one reader that checks each row with the contract's
 * step schemas. What an older or hand-edited row lacks is filled with the schema's default, what
 * no version writes is dropped, and a row that is not its kind is refused as a damaged register.
 */

const now = () => new Date('2027-03-01T10:00:00');

const newChild: NewCaseInput = {
  receivedDate: '2027-02-01',
  channel: 'electronicForm',
  appliedBy: 'guardian',
  rightsRequested: ['barnekoordinator'],
  person: { name: 'Emma Testrud', nationalId: nationalIdFor('2019-05-17', { synthetic: true }) },
};

async function caseWithDecision() {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  const created = await core.ok('cases.create', newChild);
  const detail = await core.ok('cases.recordStep', {
    caseId: created.record.id,
    step: {
      kind: 'decision',
      right: 'barnekoordinator',
      outcome: 'granted',
      reasons: 'Vilkårene er oppfylt',
      decisionDate: '2027-02-12',
      notifiedDate: '2027-02-15',
    },
  });
  const step = detail.record.steps.find((s) => s.kind === 'decision')!;
  return { core, caseId: created.record.id, caseNumber: created.record.caseNumber, stepId: step.id };
}

const rowOf = (db: Db, id: number) =>
  db
    .prepare('SELECT id, case_id, kind, data, recorded_by, recorded_at FROM case_steps WHERE id = ?')
    .get(id) as StepRow;

const setData = (db: Db, id: number, data: string) =>
  db.prepare('UPDATE case_steps SET data = ? WHERE id = ?').run(data, id);

describe('the step reader (issue 18)', () => {
  it('fills what an older row lacks with the schema defaults, and drops keys no version writes', async () => {
    const { core, caseId, stepId } = await caseWithDecision();
    await withRawDb(core.dataDir, (db) => {
      setData(
        db,
        stepId,
        JSON.stringify({
          right: 'barnekoordinator',
          outcome: 'granted',
          decisionDate: '2027-02-12',
          guardianNote: 'Mor heter Kari',
        }),
      );
      expect(readStep(db, rowOf(db, stepId))).toEqual({
        id: stepId,
        kind: 'decision',
        right: 'barnekoordinator',
        outcome: 'granted',
        reasons: '',
        legalBasis: '',
        decisionDate: '2027-02-12',
        notifiedDate: null,
        recordedBy: 'kari.admin',
        recordedAt: expect.any(String),
      });
    });
    const detail = await core.ok('cases.get', { id: caseId });
    const decision = detail.record.steps.find((s) => s.id === stepId)!;
    expect(decision).toMatchObject({ reasons: '', legalBasis: '', notifiedDate: null });
    expect(decision).not.toHaveProperty('guardianNote');
  });

  it('reads an anonymised step whose required text was emptied', async () => {
    const { core, caseId, stepId } = await caseWithDecision();
    await core.ok('cases.recordStep', {
      caseId,
      step: { kind: 'closing', date: '2027-02-20', reason: 'moved' },
    });
    const reopened = await core.ok('cases.recordStep', {
      caseId,
      step: { kind: 'reopening', date: '2027-02-25', reason: 'Familien flyttet tilbake' },
    });
    const reopening = reopened.record.steps.find((s) => s.kind === 'reopening')!;
    await withRawDb(core.dataDir, (db) => {
      setData(db, reopening.id, JSON.stringify({ date: '2027-02-25', reason: '' }));
      expect(readStep(db, rowOf(db, reopening.id))).toMatchObject({ kind: 'reopening', reason: '' });
      expect(readStep(db, rowOf(db, stepId))).toMatchObject({
        kind: 'decision',
        reasons: 'Vilkårene er oppfylt',
      });
    });
  });

  it('refuses a damaged row, naming its case, its step and the field, on every read that meets it', async () => {
    const { core, caseId, caseNumber, stepId } = await caseWithDecision();
    await withRawDb(core.dataDir, (db) => {
      setData(
        db,
        stepId,
        JSON.stringify({ right: 'sykehjemsplass', outcome: 'granted', decisionDate: '2027-02-12' }),
      );
      let thrown: unknown;
      try {
        readStep(db, rowOf(db, stepId));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(CoreError);
      expect((thrown as CoreError).code).toBe('STEP_DAMAGED');
      expect((thrown as CoreError).message).toBe(
        `Registeret er skadet: steg ${stepId} (decision) i sak ${caseNumber} kan ikke leses, feltet «right». ` +
          'Ingenting er endret. Gjenopprett den nyeste sikkerhetskopien, og kontakt IT hvis det skjer igjen.',
      );
    });
    const refused = await core.fails('cases.get', { id: caseId });
    expect(refused.code).toBe('STEP_DAMAGED');
    expect(refused.message).toContain(`i sak ${caseNumber}`);

    // JSON that is not an object at all (the column only checks that it is JSON).
    await withRawDb(core.dataDir, (db) => {
      setData(db, stepId, '[1, 2]');
      expect(() => readStep(db, rowOf(db, stepId))).toThrow(`steg ${stepId} (decision) i sak ${caseNumber}`);
    });
  });

  it('names the JSON paths SQL reads by the step schema: a field no kind has does not compile', () => {
    expect(stepJson('s', 'decision', 'right')).toBe("json_extract(s.data, '$.right')");
    expect(stepJson('steps', 'appeal', 'decisionId')).toBe("json_extract(steps.data, '$.decisionId')");
    // @ts-expect-error a decision has no `reason` (closing and reopening do)
    stepJson('s', 'decision', 'reason');
    // @ts-expect-error `kind` and `id` are columns, not fields of the JSON
    stepJson('s', 'decision', 'kind');
    // @ts-expect-error no step kind is called so
    stepJson('s', 'verdict', 'right');
  });
});
