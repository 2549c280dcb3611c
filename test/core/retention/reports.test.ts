import { describe, expect, it } from 'vitest';
import type { LeadershipReport } from '../../../shared/api/reports';
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
