import { describe, expect, it } from 'vitest';

import type { appealFilters, StepInput } from '@shared/api/cases';
import type { Appeal, Right } from '@shared/domain/case';
import { appealStage } from '@shared/domain/caseOutcomes';

import { ADMIN, newCore, setUpCore, withRawDb, type TestCore } from '../harness';

// Monday 1 March 2027.
const now = () => new Date('2027-03-01T10:00:00');

type Decision = Extract<StepInput, { kind: 'decision' }>;
const decision = (right: Right, outcome: Decision['outcome'], decisionDate = '2027-01-20'): Decision => ({
  kind: 'decision',
  right,
  outcome,
  decisionDate,
  notifiedDate: decisionDate,
});

/** A case for a new person with these decisions; an appeal (if any) is against the first. */
async function caseWith(
  core: TestCore,
  name: string,
  rights: Right[],
  decisions: Decision[],
  appeal?: Partial<Extract<StepInput, { kind: 'appeal' }>>,
): Promise<number> {
  const created = await core.ok('cases.create', {
    receivedDate: '2027-01-04',
    channel: 'electronicForm',
    appliedBy: 'person',
    rightsRequested: rights,
    person: { name, birthDate: '2012-05-05' },
  });
  const caseId = created.record.id;
  let first: number | undefined;
  for (const step of decisions) {
    const detail = await core.ok('cases.recordStep', { caseId, step });
    first ??= detail.record.steps.find((s) => s.kind === 'decision')!.id;
  }
  if (appeal) {
    await core.ok('cases.recordStep', {
      caseId,
      step: { kind: 'appeal', decisionId: first!, receivedDate: '2027-02-01', ...appeal },
    });
  }
  return caseId;
}

/** Eight cases: decisions with every outcome that matters, replaced decisions, and every appeal stage. */
async function register() {
  const { core } = await setUpCore({ now });
  await caseWith(
    core,
    'Anna Avslag',
    ['koordinator', 'individuellPlan'],
    [decision('koordinator', 'refused'), decision('individuellPlan', 'granted')],
  );
  // Refused first, granted by a later decision: the refusal is no longer in force.
  await caseWith(
    core,
    'Berit Bytte',
    ['koordinator'],
    [decision('koordinator', 'refused', '2027-01-10'), decision('koordinator', 'granted', '2027-02-20')],
  );
  // The same day twice: the one recorded last is in force.
  await caseWith(
    core,
    'Hedda Samedag',
    ['individuellPlan'],
    [decision('individuellPlan', 'refused'), decision('individuellPlan', 'granted')],
  );
  await caseWith(core, 'Carl Klager', ['barnekoordinator'], [decision('barnekoordinator', 'refused')], {});
  await caseWith(core, 'Dina Videre', ['koordinator'], [decision('koordinator', 'refused')], {
    reassessment: 'notUpheld',
    reassessmentDate: '2027-02-05',
    forwardedDate: '2027-02-06',
  });
  await caseWith(core, 'Even Avgjort', ['individuellPlan'], [decision('individuellPlan', 'refused')], {
    reassessment: 'notUpheld',
    reassessmentDate: '2027-02-05',
    forwardedDate: '2027-02-06',
    governorOutcome: 'notUpheld',
    governorOutcomeDate: '2027-02-25',
  });
  await caseWith(core, 'Frida Medhold', ['koordinator'], [decision('koordinator', 'partlyGranted')], {
    reassessment: 'upheld',
    reassessmentDate: '2027-02-05',
  });
  await caseWith(core, 'Gustav Venter', ['koordinator'], []);
  return core;
}

const names = (list: { rows: { personName: string }[] }) => list.rows.map((r) => r.personName).sort();

