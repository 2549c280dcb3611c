import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { ADMIN, setUpCore, withRawDb } from '../harness';
import { auditSince, lastAuditId, letterRegister } from '../letters/letterRegister';

/** Case B of the letter register (closed 20 February) with its refusal sent as a letter. */
async function closedCaseWithLetter() {
  const { core, ids } = await letterRegister();
  const draft = await core.ok('letters.draft', {
    caseId: ids.b,
    kind: 'decision',
    decisionId: ids.decisionB,
    date: '2027-02-21',
  });
  const letter = await core.ok('letters.record', {
    caseId: ids.b,
    kind: 'decision',
    decisionId: ids.decisionB,
    date: '2027-02-21',
    text: draft.text,
    markNotified: false,
  });
  return { core, ids, letter };
}

const rowsOf = (csv: string) =>
  parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][];

describe('the archive package of a case', () => {
  it('holds the case number, the closing, the letters, the file stem, the municipality and the events', async () => {
    const { core, ids, letter } = await closedCaseWithLetter();
    const contents = await core.ok('archive.contents', { caseId: ids.b });
    expect(contents).toMatchObject({
      caseId: ids.b,
      caseNumber: expect.stringMatching(/^2027-\d{4}$/),
      closed: true,
      closedDate: '2027-02-20',
      letters: [{ id: letter.id, kind: 'decision', right: 'individuellPlan', date: '2027-02-21' }],
      municipality: 'Marker kommune',
      today: '2027-03-01',
    });
    expect(contents.fileStem).toBe(`${contents.caseNumber}_2027-03-01`);
    expect(
      contents.csv.startsWith(
        '\uFEFFDato,Hendelse,Rettighet,Utfall og detaljer,Registrert av,Registrert\r\n',
      ),
    ).toBe(true);
    expect(contents.csv.endsWith('\r\n')).toBe(true);
    const rows = rowsOf(contents.csv);
    expect(rows.every((r) => r.length === 6)).toBe(true);
    const events = rows.slice(1).map((r) => [r[0], r[1], r[2], r[3]]);
    expect(events).toEqual([
      ['2027-01-04', 'Søknad eller melding mottatt', 'Individuell plan', 'Muntlig, fra Foresatt'],
      ['2027-02-10', 'Vedtak', 'Individuell plan', 'Avslått, ikke registrert underrettet'],
      ['2027-02-20', 'Saken avsluttet', '', 'Annet'],
      ['2027-02-21', 'Brev sendt', 'Individuell plan', 'Vedtaksbrev'],
    ]);
    // Who registered the decision, and when (local time).
    expect(rows[2]![4]).toBe('kari.admin');
    expect(rows[2]![5]).toBe('2027-03-01 10:00');
  });

  it('logs the read as an export naming the person, and the copy as made', async () => {
    const { core, ids } = await closedCaseWithLetter();
    const before = await lastAuditId(core);
    const contents = await core.ok('archive.contents', { caseId: ids.b });
    const copy = await core.ok('archive.record', { caseId: ids.b, documents: 2, ticket: contents.ticket });
    expect(copy).toMatchObject({ caseId: ids.b, madeBy: 'Kari Nordmann', documents: 2 });
    expect(copy.madeAt).toBe(new Date('2027-03-01T10:00:00').toISOString());
    // Of the case (core's timer may take a backup in between).
    const rows = (await auditSince(core, before)).filter((r) => r.entity === 'case');
    const personField = expect.stringMatching(/^person:\d+$/);
    expect(rows).toEqual([
      { action: 'export', entity: 'case', entityId: String(ids.b), fields: ['archive', personField] },
      { action: 'archive_copy', entity: 'case', entityId: String(ids.b), fields: [personField] },
    ]);
    // The case page shows the latest copy.
    const detail = await core.ok('cases.get', { id: ids.b });
    expect(detail.archiveCopy).toEqual(copy);
    expect(contents.caseId).toBe(ids.b);
  });

  it('has no copy on a case never archived, and refuses a case that does not exist', async () => {
    const { core, ids } = await closedCaseWithLetter();
    expect((await core.ok('cases.get', { id: ids.a })).archiveCopy).toBeNull();
    expect((await core.fails('archive.contents', { caseId: 999 })).code).toBe('NOT_FOUND');
    const ticket = (await core.ok('archive.contents', { caseId: ids.a })).ticket;
    expect((await core.fails('archive.record', { caseId: ids.a, documents: -1, ticket })).code).toBe(
      'VALIDATION',
    );
  });

  it('is refused to leadership, who see no names', async () => {
    const { core } = await setUpCore({ allowSyntheticIds: true });
    await core.ok('users.create', {
      username: 'lise.leder',
      displayName: 'Lise Leder',
      role: 'leder',
      password: 'et langt passord for leder',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise.leder', password: 'et langt passord for leder' });
    expect((await core.fails('archive.contents', { caseId: 1 })).code).toBe('FORBIDDEN');
    expect((await core.fails('archive.record', { caseId: 1, documents: 1, ticket: 'x' })).code).toBe(
      'FORBIDDEN',
    );
  });

  describe('recording a copy is tied to reading its contents', () => {
    const copiesOf = (core: Awaited<ReturnType<typeof closedCaseWithLetter>>['core']) =>
      withRawDb(
        core.dataDir,
        (db) => (db.prepare('SELECT count(*) AS n FROM archive_copies').get() as { n: number }).n,
      );

    it('refuses a record without a ticket, or with one core never gave, and writes nothing', async () => {
      const { core, ids } = await closedCaseWithLetter();
      const before = await lastAuditId(core);
      expect((await core.fails('archive.record', { caseId: ids.b, documents: 2 })).code).toBe('VALIDATION');
      const made = await core.fails('archive.record', {
        caseId: ids.b,
        documents: 2,
        ticket: '0123456789abcdef0123456789abcdef',
      });
      expect(made.code).toBe('ARCHIVE_NOT_MADE');
      expect(made.message).toMatch(/^Arkivkopien ble ikke registrert/);
      expect(await copiesOf(core)).toBe(0);
      expect((await auditSince(core, before)).filter((r) => r.entity === 'case')).toEqual([]);
      expect((await core.ok('cases.get', { id: ids.b })).archiveCopy).toBeNull();
    });

    it('takes a ticket once: the same package cannot be recorded twice', async () => {
      const { core, ids } = await closedCaseWithLetter();
      const { ticket } = await core.ok('archive.contents', { caseId: ids.b });
      await core.ok('archive.record', { caseId: ids.b, documents: 2, ticket });
      expect((await core.fails('archive.record', { caseId: ids.b, documents: 2, ticket })).code).toBe(
        'ARCHIVE_NOT_MADE',
      );
      expect(await copiesOf(core)).toBe(1);
    });

    it('refuses a ticket of another case, and a count that is not the overview and each letter', async () => {
      const { core, ids } = await closedCaseWithLetter();
      const ofA = (await core.ok('archive.contents', { caseId: ids.a })).ticket;
      expect((await core.fails('archive.record', { caseId: ids.b, documents: 2, ticket: ofA })).code).toBe(
        'ARCHIVE_NOT_MADE',
      );
      // Case B has one letter: two documents. One (the overview alone) or three are not its package.
      for (const documents of [1, 3]) {
        const { ticket } = await core.ok('archive.contents', { caseId: ids.b });
        expect((await core.fails('archive.record', { caseId: ids.b, documents, ticket })).code).toBe(
          'ARCHIVE_NOT_MADE',
        );
      }
      // A refused ticket is used up too: it cannot be tried again with the right count.
      const { ticket } = await core.ok('archive.contents', { caseId: ids.b });
      await core.fails('archive.record', { caseId: ids.b, documents: 5, ticket });
      expect((await core.fails('archive.record', { caseId: ids.b, documents: 2, ticket })).code).toBe(
        'ARCHIVE_NOT_MADE',
      );
      expect(await copiesOf(core)).toBe(0);
    });

    it('refuses a ticket from before a lock or a logout: it belonged to that session', async () => {
      const { core, ids } = await closedCaseWithLetter();
      const { ticket } = await core.ok('archive.contents', { caseId: ids.b });
      await core.ok('session.lock', {});
      await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
      expect((await core.fails('archive.record', { caseId: ids.b, documents: 2, ticket })).code).toBe(
        'ARCHIVE_NOT_MADE',
      );
      expect(await copiesOf(core)).toBe(0);
    });
  });
});
