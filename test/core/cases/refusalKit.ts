import { expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { ChannelName } from '@shared/api';
import type { NewCaseInput } from '@shared/api/cases';

import { setUpCore, type TestCore } from '../harness';

/** A register with one case and its decision, and the checks that a refused call writes nothing. */

export const now = () => new Date('2027-03-01T10:00:00');

export const application: NewCaseInput = {
  receivedDate: '2027-02-01',
  channel: 'oral',
  appliedBy: 'guardian',
  rightsRequested: ['barnekoordinator'],
  person: { name: 'Jonas Demoli', nationalId: nationalIdFor('2015-08-30', { synthetic: true }) },
};

/** What the register holds about cases and persons, and the length of the log. */
async function fingerprint(core: TestCore) {
  const audit = await core.ok('audit.list', { limit: 1 });
  const data = JSON.stringify([
    await core.dispatch('cases.list', { limit: 500 }),
    await core.dispatch('cases.get', { id: 1 }),
  ]);
  return { data, auditRows: audit.total };
}

/** Fails if the call writes anything: data or log (the fingerprint's own reads are logged too). */
export async function expectNothingWritten(core: TestCore, call: () => Promise<unknown>) {
  const first = await fingerprint(core);
  const second = await fingerprint(core);
  const ownRows = second.auditRows - first.auditRows;
  await call();
  const after = await fingerprint(core);
  expect(after.data).toBe(second.data);
  expect(after.auditRows - second.auditRows).toBe(ownRows);
}

export async function registerWithDecision() {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  const created = await core.ok('cases.create', application);
  const decided = await core.ok('cases.recordStep', {
    caseId: created.record.id,
    step: {
      kind: 'decision',
      right: 'barnekoordinator',
      outcome: 'refused',
      decisionDate: '2027-02-10',
      notifiedDate: '2027-02-11',
    },
  });
  return { core, caseId: created.record.id, decisionId: decided.record.steps[0]!.id };
}

export type Refusal = [
  ChannelName,
  string,
  (ids: { caseId: number; decisionId: number }) => unknown,
  string,
  Record<string, string>?,
];

/**
 * The two checks every contract's refusals make, inside the caller's describe: each of its channels
 * has a refusal, and each refusal is a typed error that writes nothing and leaks no stack.
 */
export function itRefusesEach(feature: string, api: object, refusals: readonly Refusal[]) {
  it(`has a refusal case for every channel of ${feature}`, () => {
    const covered = new Set(refusals.map(([channel]) => channel));
    expect(Object.keys(api).filter((c) => !covered.has(c as ChannelName))).toEqual([]);
  });

  it.each(refusals)('%s refuses %s', async (channel, _what, input, code, fields) => {
    const { core, caseId, decisionId } = await registerWithDecision();
    await expectNothingWritten(core, async () => {
      const error = await core.fails(channel, input({ caseId, decisionId }));
      expect(error.code).toBe(code);
      if (fields) expect(error.fields).toEqual(fields);
      expect(error.message).not.toMatch(/at \w+ \(|Error:/);
    });
  });
}