describe('the case list’s decision and appeal filters', () => {
  it('finds the refused koordinator decisions in force, not one replaced by a grant, and not another right’s refusal', async () => {
    const core = await register();
    const refusedK = await core.ok('cases.list', { outcome: 'refused', outcomeRight: 'koordinator' });
    expect(names(refusedK)).toEqual(['Anna Avslag', 'Dina Videre']);
    expect(refusedK.total).toBe(2);

    expect(names(await core.ok('cases.list', { outcome: 'refused' }))).toEqual([
      'Anna Avslag',
      'Carl Klager',
      'Dina Videre',
      'Even Avgjort',
    ]);
    // Anna has one right granted and one refused: she is found by either.
    expect(names(await core.ok('cases.list', { outcome: 'granted' }))).toEqual([
      'Anna Avslag',
      'Berit Bytte',
      'Hedda Samedag',
    ]);
    expect(names(await core.ok('cases.list', { outcome: 'partlyGranted' }))).toEqual(['Frida Medhold']);
    // The right alone: it has a decision, whatever it says.
    expect(names(await core.ok('cases.list', { outcomeRight: 'koordinator' }))).toEqual([
      'Anna Avslag',
      'Berit Bytte',
      'Dina Videre',
      'Frida Medhold',
    ]);
  });

  it('finds cases by where their appeal stands: with the municipality, at Statsforvalteren, decided', async () => {
    const core = await register();
    const at = async (appeal: (typeof appealFilters)[number]) =>
      names(await core.ok('cases.list', { appeal }));
    expect(await at('any')).toEqual(['Carl Klager', 'Dina Videre', 'Even Avgjort', 'Frida Medhold']);
    expect(await at('atMunicipality')).toEqual(['Carl Klager']);
    expect(await at('atGovernor')).toEqual(['Dina Videre']);
    expect(await at('decidedByGovernor')).toEqual(['Even Avgjort']);
    expect(await at('decidedByMunicipality')).toEqual(['Frida Medhold']);
  });

  it('shows each row’s decisions in force and its appeal’s stage', async () => {
    const core = await register();
    const rows = (await core.ok('cases.list', { status: undefined, sort: 'personName', desc: false })).rows;
    const row = (name: string) => rows.find((r) => r.personName === name)!;
    expect(row('Anna Avslag').decisions).toEqual([
      { right: 'individuellPlan', outcome: 'granted' },
      { right: 'koordinator', outcome: 'refused' },
    ]);
    expect(row('Berit Bytte').decisions).toEqual([{ right: 'koordinator', outcome: 'granted' }]);
    expect(row('Gustav Venter')).toMatchObject({ decisions: [], appeals: [] });
    expect(row('Carl Klager').appeals).toEqual(['atMunicipality']);
    expect(row('Dina Videre').appeals).toEqual(['atGovernor']);
    expect(row('Even Avgjort').appeals).toEqual(['decidedByGovernor']);
    expect(row('Frida Medhold').appeals).toEqual(['decidedByMunicipality']);
  });

  it('says which decision in force awaits a new one after an appeal found for the family, and still filters on it', async () => {
    const core = await register();
    await caseWith(core, 'Ivar Omgjort', ['koordinator'], [decision('koordinator', 'refused')], {
      reassessment: 'notUpheld',
      reassessmentDate: '2027-02-05',
      forwardedDate: '2027-02-06',
      governorOutcome: 'upheld',
      governorOutcomeDate: '2027-02-25',
    });
    const rows = (await core.ok('cases.list', { status: undefined })).rows;
    const row = (name: string) => rows.find((r) => r.personName === name)!;
    expect(row('Ivar Omgjort').decisions).toEqual([
      { right: 'koordinator', outcome: 'refused', awaitingNewDecision: true },
    ]);
    expect(row('Frida Medhold').decisions).toEqual([
      { right: 'koordinator', outcome: 'partlyGranted', awaitingNewDecision: true },
    ]);
    // Not appealed with success: no new decision is awaited.
    expect(row('Even Avgjort').decisions).toEqual([{ right: 'individuellPlan', outcome: 'refused' }]);
    const refusedK = await core.ok('cases.list', { outcome: 'refused', outcomeRight: 'koordinator' });
    expect(names(refusedK)).toEqual(['Anna Avslag', 'Dina Videre', 'Ivar Omgjort']);
  });

  it('works with the status filter and its counts, the sort and the pages', async () => {
    const core = await register();
    const refused = { outcome: 'refused', status: undefined, sort: 'personName', desc: false } as const;
    const second = await core.ok('cases.list', { ...refused, limit: 2, offset: 2 });
    expect(second.rows.map((r) => r.personName)).toEqual(['Dina Videre', 'Even Avgjort']);
    expect(second.total).toBe(4);
    // Counted per status within the filter: one decided, one with the municipality, one at
    // Statsforvalteren, and Even's case decided by Statsforvalteren is decided again.
    expect(second.statusCounts).toMatchObject({ decided: 2, appealed: 1, atGovernor: 1, received: 0 });
    const atGovernor = await core.ok('cases.list', { ...refused, status: 'atGovernor' });
    expect(atGovernor.rows.map((r) => r.personName)).toEqual(['Dina Videre']);
    expect(
      names(await core.ok('cases.list', { outcome: 'refused', outcomeRight: 'koordinator', appeal: 'any' })),
    ).toEqual(['Dina Videre']);
  });

  it('refuses filter values it does not know, and logs which filters were used', async () => {
    const core = await register();
    for (const bad of [
      { outcome: 'avslått' },
      { outcome: "refused' OR 1=1 --" },
      { outcomeRight: 'koordinator%' },
      { appeal: 'pending' },
      { appeal: ['any'] },
    ]) {
      const error = await core.fails('cases.list', bad);
      expect(error.code, JSON.stringify(bad)).toBe('VALIDATION');
      expect(error.message).toBe('Noen felt er ikke riktig fylt ut. Se meldingene ved feltene.');
      expect(Object.keys(error.fields ?? {})).toEqual(Object.keys(bad));
    }
    await core.ok('cases.list', { outcome: 'refused', appeal: 'any' });
    const logged = (await core.ok('audit.list', { limit: 2 })).rows[1]!;
    expect(logged.fields.slice(0, 2)).toEqual(['outcome', 'appeal']);
  });
});

