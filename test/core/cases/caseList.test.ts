import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { NewCaseInput } from '@shared/api/cases';
import type { Right } from '@shared/domain/case';

import { setUpCore, type TestCore } from '../harness';

// Monday 1 March 2027.
const now = () => new Date('2027-03-01T10:00:00');

const people: [name: string, born: string, received: string, rights: Right[]][] = [
  ['Åse Ødegård', '2015-04-01', '2027-01-04', ['individuellPlan']],
  ['Zara Berg', '2012-06-30', '2027-01-20', ['barnekoordinator']],
  ['Émile Aasen', '2019-01-01', '2027-02-10', ['barnekoordinator', 'individuellPlan']],
  ['Kari Nordmann', '1990-01-01', '2027-02-25', ['koordinator']],
  ['Kari Øvingsen', '2010-02-02', '2026-12-01', ['koordinator', 'individuellPlan']],
];

async function registerWithFive(): Promise<{ core: TestCore; ids: string[] }> {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  const ids: string[] = [];
  for (const [name, born, received, rights] of people) {
    const nationalId = nationalIdFor(born, { synthetic: true });
    ids.push(nationalId);
    const input: NewCaseInput = {
      receivedDate: received,
      channel: 'electronicForm',
      appliedBy: 'person',
      rightsRequested: rights,
      person: { name, nationalId },
    };
    await core.ok('cases.create', input);
  }
  return { core, ids };
}

const names = (list: { rows: { personName: string }[] }) => list.rows.map((r) => r.personName);

describe('the case list', () => {
  it('finds cases by words of a name, ignoring case and accents but not æ, ø and å', async () => {
    const { core } = await registerWithFive();
    expect(names(await core.ok('cases.list', { q: 'kari' }))).toEqual(['Kari Nordmann', 'Kari Øvingsen']);
    expect(names(await core.ok('cases.list', { q: 'øving KARI' }))).toEqual(['Kari Øvingsen']);
    expect(names(await core.ok('cases.list', { q: 'emile' }))).toEqual(['Émile Aasen']);
    expect(names(await core.ok('cases.list', { q: 'ovingsen' }))).toEqual([]);
    // LIKE's wildcards typed by a user are plain characters.
    expect(names(await core.ok('cases.list', { q: '%' }))).toEqual([]);
  });

  it('finds cases by the start of a fødselsnummer, by case number, and by the digits of a case number', async () => {
    const { core, ids } = await registerWithFive();
    const zara = ids[1]!;
    expect(names(await core.ok('cases.list', { q: zara.slice(0, 6) }))).toContain('Zara Berg');
    expect(names(await core.ok('cases.list', { q: zara }))).toEqual(['Zara Berg']);
    // Case numbers run per year of receipt: Kari Øvingsen's came in 2026.
    expect(names(await core.ok('cases.list', { q: '2026-0001' }))).toEqual(['Kari Øvingsen']);
    expect(names(await core.ok('cases.list', { q: '2027-' }))).toHaveLength(4);
    expect(names(await core.ok('cases.list', { q: '20270003' }))).toEqual(['Émile Aasen']);
  });

  it('filters by right, period and status, and counts each status within the other filters', async () => {
    const { core } = await registerWithFive();
    const bk = await core.ok('cases.list', { right: 'barnekoordinator' });
    expect(names(bk)).toEqual(['Émile Aasen', 'Zara Berg']);
    expect(bk.total).toBe(2);
    expect(bk.all).toBe(5);
    expect(bk.statusCounts.received).toBe(2);
    const february = await core.ok('cases.list', { receivedFrom: '2027-02-01', receivedTo: '2027-02-28' });
    expect(names(february)).toEqual(['Kari Nordmann', 'Émile Aasen']);
    expect((await core.ok('cases.list', { status: 'closed' })).rows).toEqual([]);
    expect((await core.ok('cases.list', { status: 'open' })).total).toBe(5);
  });

  it('filters on the interim reply deadline the office must meet', async () => {
    const { core } = await registerWithFive();
    // Received 4 Jan and 20 Jan (and 1 Dec 2026): a month has passed, no interim reply recorded.
    const overdue = await core.ok('cases.list', { deadline: 'overdue', sort: 'officeDeadline', desc: false });
    expect(names(overdue)).toEqual(['Kari Øvingsen', 'Åse Ødegård', 'Zara Berg']);
    expect(overdue.rows.map((r) => r.officeDeadline)).toEqual(['2026-12-31', '2027-02-04', '2027-02-19']);
  });

  it('sorts names the Norwegian way and pages through the result', async () => {
    const { core } = await registerWithFive();
    const byName = await core.ok('cases.list', { sort: 'personName', desc: false });
    expect(names(byName)).toEqual([
      'Émile Aasen',
      'Kari Nordmann',
      'Kari Øvingsen',
      'Zara Berg',
      'Åse Ødegård',
    ]);
    const second = await core.ok('cases.list', { sort: 'personName', desc: false, limit: 2, offset: 2 });
    expect(names(second)).toEqual(['Kari Øvingsen', 'Zara Berg']);
    expect(second.total).toBe(5);
    const newest = await core.ok('cases.list', { limit: 2 });
    expect(names(newest)).toEqual(['Kari Nordmann', 'Émile Aasen']);
  });

  it('logs who looked at whom: each list names the persons it showed, and opening a case names its person', async () => {
    const { core } = await registerWithFive();
    // The log's own read of itself comes first; the row before it is the call under test.
    const lastLogged = async () => (await core.ok('audit.list', { limit: 2 })).rows[1]!;
    const karis = await core.ok('cases.list', { q: 'kari' });
    expect((await lastLogged()).fields).toEqual(['q', ...karis.rows.map((r) => `person:${r.personId}`)]);
    expect(karis.rows).toHaveLength(2);

    const one = await core.ok('cases.get', { id: karis.rows[0]!.id });
    expect(await lastLogged()).toMatchObject({
      action: 'read',
      entity: 'case',
      entityId: String(one.record.id),
      fields: [`person:${one.person.id}`],
    });

    await core.ok('cases.protocol', { from: '2027-02-01', to: '2027-02-28' });
    expect((await lastLogged()).fields).toHaveLength(3); // 'protocol' and the two persons received in February
    await core.ok('cases.agenda', {});
    // Nothing is decided yet: every one of the five is on the agenda.
    const agenda = (await lastLogged()).fields;
    expect(agenda[0]).toBe('agenda');
    expect(agenda.slice(1).sort()).toEqual([1, 2, 3, 4, 5].map((id) => `person:${id}`));
  });
});
