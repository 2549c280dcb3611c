import { describe, expect, it } from 'vitest';

import { loadReportFacts } from '@core/reports/reportFacts';
import { caseStock } from '@core/reports/stockCounts';
import type { LeadershipReport } from '@shared/api/reports';

import { addServiceUnit, setUpCore, withRawDb } from '../harness';
import { apply, retentionRegister, type Clock } from './retentionRegister';

const periods = [
  { from: '2016-01-01', to: '2016-03-31' },
  { from: '2016-01-01', to: '2016-12-31' },
  { from: '2017-01-01', to: '2017-12-31' },
];

const totalOf = (report: LeadershipReport, key: string) =>
  report.tables.find((t) => t.key === key)?.total?.value;

describe('leadership reports of past periods', () => {
  it('count anonymised cases exactly as before', async () => {
    const clock: Clock = { now: new Date() };
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-08-01T08:00:00');
    // Lower the threshold so the small register's counts show instead of "<5".
    await r.core.ok('reports.updateSettings', { suppressionThreshold: 3 });
    const before = await Promise.all(periods.map((p) => r.core.ok('reports.leadership', p)));
    expect(await apply(r.core, [r.emmaCase, r.jonasOld])).toMatchObject({ cases: 2 });
    const after = await Promise.all(periods.map((p) => r.core.ok('reports.leadership', p)));
    expect(after).toEqual(before);
  });

  it('no longer count deleted cases', async () => {
    const clock: Clock = { now: new Date() };
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-08-01T08:00:00');
    await r.core.ok('reports.updateSettings', { suppressionThreshold: 3 });
    await r.core.ok('retention.updateSettings', { years: 10, action: 'delete' });
    const year = periods[1]!;
    const before = await r.core.ok('reports.leadership', year);
    // Emma asked for two rights, Jonas and Lise for one each.
    expect(totalOf(before, 'applications')).toBe(4);
    await apply(r.core, [r.emmaCase, r.jonasOld], 'delete');
    const after = await r.core.ok('reports.leadership', year);
    // Three of the four are gone: Lise's one is left, hidden as under the threshold.
    expect(after.tables.find((t) => t.key === 'applications')?.total).toMatchObject({ suppressed: true });
  });
});

/**
 * Three children with a barnekoordinator, turning 18 on 01.02.2026, 20.02.2026 and 31.03.2026:
 * within the six notice months after each period of 2025 below (the third only when the window
 * after 30.09.2025 runs to 31.03.2026, the end of its sixth whole month). Their cases close
 * 15.01.2026, so with retention at one year they can be anonymised from 15.01.2027.
 */
async function nearEighteen(clock: Clock) {
  clock.now = new Date('2025-03-01T09:00:00');
  const { core } = await setUpCore({ now: () => clock.now, idleTimeoutMsOverride: 2 ** 40 });
  const unit = await addServiceUnit(core, 'PPT');
  const kari = await core.ok('coordinators.create', { name: 'Kari Lie', serviceUnitId: unit.id });
  const caseIds: number[] = [];
  for (const [name, birthDate] of [
    ['Sara Nord', '2008-02-01'],
    ['Ida Sør', '2008-02-20'],
    ['Ola Vest', '2008-03-31'],
  ] as const) {
    clock.now = new Date('2025-03-01T09:00:00');
    const created = await core.ok('cases.create', {
      receivedDate: '2025-03-01',
      channel: 'oral',
      appliedBy: 'guardian',
      rightsRequested: ['barnekoordinator'],
      person: { name, birthDate },
    });
    const caseId = created.record.id;
    clock.now = new Date('2025-04-01T09:00:00');
    await core.ok('cases.recordStep', {
      caseId,
      step: {
        kind: 'decision',
        right: 'barnekoordinator',
        outcome: 'granted',
        decisionDate: '2025-04-01',
        notifiedDate: '2025-04-01',
        reasons: 'Langvarige behov',
      },
    } as never);
    await core.ok('appointments.appoint', {
      caseId,
      coordinatorId: kari.id,
      role: 'barnekoordinator',
      startDate: '2025-04-02',
      familyWish: 'noWish',
    });
    clock.now = new Date('2026-01-16T09:00:00');
    await core.ok('cases.recordStep', {
      caseId,
      step: { kind: 'closing', date: '2026-01-15', reason: 'needEnded', note: '' },
    } as never);
    caseIds.push(caseId);
  }
  clock.now = new Date('2027-02-01T08:00:00');
  await core.ok('retention.updateSettings', { years: 1, action: 'anonymise' });
  await core.ok('reports.updateSettings', { suppressionThreshold: 3 });
  return { core, caseIds };
}

describe('children near 18 at the end of a past period', () => {
  const periods2025 = [
    { from: '2025-07-01', to: '2025-09-30' },
    { from: '2025-10-01', to: '2025-12-31' },
    { from: '2025-01-01', to: '2025-12-31' },
  ];

  it('are counted as turning 18 the same before and after anonymising, by quarter and by year', async () => {
    const clock: Clock = { now: new Date() };
    const { core, caseIds } = await nearEighteen(clock);
    const turning18 = () =>
      withRawDb(core.dataDir, (db) =>
        periods2025.map(({ to }) => {
          const facts = loadReportFacts(db, to);
          return caseStock(facts.cases, facts.appointments, facts.rules, to).turning18;
        }),
      );
    const before = await Promise.all(periods2025.map((p) => core.ok('reports.leadership', p)));
    expect(await turning18()).toEqual([3, 3, 3]);
    expect(await apply(core, caseIds)).toMatchObject({ cases: 3 });
    await withRawDb(core.dataDir, (db) => {
      expect(db.prepare('SELECT birth_date, birth_year, birth_month FROM persons ORDER BY id').all()).toEqual(
        [
          { birth_date: null, birth_year: 2008, birth_month: 2 },
          { birth_date: null, birth_year: 2008, birth_month: 2 },
          { birth_date: null, birth_year: 2008, birth_month: 3 },
        ],
      );
    });
    expect(await turning18()).toEqual([3, 3, 3]);
    const after = await Promise.all(periods2025.map((p) => core.ok('reports.leadership', p)));
    expect(after).toEqual(before);
    const cell = (report: LeadershipReport) => {
      const table = report.tables.find((t) => t.key === 'ageTransitions')!;
      return table.cells[table.rows.indexOf('turning18')]![0];
    };
    expect(after.map(cell)).toEqual(periods2025.map(() => ({ value: 3, suppressed: false })));
  });
});