describe('an appeal’s stage', () => {
  const dated = (v: unknown) => (v === null ? null : '2027-02-01');
  const appeal = (
    reassessment: Appeal['reassessment'],
    forwarded: boolean,
    governorOutcome: Appeal['governorOutcome'],
  ): Appeal => ({
    kind: 'appeal',
    id: 1,
    decisionId: 1,
    receivedDate: '2027-01-20',
    reassessment,
    reassessmentDate: dated(reassessment),
    forwardedDate: forwarded ? '2027-02-01' : null,
    governorOutcome,
    governorOutcomeDate: dated(governorOutcome),
    recordedBy: 'test',
    recordedAt: '2027-01-20T10:00:00.000Z',
  });

  it('follows the appeal from the municipality to Statsforvalteren and back, as the case status does', () => {
    expect(appealStage(appeal(null, false, null))).toBe('atMunicipality');
    // Not upheld and not yet forwarded: still the municipality's to send on.
    expect(appealStage(appeal('notUpheld', false, null))).toBe('atMunicipality');
    expect(appealStage(appeal('partlyUpheld', true, null))).toBe('atGovernor');
    // Forwarded before the re-assessment was recorded: Statsforvalteren has it (status atGovernor).
    expect(appealStage(appeal(null, true, null))).toBe('atGovernor');
    expect(appealStage(appeal('notUpheld', true, 'quashed'))).toBe('decidedByGovernor');
    expect(appealStage(appeal('upheld', false, null))).toBe('decidedByMunicipality');
  });
});

describe('a register from before the decision filters', () => {
  it('fills the stored decisions and appeal stages when it is opened, so the filters find its old cases', async () => {
    const core = await register();
    core.close();
    // As schema v8 left them: the new columns at their default, the summaries of version 1.
    await withRawDb(core.dataDir, (db) => {
      db.prepare("UPDATE cases SET decision_outcomes = '[]', appeal_stages = '[]'").run();
      db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(
        'case.summariesDerivedWith',
        JSON.stringify('1:old'),
      );
    });
    const again = newCore({ dataDir: core.dataDir, now });
    await again.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    const refusedK = await again.ok('cases.list', { outcome: 'refused', outcomeRight: 'koordinator' });
    expect(names(refusedK)).toEqual(['Anna Avslag', 'Dina Videre']);
    expect(names(await again.ok('cases.list', { appeal: 'atGovernor' }))).toEqual(['Dina Videre']);
  });
});
