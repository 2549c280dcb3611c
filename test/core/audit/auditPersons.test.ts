import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { NewCaseInput } from '@shared/api/cases';

import { ADMIN, setUpCore, tempDir, withRawDb, type TestCore } from '../harness';

// 2027-03-01 is a Monday; the clock moves on a day for each phase of a test.
let clock = new Date('2027-03-01T10:00:00');
const now = () => clock;

const child = (name: string, born: string, over: Partial<NewCaseInput> = {}): NewCaseInput => ({
  receivedDate: '2027-02-01',
  channel: 'electronicForm',
  appliedBy: 'guardian',
  rightsRequested: ['barnekoordinator'],
  needDescription: 'Behov',
  person: { name, nationalId: nationalIdFor(born, { synthetic: true }) },
  ...over,
});

/** Two persons, Emma with two cases and Ola with one, and a saksbehandler who read Emma's first. */
async function register() {
  clock = new Date('2027-03-01T10:00:00');
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  const emma1 = await core.ok('cases.create', child('Emma Testrud', '2019-05-17'));
  const emma2 = await core.ok('cases.create', {
    ...child('x', '2019-05-17'),
    person: undefined,
    personId: emma1.person.id,
  });
  const ola = await core.ok('cases.create', child('Ola Ås', '2018-01-10'));
  await core.ok('users.create', {
    username: 'siv',
    displayName: 'Siv Saksbehandler',
    role: 'saksbehandler',
    password: 'tyttebær og multer på fjellet',
  });
  await as(core, 'siv', 'tyttebær og multer på fjellet', '2027-03-02T09:00:00');
  await core.ok('cases.get', { id: emma1.record.id });
  await core.ok('cases.list', {});
  await as(core, ADMIN.username, ADMIN.password, '2027-03-03T09:00:00');
  return { core, emma1, emma2, ola };
}

/** Logs out, lets the clock move on (a later day: the old session would have locked), logs in. */
async function as(core: TestCore, username: string, password: string, at?: string) {
  await core.ok('session.logout', {});
  if (at) clock = new Date(at);
  await core.ok('session.login', { username, password });
}

const summary = (rows: { action: string; entity: string; username: string; caseNumber: string | null }[]) =>
  rows.map((r) => `${r.username} ${r.action} ${r.entity} ${r.caseNumber ?? '-'}`);

