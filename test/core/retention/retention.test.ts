import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';

import { setUpCore, withRawDb } from '../harness';
import { apply, EMMA, JONAS, retentionRegister, type Clock } from './retentionRegister';

const clock: Clock = { now: new Date() };
const expiredIds = async (core: Awaited<ReturnType<typeof retentionRegister>>['core']) =>
  (await core.ok('retention.expired', {})).cases.map((c) => c.caseId);

describe('the retention settings', () => {
  it('start at ten years and anonymising, are logged when changed, and keep to their range', async () => {
    const { core } = await setUpCore();
    expect(await core.ok('retention.settings', {})).toEqual({ years: 10, action: 'anonymise' });
    expect(await core.ok('retention.updateSettings', { years: 5, action: 'delete' })).toEqual({
      years: 5,
      action: 'delete',
    });
    expect(await core.ok('retention.settings', {})).toEqual({ years: 5, action: 'delete' });
    for (const years of [0, 51, 2.5]) {
      const refused = await core.fails('retention.updateSettings', { years, action: 'delete' });
      // Core keeps the contract's own messages of the shared `validation.` texts only.
      expect(refused.fields).toEqual({ years: 'validation.invalid' });
    }
    const log = await core.ok('audit.list', { entity: 'settings' } as never);
    const rows = (log as { rows: { action: string; fields: string[] }[] }).rows;
    expect(rows.some((r) => r.action === 'update' && r.fields.includes('retention.years'))).toBe(true);
  });

  it('are for administrators only, as are the list and the step', async () => {
    const { core } = await setUpCore();
    await core.ok('users.create', {
      username: 'sara.sb',
      displayName: 'Sara Saksbehandler',
      role: 'saksbehandler',
      password: 'et langt passord for sara',
    } as never);
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'sara.sb', password: 'et langt passord for sara' });
    for (const channel of ['retention.settings', 'retention.expired'] as const)
      expect((await core.fails(channel, {})).code).toBe('FORBIDDEN');
    const refused = await core.fails('retention.apply', { caseIds: [1], action: 'delete', confirmCount: 1 });
    expect(refused.code).toBe('FORBIDDEN');
  });
});

describe('the closed cases past their time', () => {
  it('are those whose closing date plus the years is today or before, with their archive copy', async () => {
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-06-29T12:00:00');
    expect(await expiredIds(r.core)).toEqual([]);
    clock.now = new Date('2026-06-30T08:00:00');
    const list = await r.core.ok('retention.expired', {});
    expect(list.today).toBe('2026-06-30');
    expect(list.cases).toEqual([
      {
        caseId: r.emmaCase,
        caseNumber: '2016-0001',
        personName: EMMA.name,
        closedDate: '2016-06-30',
        expiredDate: '2026-06-30',
        archiveCopyAt: null,
      },
    ]);
    await withRawDb(r.core.dataDir, (db) =>
      db
        .prepare('INSERT INTO archive_copies (case_id, made_at, made_by, documents) VALUES (?, ?, 1, 2)')
        .run(r.jonasOld, '2016-08-10T10:00:00.000Z'),
    );
    clock.now = new Date('2026-08-01T08:00:00');
    const later = await r.core.ok('retention.expired', {});
    expect(later.cases.map((c) => [c.caseNumber, c.personName, c.archiveCopyAt])).toEqual([
      ['2016-0001', EMMA.name, null],
      ['2016-0002', JONAS.name, '2016-08-10T10:00:00.000Z'],
    ]);
    // A shorter setting makes more expire; the open cases never do.
    await r.core.ok('retention.updateSettings', { years: 1, action: 'anonymise' });
    expect((await expiredIds(r.core)).sort()).toEqual([r.emmaCase, r.jonasOld].sort());
  });

  it('are read into the log naming the persons shown', async () => {
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-08-01T08:00:00');
    await r.core.ok('retention.expired', {});
    const last = await withRawDb(r.core.dataDir, (db) =>
      // The day's backup (core's timer) may log itself after the list on a busy machine.
      db
        .prepare("SELECT action, entity, fields FROM audit WHERE action <> 'backup' ORDER BY id DESC LIMIT 1")
        .get(),
    );
    expect(last).toEqual({
      action: 'list',
      entity: 'case',
      fields: JSON.stringify([`person:${r.emmaPerson}`, `person:${r.jonasPerson}`]),
    });
  });
});

