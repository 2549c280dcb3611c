import { describe, expect, it } from 'vitest';

import { loadCase } from '@core/cases/casesRepo';
import { recordSteps } from '@core/cases/caseWriter';
import { nationalIdFor } from '@core/demo/syntheticIds';
import { flushDerived, type Writer } from '@core/derived/writer';
import type { Db } from '@core/storage/database';

import { setUpCore, withRawDb } from '../harness';

const now = () => new Date('2027-03-01T10:00:00');

/** A received case with no steps yet, and a writer on it that defers the refresh as the demo's does. */
async function receivedCase() {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  const created = await core.ok('cases.create', {
    receivedDate: '2027-01-04',
    channel: 'oral',
    appliedBy: 'guardian',
    rightsRequested: ['barnekoordinator'],
    person: { name: 'Jonas Demoli', nationalId: nationalIdFor('2015-08-30', { synthetic: true }) },
  });
  const audit: string[] = [];
  const writer = (db: Db): Writer => ({
    db,
    today: '2027-03-01',
    at: '2027-03-01T10:00:00.000Z',
    by: 'demo',
    allowSyntheticIds: true,
    audit: (entry) => audit.push(`${entry.action} ${entry.fields?.[0]}`),
    deferred: new Set(),
  });
  return { core, caseId: created.record.id, writer, audit };
}

const decision = {
  kind: 'decision',
  right: 'barnekoordinator',
  outcome: 'granted',
  reasons: '',
  legalBasis: '',
  decisionDate: '2027-02-01',
  notifiedDate: '2027-02-02',
} as const;
const closing = { kind: 'closing', date: '2027-02-20', reason: 'other', note: '' } as const;

describe("recordSteps (the demo's way to write a case's steps)", () => {
  it('judges each step against the steps written before it in the same call', async () => {
    const { core, caseId, writer } = await receivedCase();
    await withRawDb(core.dataDir, (db) => {
      const consent = {
        kind: 'consent',
        type: 'informationSharing',
        givenBy: 'guardian',
        givenByName: '',
        date: '2027-02-10',
        validUntil: null,
        scope: '',
        withdrawnDate: null,
      } as const;
      // After the closing the case takes nothing but a reopening, as on the case page.
      expect(() => recordSteps(writer(db), caseId, [decision, closing, consent])).toThrow(
        expect.objectContaining({ code: 'CASE_CLOSED' }),
      );
    });
  });

  it('writes, logs each step, and leaves the summary to the deferred refresh', async () => {
    const { core, caseId, writer, audit } = await receivedCase();
    const summary = (db: Db) =>
      db.prepare('SELECT status, closed_date FROM cases WHERE id = ?').get(caseId) as {
        status: string;
        closed_date: string | null;
      };
    await withRawDb(core.dataDir, (db) => {
      const w = writer(db);
      const ids = recordSteps(w, caseId, [decision, closing]);
      expect(loadCase(db, caseId)!.steps.map((s) => s.id)).toEqual(ids);
      expect(audit).toEqual([`step_create decision:${ids[0]}`, `step_create closing:${ids[1]}`]);
      expect(summary(db).status).not.toBe('closed');
      flushDerived(w);
      expect(summary(db)).toEqual({ status: 'closed', closed_date: '2027-02-20' });
    });
  });
});
