import { expect } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { NewCaseInput } from '@shared/api/cases';

import { setUpCore, withRawDb, type TestCore } from '../harness';

export const now = () => new Date('2027-03-01T10:00:00');

const application = (name: string, birthDate: string, change: Partial<NewCaseInput> = {}): NewCaseInput => ({
  receivedDate: '2027-01-04',
  channel: 'oral',
  appliedBy: 'guardian',
  rightsRequested: ['barnekoordinator', 'individuellPlan'],
  person: {
    name,
    nationalId: nationalIdFor(birthDate, { synthetic: true }),
    address: 'Storgata 1\n1870 Ørje',
    relations: [
      {
        name: 'Mona Demoli',
        relation: 'mother',
        parentalResponsibility: true,
        address: 'Elvegata 2\n1870 Ørje',
      },
      { name: 'Per Demoli', relation: 'father', parentalResponsibility: true },
    ],
  },
  ...change,
});

/**
 * A register on 1 March 2027 in "Marker kommune" with a letterhead:
 * - Jonas (a child), case A: barnekoordinator and IP asked for 4 January; barnekoordinator granted
 *   20 January with reasons (the family told 22 January); IP not decided.
 * - Emma, case B: a refused IP on 10 February, not yet told; the case then closed 20 February.
 */
export async function letterRegister() {
  const { core } = await setUpCore({ now, allowSyntheticIds: true, idleTimeoutMsOverride: 2 ** 40 });
  await core.ok('settings.update', { municipalityName: 'Marker kommune', idleTimeoutMinutes: 10 });
  const settings = await core.ok('letters.settings', {});
  await core.ok('letters.updateSettings', {
    ...settings,
    address: 'Postboks 114\n1870 Ørje',
    phone: '69 81 05 00',
    email: 'postmottak@marker.kommune.no',
    appealInstance: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus',
  });

  const a = (await core.ok('cases.create', application('Jonas Demoli', '2015-08-30'))).record;
  const granted = await core.ok('cases.recordStep', {
    caseId: a.id,
    step: {
      kind: 'decision',
      right: 'barnekoordinator',
      outcome: 'granted',
      reasons: 'Familien har behov for langvarige og koordinerte tjenester.',
      legalBasis: '',
      decisionDate: '2027-01-20',
      notifiedDate: '2027-01-22',
    },
  });
  const decisionA = granted.record.steps.find((s) => s.kind === 'decision')!.id;

  const b = (
    await core.ok(
      'cases.create',
      application('Emma Demoli', '1990-04-12', { rightsRequested: ['individuellPlan'] }),
    )
  ).record;
  const refused = await core.ok('cases.recordStep', {
    caseId: b.id,
    step: {
      kind: 'decision',
      right: 'individuellPlan',
      outcome: 'refused',
      reasons: 'Vilkåret om samtykke er ikke oppfylt.',
      legalBasis: 'pasient- og brukerrettighetsloven § 2-5',
      decisionDate: '2027-02-10',
      notifiedDate: null,
    },
  });
  const decisionB = refused.record.steps.find((s) => s.kind === 'decision')!.id;
  await core.ok('cases.recordStep', {
    caseId: b.id,
    step: { kind: 'closing', date: '2027-02-20', reason: 'other' },
  });
  return { core, ids: { a: a.id, b: b.id, decisionA, decisionB } };
}

/** The letters, the case steps and the number of audit rows: "nothing written" in one value. */
export async function letterFingerprint(core: TestCore): Promise<string> {
  return withRawDb(core.dataDir, (db) =>
    JSON.stringify([
      db.prepare('SELECT * FROM letters ORDER BY id').all(),
      db.prepare('SELECT * FROM case_steps ORDER BY id').all(),
      db.prepare("SELECT value FROM settings WHERE key = 'letters.settings'").all(),
      // Not the day's backup, which core's timer takes (logged) whenever it gets a turn.
      db.prepare("SELECT count(*) AS n FROM audit WHERE action <> 'backup'").get(),
    ]),
  );
}

export async function expectNothingWritten(core: TestCore, call: () => Promise<unknown>) {
  const before = await letterFingerprint(core);
  await call();
  expect(await letterFingerprint(core)).toBe(before);
}

/** The audit rows written since `after` (an audit id), reads of the log itself left out. */
export async function auditSince(core: TestCore, after: number) {
  const { rows } = await core.ok('audit.list', { limit: 200 });
  return rows
    .filter((r) => r.id > after && r.entity !== 'audit')
    .reverse()
    .map((r) => ({ action: r.action, entity: r.entity, entityId: r.entityId, fields: r.fields }));
}

export const lastAuditId = async (core: TestCore) => (await core.ok('audit.list', { limit: 1 })).rows[0]!.id;
