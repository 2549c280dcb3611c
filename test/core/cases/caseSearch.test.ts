import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';

import { setUpCore, withRawDb, type TestCore } from '../harness';
import { apply, EMMA, JONAS, retentionRegister, type Clock } from '../retention/retentionRegister';

const now = () => new Date('2027-03-01T10:00:00');

const people = [
  'Åse Ødegård',
  'Kristoffer Blåbærsen',
  'Émile Aasen',
  'Ole Olsen',
  'Anne-Lise O’Brien',
  'Per "Quote" Aarø',
  'Ola Nordmann',
];

async function register(): Promise<TestCore> {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  for (const [i, name] of people.entries())
    await core.ok('cases.create', {
      receivedDate: '2027-02-01',
      channel: 'electronicForm',
      appliedBy: 'person',
      rightsRequested: ['koordinator'],
      person: { name, nationalId: nationalIdFor(`2010-01-${String(i + 10)}`, { synthetic: true }) },
    });
  return core;
}

const search = async (core: TestCore, q: string) =>
  (await core.ok('cases.list', { q, sort: 'personName', desc: false })).rows.map((r) => r.personName);

describe('the case search through the trigram index', () => {
  it('finds a substring in the middle of a name, with æ, ø and å as their own letters', async () => {
    const core = await register();
    expect(await search(core, 'toff')).toEqual(['Kristoffer Blåbærsen']);
    expect(await search(core, 'åbær')).toEqual(['Kristoffer Blåbærsen']);
    expect(await search(core, 'abaer')).toEqual([]);
    expect(await search(core, 'dega')).toEqual([]);
    expect(await search(core, 'ødeg')).toEqual(['Åse Ødegård']);
    expect(await search(core, 'ÅSE ØDEGÅRD')).toEqual(['Åse Ødegård']);
    // Words in any order, each somewhere in the name.
    expect(await search(core, 'sen ole')).toEqual(['Ole Olsen']);
  });

  it('folds accents the way the name was folded (é is e)', async () => {
    const core = await register();
    expect(await search(core, 'emil')).toEqual(['Émile Aasen']);
    expect(await search(core, 'émile')).toEqual(['Émile Aasen']);
    expect(await search(core, 'mile aas')).toEqual(['Émile Aasen']);
  });

  it('takes a one- or two-letter search as the start of a word of the name', async () => {
    const core = await register();
    expect(await search(core, 'ol')).toEqual(['Ola Nordmann', 'Ole Olsen']);
    expect(await search(core, 'o')).toEqual(['Anne-Lise O’Brien', 'Ola Nordmann', 'Ole Olsen']);
    expect(await search(core, 'å')).toEqual(['Åse Ødegård']);
    expect(await search(core, 'ø å')).toEqual(['Åse Ødegård']);
    expect(await search(core, 'rd')).toEqual([]);
    // Beside a longer word a short one is found anywhere in the name, as before.
    expect(await search(core, 'ola rd')).toEqual(['Ola Nordmann']);
    expect(await search(core, 'rd ola')).toEqual(['Ola Nordmann']);
    expect(await search(core, 'ole xy')).toEqual([]);
  });

  it('reads quotes, apostrophes and FTS5 syntax as plain characters', async () => {
    const core = await register();
    expect(await search(core, '"quote"')).toEqual(['Per "Quote" Aarø']);
    // A lone quote is the start of the word "quote", as any character would be.
    expect(await search(core, '"')).toEqual(['Per "Quote" Aarø']);
    expect(await search(core, '"x')).toEqual([]);
    expect(await search(core, 'o’brien')).toEqual(['Anne-Lise O’Brien']);
    expect(await search(core, "o'brien")).toEqual([]);
    expect(await search(core, 'anne-lise')).toEqual(['Anne-Lise O’Brien']);
    for (const hostile of [
      'ola OR ole',
      'ol*',
      'words:ola',
      'NEAR(ola ole)',
      '(ola',
      "ola' --",
      '^ola',
      'ola -nord',
    ])
      await expect(core.ok('cases.list', { q: hostile })).resolves.toMatchObject({ total: 0 });
    expect(await search(core, 'AND')).toEqual([]);
  });

  it('finds cases by a substring of the case number’s digits', async () => {
    const core = await register();
    expect(await search(core, '0003')).toEqual(['Émile Aasen']);
    expect(await search(core, '270007')).toEqual(['Ola Nordmann']);
    expect(await search(core, '2027000')).toHaveLength(people.length);
    expect(await search(core, '99999')).toEqual([]);
    // One or two digits keep the scan: in every case number here.
    expect(await search(core, '7')).toHaveLength(people.length);
  });

  it('keeps the index true when a name changes', async () => {
    const core = await register();
    const [row] = (await core.ok('cases.list', { q: 'nordmann' })).rows;
    const detail = await core.ok('cases.get', { id: row!.id });
    await core.ok('persons.update', {
      id: detail.record.personId,
      name: 'Ola Sørli',
      nationalId: nationalIdFor('2010-01-16', { synthetic: true }),
    });
    expect(await search(core, 'nordmann')).toEqual([]);
    expect(await search(core, 'sørli')).toEqual(['Ola Sørli']);
  });
});

describe('a removed person', () => {
  it('is not found by name after anonymising, while others still are', async () => {
    const clock: Clock = { now: new Date() };
    const r = await retentionRegister(clock);
    expect(await search(r.core, 'fjellstrand')).toHaveLength(1);
    clock.now = new Date('2026-07-01T08:00:00');
    await apply(r.core, [r.emmaCase]);
    expect(await search(r.core, 'fjellstrand')).toEqual([]);
    expect(await search(r.core, 'emma')).toEqual([]);
    expect(await search(r.core, EMMA.name.split(' ')[1]!.slice(3, 9))).toEqual([]);
    expect((await search(r.core, 'kvernmo')).length).toBeGreaterThan(0);
    expect(JONAS.name).toContain('Kvernmo');
  });

  it('is not found after the case is deleted', async () => {
    const clock: Clock = { now: new Date() };
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-07-01T08:00:00');
    await r.core.ok('retention.updateSettings', { years: 10, action: 'delete' });
    await apply(r.core, [r.emmaCase], 'delete');
    expect(await search(r.core, 'fjellstrand')).toEqual([]);
    expect(
      await withRawDb(r.core.dataDir, (db) =>
        db.prepare('SELECT rowid FROM person_search WHERE person_search MATCH \'"fjellstrand"\'').all(),
      ),
    ).toEqual([]);
  });
});