describe('the confirmed step', () => {
  it('refuses a wrong count, a missing archive copy unconfirmed, a changed setting, and a case not expired', async () => {
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-08-01T08:00:00');
    const base = { caseIds: [r.emmaCase, r.jonasOld], action: 'anonymise', confirmWithoutArchiveCopy: true };
    expect((await r.core.fails('retention.apply', { ...base, confirmCount: 1 })).fields).toEqual({
      confirmCount: 'validation.invalid',
    });
    expect(
      (await r.core.fails('retention.apply', { ...base, confirmCount: 2, confirmWithoutArchiveCopy: false }))
        .fields,
    ).toEqual({ confirmWithoutArchiveCopy: 'retention.validation.archiveCopyMissing' });
    expect(
      (await r.core.fails('retention.apply', { ...base, confirmCount: 2, action: 'delete' })).fields,
    ).toEqual({ action: 'retention.validation.actionChanged' });
    // The same case twice, none at all, or a count that is not a number: refused before anything.
    for (const hostile of [
      { ...base, caseIds: [r.emmaCase, r.emmaCase], confirmCount: 2 },
      { ...base, caseIds: [], confirmCount: 0 },
      { ...base, confirmCount: '2' },
    ])
      expect((await r.core.fails('retention.apply', hostile)).code).toBe('VALIDATION');
    const notExpired = await r.core.fails('retention.apply', {
      ...base,
      caseIds: [r.emmaCase, r.liseCase, r.jonasNew],
      confirmCount: 3,
    });
    expect(notExpired.code).toBe('RETENTION_NOT_EXPIRED');
    expect(notExpired.message).toMatch(/Ingenting er endret/);
    const gone = await r.core.fails('retention.apply', {
      ...base,
      caseIds: [r.emmaCase, 999],
      confirmCount: 2,
    });
    expect(gone.code).toBe('RETENTION_NOT_EXPIRED');
    // Nothing happened: both are still listed, Emma's name is still hers.
    expect(await expiredIds(r.core)).toEqual([r.emmaCase, r.jonasOld]);
    expect((await r.core.ok('cases.get', { id: r.emmaCase })).person.name).toBe(EMMA.name);
  });

  it('anonymises: codes, dates and links stay; names, numbers, contact, relations, free text and letters go', async () => {
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-07-01T08:00:00');
    const before = await r.core.ok('cases.get', { id: r.emmaCase });
    expect(await apply(r.core, [r.emmaCase])).toEqual({
      action: 'anonymise',
      cases: 1,
      persons: 1,
      cleanupPending: false,
    });

    const after = await r.core.ok('cases.get', { id: r.emmaCase });
    expect(after.record.anonymisedAt).toBe(clock.now.toISOString());
    expect(after.person).toMatchObject({
      name: 'Anonymisert',
      nationalId: null,
      birthDate: null,
      dueDate: null,
      address: '',
      phone: '',
      email: '',
      relations: [],
    });
    expect(after.record).toMatchObject({ appliedByName: '', needDescription: '' });
    expect(after.record.services).toEqual([{ ...before.record.services[0], provider: '', contact: '' }]);
    // The steps keep kind, dates and outcomes; their texts are empty.
    const codes = (d: typeof before) =>
      d.record.steps.map((s) => [s.kind, 'right' in s ? s.right : null, 'outcome' in s ? s.outcome : null]);
    expect(codes(after)).toEqual(codes(before));
    const decisions = after.record.steps.filter((s) => s.kind === 'decision');
    expect(decisions.map((d) => [d.decisionDate, d.reasons, d.legalBasis])).toEqual([
      ['2016-02-01', '', ''],
      ['2016-02-01', '', ''],
    ]);
    const closing = after.record.steps.find((s) => s.kind === 'closing')!;
    expect(closing).toMatchObject({ date: '2016-06-30', reason: 'moved', note: '' });
    expect(after.overview.status).toBe(before.overview.status);
    expect(after.coordination).toEqual(before.coordination);

    await withRawDb(r.core.dataDir, (db) => {
      expect(db.prepare('SELECT birth_year FROM persons WHERE id = ?').get(r.emmaPerson)).toEqual({
        birth_year: 2009,
      });
      expect(db.prepare('SELECT count(*) AS n FROM letters WHERE case_id = ?').get(r.emmaCase)).toEqual({
        n: 0,
      });
      expect(db.prepare('SELECT count(*) AS n FROM drafts').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT text, status FROM plan_goals').all()).toEqual([
        { text: '', status: 'inProgress' },
      ]);
      expect(db.prepare('SELECT count(*) AS n FROM appointments WHERE case_id = ?').get(r.emmaCase)).toEqual({
        n: 1,
      });
      // Not one removed value anywhere in the tables (the audit log never held one).
      const everything = JSON.stringify(
        (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
          ({ name }) => db.prepare(`SELECT * FROM "${name}"`).all(),
        ),
      );
      for (const value of [
        EMMA.name,
        EMMA.address,
        EMMA.phone,
        EMMA.guardian,
        EMMA.need,
        EMMA.closingNote,
        EMMA.goal,
        EMMA.letter,
        'Fastlege Olsen',
        EMMA.birthDate,
        nationalIdFor(EMMA.birthDate, { synthetic: true }),
      ])
        expect(everything, value).not.toContain(value);
      const logged = db
        .prepare("SELECT entity, entity_id, fields FROM audit WHERE action = 'anonymise'")
        .all();
      expect(logged).toEqual([{ entity: 'case', entity_id: null, fields: '["cases:1","persons:1"]' }]);
    });

    // Not listed again; the list of cases no longer finds her by name.
    clock.now = new Date('2026-08-01T08:00:00');
    expect(await expiredIds(r.core)).toEqual([r.jonasOld]);
    expect((await r.core.ok('cases.list', { q: 'Fjellstrand' })).total).toBe(0);
  });

  it('keeps a person who still has a live case, and anonymises only the expired case’s own data', async () => {
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-08-01T08:00:00');
    expect(await apply(r.core, [r.jonasOld])).toEqual({
      action: 'anonymise',
      cases: 1,
      persons: 0,
      cleanupPending: false,
    });
    const live = await r.core.ok('cases.get', { id: r.jonasNew });
    expect(live.person).toMatchObject({ id: r.jonasPerson, name: JONAS.name, birthDate: JONAS.birthDate });
    expect(live.person.nationalId).not.toBeNull();
    const old = await r.core.ok('cases.get', { id: r.jonasOld });
    expect(old.person.id).not.toBe(r.jonasPerson);
    expect(old.person).toMatchObject({ name: 'Anonymisert', nationalId: null, birthDate: null });
    await withRawDb(r.core.dataDir, (db) => {
      expect(db.prepare('SELECT birth_year FROM persons WHERE id = ?').get(old.person.id)).toEqual({
        birth_year: 2011,
      });
      expect(db.prepare('SELECT person_id FROM cases WHERE person_id = ?').all(r.jonasPerson)).toHaveLength(
        1,
      );
    });

    // Both of a person's cases in one step: the person is anonymised in place, once.
    const again = await retentionRegister(clock);
    clock.now = new Date('2040-01-01T08:00:00');
    await again.core.ok('cases.recordStep', {
      caseId: again.jonasNew,
      step: { kind: 'closing', date: '2017-06-01', reason: 'needEnded', note: '' },
    } as never);
    expect(await apply(again.core, [again.jonasOld, again.jonasNew])).toMatchObject({ cases: 2, persons: 1 });
    const both = await Promise.all(
      [again.jonasOld, again.jonasNew].map((id) => again.core.ok('cases.get', { id })),
    );
    expect(both.map((d) => [d.person.id, d.person.name])).toEqual([
      [again.jonasPerson, 'Anonymisert'],
      [again.jonasPerson, 'Anonymisert'],
    ]);
  });

  it('deletes the case with everything on it, and the person when no case is left', async () => {
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-08-01T08:00:00');
    await r.core.ok('retention.updateSettings', { years: 10, action: 'delete' });
    await withRawDb(r.core.dataDir, (db) =>
      db
        .prepare('INSERT INTO archive_copies (case_id, made_at, made_by, documents) VALUES (?, ?, 1, 2)')
        .run(r.emmaCase, '2016-08-10T10:00:00.000Z'),
    );
    const counts = `SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM persons) AS persons,
      (SELECT count(*) FROM person_relations) AS relations, (SELECT count(*) FROM case_steps) AS steps,
      (SELECT count(*) FROM appointments) AS appointments, (SELECT count(*) FROM plans) AS plans,
      (SELECT count(*) FROM plan_goals) AS goals, (SELECT count(*) FROM letters) AS letters,
      (SELECT count(*) FROM archive_copies) AS copies, (SELECT count(*) FROM drafts) AS drafts`;
    const before = await withRawDb(r.core.dataDir, (db) => db.prepare(counts).get());
    expect(before).toMatchObject({
      cases: 4,
      persons: 3,
      relations: 1,
      plans: 1,
      letters: 1,
      copies: 1,
      drafts: 1,
    });

    expect(await apply(r.core, [r.emmaCase, r.jonasOld], 'delete')).toEqual({
      action: 'delete',
      cases: 2,
      persons: 1,
      cleanupPending: false,
    });
    const after = await withRawDb(r.core.dataDir, (db) => db.prepare(counts).get());
    expect(after).toMatchObject({
      cases: 2,
      persons: 2,
      relations: 0,
      appointments: 0,
      plans: 0,
      goals: 0,
      letters: 0,
      copies: 0,
      drafts: 0,
    });
    expect((await r.core.fails('cases.get', { id: r.emmaCase })).code).toBe('NOT_FOUND');
    // Jonas keeps his live case; the log keeps its rows and verifies.
    expect((await r.core.ok('cases.get', { id: r.jonasNew })).person.name).toBe(JONAS.name);
    expect((await r.core.ok('audit.verify', {} as never)) as { ok: boolean }).toMatchObject({ ok: true });
    const logged = await withRawDb(r.core.dataDir, (db) =>
      db.prepare("SELECT fields FROM audit WHERE action = 'delete' AND entity = 'case'").all(),
    );
    expect(logged).toEqual([{ fields: '["cases:2","persons:1"]' }]);
  });
});
