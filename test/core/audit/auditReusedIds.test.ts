import { describe, expect, it } from 'vitest';

import { appendAudit } from '@core/audit/auditLog';
import { nationalIdFor } from '@core/demo/syntheticIds';
import { auditPersons } from '@core/migrations/012-audit-persons';
import type { AuditRow } from '@shared/api/audit';
import type { NewCaseInput } from '@shared/api/cases';

import { setUpCore, withRawDb } from '../harness';

/**
 * `persons.id` and `cases.id` are reused: deleting the newest person and case gives their ids to
 * the next ones made. The log must never give the deleted person's reads, prints and changes to
 * the new one, nor show the new one's name on the old rows.
 */
const clock = { now: new Date('2016-01-10T09:00:00') };
const at = (iso: string) => {
  clock.now = new Date(iso);
};

const application = (name: string, born: string, received: string): NewCaseInput => ({
  receivedDate: received,
  channel: 'paper',
  appliedBy: 'guardian',
  rightsRequested: ['koordinator'],
  person: { name, nationalId: nationalIdFor(born, { synthetic: true }) },
});

/**
 * Emma (kept) and Ola (the newest person and case), whose case is read, listed and printed in
 * 2016, closed, and deleted by retention in 2017; then Nora is registered and gets Ola's ids.
 */
async function reusedRegister(next: 'newPerson' | 'caseForEmma' = 'newPerson') {
  at('2016-01-10T09:00:00');
  const { core } = await setUpCore({
    now: () => clock.now,
    allowSyntheticIds: true,
    idleTimeoutMsOverride: 2 ** 40,
  });
  const emma = await core.ok('cases.create', application('Emma Fjellstrand', '2009-05-17', '2016-01-10'));
  const ola = await core.ok('cases.create', application('Ola Gammelsen', '2010-03-03', '2016-01-10'));
  at('2016-02-01T09:00:00');
  await core.ok('cases.get', { id: ola.record.id });
  await core.ok('cases.list', {});
  await core.ok('audit.personLog', { personId: ola.person.id });
  at('2016-07-01T09:00:00');
  await core.ok('cases.recordStep', {
    caseId: ola.record.id,
    step: { kind: 'closing', date: '2016-06-30', reason: 'moved', note: '' },
  } as never);

  at('2017-07-03T09:00:00');
  await core.ok('retention.updateSettings', { years: 1, action: 'delete' });
  const deleted = await core.ok('retention.apply', {
    caseIds: [ola.record.id],
    action: 'delete',
    confirmCount: 1,
    confirmWithoutArchiveCopy: true,
  });
  expect(deleted).toMatchObject({ cases: 1, persons: 1 });

  at('2017-07-04T09:00:00');
  const nora = await core.ok(
    'cases.create',
    next === 'newPerson'
      ? application('Nora Nyberg', '2012-08-08', '2017-07-04')
      : { ...application('x', '2009-05-17', '2017-07-04'), person: undefined, personId: emma.person.id },
  );
  at('2017-07-05T09:00:00');
  await core.ok('cases.get', { id: nora.record.id });
  at('2017-07-06T09:00:00');
  return { core, emma, ola, nora, noraSince: '2017-07-04T00:00:00' };
}

const newSince = (rows: readonly AuditRow[], since: string) =>
  rows.every((r) => r.at >= new Date(since).toISOString());
const summary = (rows: readonly AuditRow[]) =>
  rows.map((r) => `${r.action} ${r.entity} ${r.caseNumber ?? '-'}`);

