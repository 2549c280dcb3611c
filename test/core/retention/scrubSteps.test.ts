import { describe, expect, it } from 'vitest';

import { scrubServices, scrubStep } from '@core/retention/scrubSteps';
import type { CaseStep } from '@shared/domain/case';

import { withRawDb } from '../harness';
import { apply, EMMA, retentionRegister, type Clock } from './retentionRegister';

const recorded = { id: 7, recordedBy: 'kari.ke', recordedAt: '2016-02-01T09:00:00.000Z' };
/** A key no version of Samordna writes, holding what a person could be known by. */
const extra = { guardianNote: EMMA.guardian, extra: { name: EMMA.name } };

const steps: CaseStep[] = [
  {
    ...recorded,
    kind: 'mapping',
    date: '2016-01-20',
    form: 'homeVisit',
    participants: EMMA.guardian,
    childParticipated: true,
    childViews: EMMA.goal,
  },
  {
    ...recorded,
    kind: 'consent',
    type: 'plan',
    givenBy: 'guardian',
    givenByName: EMMA.guardian,
    date: '2016-01-20',
    validUntil: null,
    scope: EMMA.need,
    withdrawnDate: null,
  },
  {
    ...recorded,
    kind: 'interimReply',
    sentDate: '2016-01-25',
    reason: EMMA.need,
    expectedDate: '2016-03-01',
  },
  {
    ...recorded,
    kind: 'assessment',
    right: 'koordinator',
    date: '2016-01-30',
    conditions: [{ key: 'longTermNeeds', result: 'met', note: EMMA.need, ...extra } as never],
  },
  {
    ...recorded,
    kind: 'decision',
    right: 'koordinator',
    outcome: 'granted',
    reasons: EMMA.need,
    legalBasis: EMMA.name,
    decisionDate: '2016-02-01',
    notifiedDate: '2016-02-02',
  },
  {
    ...recorded,
    kind: 'appeal',
    decisionId: 5,
    receivedDate: '2016-02-20',
    reassessment: 'upheld',
    reassessmentDate: '2016-03-01',
    forwardedDate: null,
    governorOutcome: null,
    governorOutcomeDate: null,
  },
  {
    ...recorded,
    kind: 'transition',
    date: '2016-05-01',
    outcome: 'extended',
    extendedUntil: '2017-05-01',
    note: EMMA.closingNote,
  },
  { ...recorded, kind: 'closing', date: '2016-06-30', reason: 'moved', note: EMMA.closingNote },
  { ...recorded, kind: 'reopening', date: '2016-07-10', reason: EMMA.need },
];

const removed = [EMMA.name, EMMA.guardian, EMMA.need, EMMA.goal, EMMA.closingNote];

describe('scrubbing a step', () => {
  it('keeps only the allow-listed codes, dates and links of each kind, and drops any other key', () => {
    for (const step of steps) {
      const scrubbed = scrubStep({ ...step, ...extra } as CaseStep);
      const text = JSON.stringify(scrubbed);
      for (const value of removed) expect(text, `${step.kind}: ${value}`).not.toContain(value);
      expect(Object.keys(scrubbed), step.kind).not.toContain('guardianNote');
      expect(Object.keys(scrubbed), step.kind).not.toContain('extra');
      // Every key the step kind has is still there (texts as empty strings): it reads as before.
      expect(Object.keys(scrubbed).sort(), step.kind).toEqual(Object.keys(step).sort());
    }
    const [, , , assessment, decision, appeal] = steps.map((s) => scrubStep({ ...s, ...extra } as CaseStep));
    expect(assessment).toMatchObject({ right: 'koordinator', date: '2016-01-30' });
    expect((assessment as { conditions: unknown }).conditions).toEqual([
      { key: 'longTermNeeds', result: 'met', note: '' },
    ]);
    expect(decision).toEqual({
      ...recorded,
      kind: 'decision',
      right: 'koordinator',
      outcome: 'granted',
      reasons: '',
      legalBasis: '',
      decisionDate: '2016-02-01',
      notifiedDate: '2016-02-02',
    });
    expect(appeal).toEqual(steps[5]);
  });

  it('keeps of a service only its unit and status', () => {
    const services = [{ serviceUnitId: 3, provider: 'Fastlege Olsen', contact: 'o@l.no', status: 'needs' }];
    expect(scrubServices([{ ...services[0], ...extra } as never])).toEqual([
      { serviceUnitId: 3, provider: '', contact: '', status: 'needs' },
    ]);
  });

  it('leaves no stored key outside the allow-list in the register after anonymising', async () => {
    const clock: Clock = { now: new Date() };
    const r = await retentionRegister(clock);
    await withRawDb(r.core.dataDir, (db) => {
      db.prepare("UPDATE case_steps SET data = json_set(data, '$.guardianNote', ?) WHERE case_id = ?").run(
        EMMA.name,
        r.emmaCase,
      );
      db.prepare("UPDATE cases SET services = json_set(services, '$[0].note', ?) WHERE id = ?").run(
        EMMA.name,
        r.emmaCase,
      );
    });
    clock.now = new Date('2026-07-01T08:00:00');
    await apply(r.core, [r.emmaCase]);
    await withRawDb(r.core.dataDir, (db) => {
      const stored = JSON.stringify([
        db.prepare('SELECT data FROM case_steps WHERE case_id = ?').all(r.emmaCase),
        db.prepare('SELECT services FROM cases WHERE id = ?').get(r.emmaCase),
      ]);
      expect(stored).not.toContain(EMMA.name);
      expect(stored).not.toContain('guardianNote');
    });
  });
});