describe('the log by person and by case', () => {
  it('indexes every row naming a person as it is written: fields, the person, the case’s person', async () => {
    const { core, emma1, ola } = await register();
    const index = await withRawDb(core.dataDir, (db) =>
      db
        .prepare(
          `SELECT a.action, a.entity, a.entity_id AS entityId, p.person_id AS personId
           FROM audit_persons p JOIN audit a ON a.id = p.audit_id ORDER BY a.id, p.person_id`,
        )
        .all(),
    );
    const emmaId = emma1.person.id;
    expect(index).toContainEqual({
      action: 'create',
      entity: 'person',
      entityId: String(emmaId),
      personId: emmaId,
    });
    expect(index).toContainEqual({
      action: 'create',
      entity: 'case',
      entityId: String(emma1.record.id),
      personId: emmaId,
    });
    // The list named both persons: one index row each.
    const list = index.filter((r) => (r as { action: string }).action === 'list');
    expect(list.map((r) => (r as { personId: number }).personId).sort()).toEqual(
      [emmaId, ola.person.id].sort(),
    );
  });

  it('gives a person’s rows with names, case numbers and who, and nobody else’s', async () => {
    const { core, emma1, emma2, ola } = await register();
    const { rows, total } = await core.ok('audit.list', { personId: emma1.person.id });
    expect(total).toBe(rows.length);
    expect(summary(rows)).toEqual([
      'kari.admin list audit -', // this look itself
      'siv list case -',
      'siv read case 2027-0001',
      `kari.admin create case 2027-0002`,
      `kari.admin create case 2027-0001`,
      `kari.admin create person -`,
    ]);
    const read = rows.find((r) => r.action === 'read')!;
    expect(read.userDisplayName).toBe('Siv Saksbehandler');
    expect(read.persons).toEqual([
      { id: emma1.person.id, name: 'Emma Testrud', caseNumbers: ['2027-0001', '2027-0002'] },
    ]);
    // Ola's own rows are not Emma's; the list that named both is.
    expect(rows.map((r) => r.caseNumber)).not.toContain(ola.record.caseNumber);
    expect(
      rows
        .find((r) => r.action === 'list' && r.entity === 'case')!
        .persons.map((p) => p.name)
        .sort(),
    ).toEqual(['Emma Testrud', 'Ola Ås']);
    void emma2;
  });

  it('gives a case’s own rows and the rows naming its person that belong to no other case', async () => {
    const { core, emma1, emma2 } = await register();
    const { rows } = await core.ok('audit.list', { caseId: emma1.record.id });
    expect(summary(rows)).toEqual([
      'kari.admin list audit -',
      'siv list case -',
      'siv read case 2027-0001',
      'kari.admin create case 2027-0001',
      'kari.admin create person -',
    ]);
    const byNumber = await core.ok('audit.list', { caseNumber: '2027-0001' });
    // The same rows, after the two looks at the log (this one and the one before).
    expect(summary(byNumber.rows).slice(2)).toEqual(summary(rows).slice(1));
    expect(byNumber).toMatchObject({ caseId: emma1.record.id, person: { name: 'Emma Testrud' } });
    expect((await core.ok('audit.list', { caseNumber: '1999-0001' })).total).toBe(0);
    const second = await core.ok('audit.list', { caseId: emma2.record.id });
    expect(summary(second.rows)).toContain('kari.admin create case 2027-0002');
    expect(summary(second.rows)).not.toContain('siv read case 2027-0001');
  });

  it('combines a person with user, action and period', async () => {
    const { core, emma1 } = await register();
    const personId = emma1.person.id;
    expect((await core.ok('audit.list', { personId, username: 'SIV' })).total).toBe(2);
    expect((await core.ok('audit.list', { personId, action: 'read' })).total).toBe(1);
    expect((await core.ok('audit.list', { personId, from: '2027-03-02', to: '2027-03-02' })).total).toBe(2);
    expect((await core.ok('audit.list', { personId, to: '2027-03-01' })).total).toBe(3);
    expect((await core.ok('audit.list', { personId, from: '2027-03-04' })).total).toBe(0);
  });

  it('logs a look at a person’s or a case’s log, naming the person and everyone the page showed', async () => {
    const { core, emma1, ola } = await register();
    await core.ok('audit.list', { caseId: emma1.record.id });
    const { rows } = await core.ok('audit.list', {
      personId: emma1.person.id,
      action: 'list',
      entity: 'audit',
    });
    // Emma's case log showed Siv's look at the list of cases, which named Ola too.
    expect(rows.map((r) => r.fields)).toEqual([
      [`person:${emma1.person.id}`, `person:${ola.person.id}`],
      [`case:${emma1.record.id}`, `person:${emma1.person.id}`, `person:${ola.person.id}`],
    ]);
    // So Ola learns that an administrator saw his name in the log.
    const olas = await core.ok('audit.personLog', { personId: ola.person.id });
    expect(olas.rows.filter((r) => r.action === 'list' && r.entity === 'audit')).toHaveLength(2);
  });

  it('puts an export of the whole register in the log of everyone who was in it then', async () => {
    const { core, emma1 } = await register();
    const folder = tempDir();
    await core.ok('registerExport.write', { folder });
    await as(core, ADMIN.username, ADMIN.password, '2027-03-05T09:00:00');
    const later = await core.ok('cases.create', child('Kari Nyby', '2020-02-02'));
    const exports = (personId: number) =>
      core
        .ok('audit.personLog', { personId })
        .then((log) => log.rows.filter((r) => r.action === 'export' && r.entity === 'register'));
    expect(await exports(emma1.person.id)).toHaveLength(1);
    expect((await core.ok('audit.list', { personId: emma1.person.id, action: 'export' })).total).toBe(1);
    // Kari came into the register after the export: it took nothing of hers.
    expect(await exports(later.person.id)).toHaveLength(0);
  });

  it('refuses an unknown action or record kind, and a non-administrator', async () => {
    const { core } = await register();
    expect((await core.fails('audit.list', { action: 'drop_table' })).code).toBe('VALIDATION');
    expect((await core.fails('audit.list', { entity: 'secrets' })).code).toBe('VALIDATION');
    await as(core, 'siv', 'tyttebær og multer på fjellet');
    expect((await core.fails('audit.list', {})).code).toBe('FORBIDDEN');
    expect((await core.fails('audit.findPersons', { q: 'Emma' })).code).toBe('FORBIDDEN');
    expect((await core.fails('audit.personLog', { personId: 1 })).code).toBe('FORBIDDEN');
  });

  it('finds persons by name or fødselsnummer for the filter, and logs whom it showed', async () => {
    const { core, emma1 } = await register();
    const byName = await core.ok('audit.findPersons', { q: 'emma test' });
    expect(byName).toEqual([
      {
        id: emma1.person.id,
        name: 'Emma Testrud',
        birthDate: '2019-05-17',
        caseNumbers: ['2027-0001', '2027-0002'],
      },
    ]);
    expect(await core.ok('audit.findPersons', { q: 'ÅS' })).toHaveLength(1);
    const byNumber = await core.ok('audit.findPersons', { q: emma1.person.nationalId!.slice(0, 6) });
    expect(byNumber.map((p) => p.id)).toEqual([emma1.person.id]);
    expect(await core.ok('audit.findPersons', { q: '%_' })).toEqual([]);
    const { rows } = await core.ok('audit.list', { entity: 'person', action: 'list' });
    expect(rows[0]!.fields).toEqual([]);
    expect(rows[1]!.fields).toEqual([`person:${emma1.person.id}`]);
  });

  it('prints a person’s log oldest first and logs the print, naming the person', async () => {
    const { core, emma1 } = await register();
    const log = await core.ok('audit.personLog', { personId: emma1.person.id });
    expect(log.person).toMatchObject({ name: 'Emma Testrud', caseNumbers: ['2027-0001', '2027-0002'] });
    expect(log.rows.map((r) => r.action)).toEqual(['create', 'create', 'create', 'read', 'list']);
    const after = await core.ok('audit.personLog', { personId: emma1.person.id });
    expect(after.rows.at(-1)).toMatchObject({
      action: 'print',
      entity: 'audit',
      fields: ['accessLog', `person:${emma1.person.id}`],
    });
  });

  it('shows a person no longer in the register with no name, never failing', async () => {
    const { core, ola } = await register();
    await withRawDb(core.dataDir, (db) => {
      db.pragma('foreign_keys = OFF');
      db.prepare('DELETE FROM cases WHERE person_id = ?').run(ola.person.id);
      db.prepare('DELETE FROM persons WHERE id = ?').run(ola.person.id);
    });
    const { rows } = await core.ok('audit.list', { personId: ola.person.id });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.flatMap((r) => r.persons).filter((p) => p.id === ola.person.id)).toEqual(
      rows
        .flatMap((r) => r.persons)
        .filter((p) => p.id === ola.person.id)
        .map(() => ({ id: ola.person.id, name: null, caseNumbers: [] })),
    );
    const print = await core.ok('audit.personLog', { personId: ola.person.id });
    expect(print.person).toEqual({ id: ola.person.id, name: null, caseNumbers: [] });
  });
});
