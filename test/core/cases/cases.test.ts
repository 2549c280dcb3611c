import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { NewCaseInput } from '@shared/api/cases';

import { ADMIN, newCore, setUpCore, withRawDb } from '../harness';

// 2027-03-01 is a Monday; every test runs on the same clock.
const now = () => new Date('2027-03-01T10:00:00');

const newChild = (over: Partial<NewCaseInput> = {}): NewCaseInput => ({
  receivedDate: '2027-02-01',
  channel: 'electronicForm',
  appliedBy: 'guardian',
  rightsRequested: ['barnekoordinator', 'individuellPlan'],
  needDescription: 'Alvorlig hjertefeil',
  person: { name: 'Emma Testrud', nationalId: nationalIdFor('2019-05-17', { synthetic: true }) },
  ...over,
});

describe('cases: from application to decision', () => {
  it('registers a person and a case in one call, numbers it by year, and derives its status', async () => {
    const { core } = await setUpCore({ now, allowSyntheticIds: true });
    const first = await core.ok('cases.create', newChild());
    expect(first.record.caseNumber).toBe('2027-0001');
    expect(first.person.birthDate).toBe('2019-05-17');
    expect(first.overview.status).toBe('received');
    const interim = first.overview.deadlines.find((d) => d.kind === 'interimReply');
    // 1 March 2027 is a Monday: the interim reply is due that day.
    expect(interim).toMatchObject({ dueDate: '2027-03-01', legalReference: 'forvaltningsloven § 11 a' });
    const second = await core.ok('cases.create', {
      ...newChild(),
      person: undefined,
      personId: first.person.id,
    });
    expect(second.record.caseNumber).toBe('2027-0002');
    expect(second.person.id).toBe(first.person.id);
  });

  it('offers the existing person instead of registering the same fødselsnummer twice', async () => {
    const { core } = await setUpCore({ now, allowSyntheticIds: true });
    const first = await core.ok('cases.create', newChild());
    const match = await core.ok('persons.findByNationalId', { nationalId: first.person.nationalId });
    expect(match?.person.id).toBe(first.person.id);
    expect(match?.cases.map((c) => c.caseNumber)).toEqual(['2027-0001']);
    const error = await core.fails('cases.create', newChild());
    expect(error).toMatchObject({
      code: 'CONFLICT',
      fields: { 'person.nationalId': 'validation.personExists' },
    });
    expect((await core.ok('cases.list', {})).all).toBe(1);
  });

  it('refuses a synthetic fødselsnummer in a normal register', async () => {
    const { core } = await setUpCore({ now });
    const error = await core.fails('cases.create', newChild());
    expect(error.fields).toEqual({ 'person.nationalId': 'validation.nationalIdSynthetic' });
    const real = await core.ok('cases.create', {
      ...newChild(),
      person: { name: 'Emma Testrud', nationalId: nationalIdFor('2019-05-17') },
    });
    expect(real.person.birthDate).toBe('2019-05-17');
  });

  it('runs a case for an unborn child through decision, appeal and closing', async () => {
    const { core } = await setUpCore({ now, allowSyntheticIds: true });
    const created = await core.ok(
      'cases.create',
      newChild({ person: { name: 'Baby Prøvesen', dueDate: '2027-05-20' } }),
    );
    expect(created.overview.ageToday).toBeNull();
    const caseId = created.record.id;
    const step = (s: Parameters<typeof core.ok<'cases.recordStep'>>[1]['step']) =>
      core.ok('cases.recordStep', { caseId, step: s });
    await step({ kind: 'mapping', date: '2027-02-05', form: 'homeVisit', participants: 'Mor, far, KE' });
    await step({ kind: 'consent', type: 'process', givenBy: 'guardian', date: '2027-02-05' });
    await step({
      kind: 'assessment',
      right: 'barnekoordinator',
      date: '2027-02-10',
      conditions: [
        { key: 'seriousCondition', result: 'met' },
        { key: 'complexServicesAndWelfare', result: 'met' },
        { key: 'parentsWant', result: 'met' },
      ],
    });
    const decided = await step({
      kind: 'decision',
      right: 'barnekoordinator',
      outcome: 'granted',
      decisionDate: '2027-02-12',
      notifiedDate: '2027-02-15',
    });
    expect(decided.overview.rights.find((r) => r.right === 'barnekoordinator')?.ageConditionMet).toBe(true);
    const refused = await step({
      kind: 'decision',
      right: 'individuellPlan',
      outcome: 'refused',
      decisionDate: '2027-02-12',
      notifiedDate: '2027-02-15',
    });
    expect(refused.overview.status).toBe('decided');
    const appealDeadline = refused.overview.deadlines.find(
      (d) => d.kind === 'appeal' && d.right === 'individuellPlan',
    );
    // 15 Feb + 4 weeks = Monday 15 March 2027.
    expect(appealDeadline).toMatchObject({ dueDate: '2027-03-15', state: 'running' });
    const decisionId = refused.record.steps.find(
      (s) => s.kind === 'decision' && s.right === 'individuellPlan',
    )!.id;
    const appealed = await step({ kind: 'appeal', decisionId, receivedDate: '2027-02-25' });
    expect(appealed.overview.status).toBe('appealed');
    const appeal = appealed.record.steps.find((s) => s.kind === 'appeal')!;
    const forwarded = await step({
      kind: 'appeal',
      id: appeal.id,
      decisionId,
      receivedDate: '2027-02-25',
      reassessment: 'notUpheld',
      reassessmentDate: '2027-02-26',
      forwardedDate: '2027-02-26',
    });
    expect(forwarded.overview.status).toBe('atGovernor');
    const closed = await step({ kind: 'closing', date: '2027-03-01', reason: 'other' });
    expect(closed.overview.status).toBe('closed');
    expect(closed.record.steps.map((s) => s.recordedBy)).toContain('kari.admin');
    const list = await core.ok('cases.list', { status: 'closed' });
    expect(list.rows.map((r) => r.id)).toEqual([caseId]);
  });

  it('writes the list’s stored columns again when a new version derives them differently', async () => {
    const { core } = await setUpCore({ now, allowSyntheticIds: true });
    const created = await core.ok('cases.create', newChild());
    core.close();
    // As an older version would have left them: another status, and its own summary key.
    await withRawDb(core.dataDir, (db) => {
      db.prepare("UPDATE cases SET status = 'closed', office_deadline = NULL").run();
      db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(
        'case.summariesDerivedWith',
        JSON.stringify('0:old'),
      );
    });
    const again = newCore({ dataDir: core.dataDir, now, allowSyntheticIds: true });
    await again.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    const [row] = (await again.ok('cases.list', {})).rows;
    expect(row).toMatchObject({ id: created.record.id, status: 'received', officeDeadline: '2027-03-01' });
  });

  it('shows each deadline with the legal reference the municipality has set, since laws are renumbered', async () => {
    const { core } = await setUpCore({ now, allowSyntheticIds: true });
    const created = await core.ok('cases.create', newChild());
    const rules = await core.ok('cases.rules', {});
    expect(rules.legalReferences.interimReply).toBe('forvaltningsloven § 11 a');

    const saved = await core.ok('cases.updateRules', {
      ...rules,
      legalReferences: { interimReply: '  forvaltningslova § 11 a  ' },
    });
    // Only what was sent changes; text is trimmed.
    expect(saved.legalReferences).toEqual({
      ...rules.legalReferences,
      interimReply: 'forvaltningslova § 11 a',
    });
    const after = await core.ok('cases.get', { id: created.record.id });
    expect(after.overview.deadlines.find((d) => d.kind === 'interimReply')?.legalReference).toBe(
      'forvaltningslova § 11 a',
    );
    const logged = (await core.ok('audit.list', { limit: 5 })).rows.find((r) => r.entity === 'settings');
    expect(logged?.fields).toEqual(['legalReferences.interimReply']);

    const refused = await core.fails('cases.updateRules', {
      ...rules,
      legalReferences: { appealRight: ' ' },
    });
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      fields: { 'legalReferences.appealRight': 'validation.required' },
    });
  });
});