describe('a person or case whose id was used before', () => {
  it('gets the deleted holder’s ids: the precondition of the defect', async () => {
    const { core, ola, nora } = await reusedRegister();
    expect(nora.person.id).toBe(ola.person.id);
    expect(nora.record.id).toBe(ola.record.id);
    // The former holder's rows are still in the log and in its person index.
    const indexed = await withRawDb(core.dataDir, (db) =>
      db
        .prepare(
          `SELECT count(*) AS n FROM audit_persons p JOIN audit a ON a.id = p.audit_id
           WHERE p.person_id = ? AND a.at < '2017'`,
        )
        .get(ola.person.id),
    );
    expect((indexed as { n: number }).n).toBeGreaterThanOrEqual(4);
  });

  it('gives the new person’s log only the new person’s rows', async () => {
    const { core, nora, noraSince } = await reusedRegister();
    const { rows, total, person } = await core.ok('audit.list', { personId: nora.person.id });
    expect(person).toMatchObject({ name: 'Nora Nyberg', caseNumbers: [nora.record.caseNumber] });
    expect(summary(rows)).toEqual([
      'list audit -', // this look itself
      `read case ${nora.record.caseNumber}`,
      `create case ${nora.record.caseNumber}`,
      'create person -',
    ]);
    expect(total).toBe(4);
    expect(newSince(rows, noraSince)).toBe(true);
    // Combined with a period that reaches back to the old rows, still nothing of Ola's.
    expect((await core.ok('audit.list', { personId: nora.person.id, to: '2016-12-31' })).total).toBe(0);
  });

  it('prints Innsyn i logg with only the new person’s rows', async () => {
    const { core, nora, noraSince } = await reusedRegister();
    const log = await core.ok('audit.personLog', { personId: nora.person.id });
    expect(log.person).toMatchObject({ name: 'Nora Nyberg' });
    expect(log.rows.map((r) => `${r.action} ${r.entity}`)).toEqual([
      'create person',
      'create case',
      'read case',
    ]);
    expect(newSince(log.rows, noraSince)).toBe(true);
    expect(log.rows.flatMap((r) => r.persons).every((p) => p.name === 'Nora Nyberg')).toBe(true);
  });

  it('gives the new case’s filter only the new case’s rows, by id and by number', async () => {
    const { core, nora, noraSince } = await reusedRegister();
    const byId = await core.ok('audit.list', { caseId: nora.record.id });
    expect(summary(byId.rows)).toEqual([
      'list audit -',
      `read case ${nora.record.caseNumber}`,
      `create case ${nora.record.caseNumber}`,
      'create person -',
    ]);
    expect(newSince(byId.rows, noraSince)).toBe(true);
    const byNumber = await core.ok('audit.list', { caseNumber: nora.record.caseNumber });
    expect(newSince(byNumber.rows, noraSince)).toBe(true);
    expect(byNumber.total).toBe(byId.total + 1); // and the look by id before it
  });

  it('shows the old rows in the whole log without a name, never the new person’s', async () => {
    const { core, emma, ola, nora } = await reusedRegister();
    const { rows } = await core.ok('audit.list', { to: '2016-12-31' });
    const aboutOla = rows.filter(
      (r) =>
        r.persons.some((p) => p.id === ola.person.id) ||
        (r.entity === 'case' && r.entityId === String(ola.record.id)),
    );
    // Ola's person and case rows, the read, the list, the print of Innsyn i logg, the closing.
    expect(aboutOla.map((r) => `${r.action} ${r.entity}`).sort()).toEqual(
      ['create case', 'create person', 'list case', 'print audit', 'read case', 'step_create case'].sort(),
    );
    for (const r of aboutOla) {
      expect(r.caseNumber).toBeNull();
      expect(r.persons.filter((p) => p.id === ola.person.id)).toEqual(
        r.persons
          .filter((p) => p.id === ola.person.id)
          .map(() => ({ id: ola.person.id, name: null, caseNumbers: [] })),
      );
    }
    const names = rows.flatMap((r) => r.persons.map((p) => p.name));
    expect(names).not.toContain('Nora Nyberg');
    // Emma, who was in the register all along, is still named on the list that named both.
    const list = rows.find((r) => r.action === 'list' && r.entity === 'case')!;
    expect(list.persons).toHaveLength(2);
    expect(list.persons).toEqual(
      expect.arrayContaining([
        { id: emma.person.id, name: 'Emma Fjellstrand', caseNumbers: [emma.record.caseNumber] },
        { id: ola.person.id, name: null, caseNumbers: [] },
      ]),
    );
    expect(rows.find((r) => r.entityId === String(emma.record.id))?.caseNumber).toBe(emma.record.caseNumber);
    // The new rows name Nora and her case.
    const recent = await core.ok('audit.list', { from: '2017-07-04' });
    const read = recent.rows.find((r) => r.action === 'read' && r.entity === 'case')!;
    expect(read.caseNumber).toBe(nora.record.caseNumber);
    expect(read.persons.map((p) => p.name)).toEqual(['Nora Nyberg']);
  });

  it('keeps a deleted person’s log whole when no one holds the id yet', async () => {
    const { core, ola } = await reusedRegister();
    // A person id never given again: all its rows, unnamed.
    await withRawDb(core.dataDir, (db) => {
      db.pragma('foreign_keys = OFF');
      db.prepare('DELETE FROM cases WHERE person_id = ?').run(ola.person.id);
      db.prepare('DELETE FROM persons WHERE id = ?').run(ola.person.id);
    });
    const { rows } = await core.ok('audit.list', { personId: ola.person.id });
    expect(rows.filter((r) => r.at < '2017').length).toBeGreaterThanOrEqual(4);
    const named = rows.flatMap((r) => r.persons).filter((p) => p.id === ola.person.id);
    expect(named.every((p) => p.name === null)).toBe(true);
  });

  it('gives a new case of a person already there none of the deleted case’s rows', async () => {
    const { core, emma, ola, nora: second } = await reusedRegister('caseForEmma');
    expect(second.record.id).toBe(ola.record.id);
    expect(second.person.id).toBe(emma.person.id);
    // The new case's rows, and Emma's rows that belong to no case (her record, the list).
    const byCase = await core.ok('audit.list', { caseId: second.record.id });
    expect(summary(byCase.rows)).toEqual([
      'list audit -',
      `read case ${second.record.caseNumber}`,
      `create case ${second.record.caseNumber}`,
      'list case -',
      'create person -',
    ]);
    expect(byCase.rows.filter((r) => r.entity === 'case' && r.entityId !== null && r.at < '2017')).toEqual(
      [],
    );
    // Emma's log has her own rows from 2016, never Ola's case's.
    const emmaLog = await core.ok('audit.personLog', { personId: emma.person.id });
    expect(emmaLog.rows.filter((r) => r.entity === 'case' && r.at < '2017').map((r) => r.action)).toEqual([
      'create',
      'list',
    ]);
    expect(emmaLog.rows.every((r) => r.entityId !== String(ola.record.id) || r.at >= '2017')).toBe(true);
    // The old rows about Ola's case show no case number and not Emma.
    const { rows } = await core.ok('audit.list', { to: '2016-12-31', entity: 'case' });
    const oldCase = rows.filter((r) => r.entityId === String(ola.record.id));
    expect(oldCase.map((r) => r.action).sort()).toEqual(['create', 'read', 'step_create']);
    for (const r of oldCase) {
      expect(r.caseNumber).toBeNull();
      expect(r.persons.map((p) => p.name)).not.toContain('Emma Fjellstrand');
    }
  });

  it('indexes an old register’s log (migration 012) without giving a deleted case’s rows to the id’s new case', async () => {
    const { core, emma, ola } = await reusedRegister('caseForEmma');
    const before = await core.ok('audit.personLog', { personId: emma.person.id });
    await withRawDb(core.dataDir, (db) => {
      db.prepare('DROP TABLE audit_persons').run();
      auditPersons.up(db);
      const stale = db
        .prepare(
          `SELECT count(*) AS n FROM audit_persons p JOIN audit a ON a.id = p.audit_id
           WHERE p.person_id = ? AND a.entity = 'case' AND a.entity_id = ? AND a.at < '2017'`,
        )
        .get(emma.person.id, String(ola.record.id)) as { n: number };
      expect(stale.n).toBe(0);
    });
    const after = await core.ok('audit.personLog', { personId: emma.person.id });
    expect(after.rows.map((r) => r.id)).toEqual([...before.rows.map((r) => r.id), after.rows.at(-1)!.id]);
  });

  it('names persons loaded from an export only from the load on, whatever their created_at', async () => {
    const { core, ola } = await reusedRegister();
    // As a load does into a register emptied of persons and cases: the records come with the
    // created_at of the register they were exported from, and the freed ids.
    const loadedAt = '2017-08-01T09:00:00.000Z';
    await withRawDb(core.dataDir, (db) => {
      db.pragma('foreign_keys = OFF');
      db.prepare('DELETE FROM cases').run();
      db.prepare('DELETE FROM persons').run();
      appendAudit(
        db,
        { userId: null, username: 'kari.admin', action: 'import', entity: 'register', fields: ['persons:1'] },
        new Date(loadedAt),
      );
      db.prepare(
        `INSERT INTO persons (id, name, search_name, sort_name, created_at, updated_at)
         VALUES (?, 'Lastet Person', 'lastet person', 'person lastet', '2015-01-01T00:00:00.000Z', ?)`,
      ).run(ola.person.id, loadedAt);
    });
    at('2017-08-02T09:00:00');
    const { rows } = await core.ok('audit.list', { personId: ola.person.id });
    expect(summary(rows)).toEqual(['list audit -']);
    const whole = await core.ok('audit.list', { to: '2017-07-31' });
    expect(whole.rows.flatMap((r) => r.persons.map((p) => p.name))).not.toContain('Lastet Person');
  });
});
