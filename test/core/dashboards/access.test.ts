import { describe, expect, it } from 'vitest';

import { dashboardKeys } from '@shared/api/dashboards';

import { ADMIN } from '../harness';
import { fixtureRegister } from './fixtureRegister';

describe('dashboards: who may see what, refusals and the log', () => {
  it('gives a leder the counts, never the lists behind them', async () => {
    const { core } = await fixtureRegister();
    const asAdmin = await core.ok('dashboards.get', { dashboard: 'deadlines' });
    await core.ok('users.create', {
      username: 'lise',
      displayName: 'Lise Leder',
      role: 'leder',
      password: 'lederpassord 2026',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise', password: 'lederpassord 2026' });
    for (const dashboard of dashboardKeys) await core.ok('dashboards.get', { dashboard });
    const asLeder = await core.ok('dashboards.get', { dashboard: 'deadlines' });
    // The same figures, with the small counts hidden as in the leadership report (threshold 5).
    expect(asAdmin.threshold).toBeNull();
    expect(asLeder.threshold).toBe(5);
    expect(asLeder.groups.map((g) => g.key)).toEqual(asAdmin.groups.map((g) => g.key));
    asLeder.groups.forEach((g, i) => {
      const exact = asAdmin.groups[i]!.figures;
      g.figures.forEach((f, j) => {
        const count = exact[j]!.value!;
        if (count >= 1 && count < 5) expect(f).toMatchObject({ value: null, hidden: 'small' });
        else if (f.value !== null) expect(f.value).toBe(count);
        else expect(f.hidden).toBe('hidden');
      });
      // Never one hidden count alone in a group whose whole is not small itself: the others and
      // the whole would give it back.
      const whole = exact.reduce((n, f) => n + f.value!, 0);
      if (whole >= 5) expect(g.figures.filter((f) => f.value === null).length).not.toBe(1);
    });
    expect(asLeder.groups.flatMap((g) => g.figures).some((f) => f.hidden === 'small')).toBe(true);
    // Counts and keys only: no name, no case number, nothing about a person.
    expect(JSON.stringify(asLeder)).not.toMatch(/Frist|Klage|\d{4}-\d{4}/);
    const refused = await core.fails('dashboards.figure', {
      dashboard: 'deadlines',
      group: 'appeals',
      figure: 'notForwarded',
    });
    expect(refused.code).toBe('FORBIDDEN');
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
  }, 60_000);

  it('refuses a period that ends before it starts or has one end only, and figures that do not exist', async () => {
    const { core } = await fixtureRegister();
    const backwards = await core.fails('dashboards.get', {
      dashboard: 'changes',
      from: '2027-06-01',
      to: '2027-05-31',
    });
    expect(backwards).toMatchObject({ code: 'VALIDATION', fields: { to: 'validation.periodInvalid' } });
    expect((await core.fails('dashboards.get', { dashboard: 'plans', from: '2027-01-01' })).code).toBe(
      'VALIDATION',
    );
    const figureBackwards = await core.fails('dashboards.figure', {
      dashboard: 'changes',
      group: 'reasons',
      figure: 'workload',
      from: '2027-06-01',
      to: '2027-01-01',
    });
    expect(figureBackwards.code).toBe('VALIDATION');
    expect((await core.fails('dashboards.get', { dashboard: 'everything' })).code).toBe('VALIDATION');
    const missing = [
      { dashboard: 'deadlines', group: 'nothing', figure: 'overdue' },
      { dashboard: 'deadlines', group: 'interimReplies', figure: 'nothing' },
      // A figure of another group, and a group of another dashboard.
      { dashboard: 'deadlines', group: 'interimReplies', figure: 'days0to30' },
      { dashboard: 'plans', group: 'caseload', figure: 'none' },
      { dashboard: 'assignments', group: 'serviceUnits', figure: 'unit-999' },
      { dashboard: 'assignments', group: 'serviceUnits', figure: 'unit-x' },
      { dashboard: 'deadlines', group: 'constructor', figure: 'overdue' },
    ];
    for (const input of missing)
      expect((await core.fails('dashboards.figure', input)).code, JSON.stringify(input)).toBe('NOT_FOUND');
  }, 60_000);

  it('logs each list opened with the persons it showed, and nothing for the counts', async () => {
    const { core, cases } = await fixtureRegister();
    // Reading the log is itself logged (entity audit): count the lists of cases and coordinators.
    const logged = async () =>
      (await core.ok('audit.list', { action: 'list', entity: 'case' })).total +
      (await core.ok('audit.list', { action: 'list', entity: 'coordinator' })).total;
    const before = await logged();
    for (const dashboard of dashboardKeys) await core.ok('dashboards.get', { dashboard });
    expect(await logged()).toBe(before);

    await core.ok('dashboards.figure', {
      dashboard: 'deadlines',
      group: 'appeals',
      figure: 'awaitingReassessment',
    });
    const { rows } = await core.ok('audit.list', { action: 'list', entity: 'case', limit: 1 });
    const a2 = await core.ok('cases.get', { id: cases.a2! });
    const a4 = await core.ok('cases.get', { id: cases.a4! });
    expect(rows[0]).toMatchObject({ entity: 'case', username: ADMIN.username });
    expect(rows[0]!.fields).toEqual([
      'dashboards',
      'deadlines',
      'appeals',
      'awaitingReassessment',
      ...[a2.person.id, a4.person.id].sort((x, y) => x - y).map((id) => `person:${id}`),
    ]);

    await core.ok('dashboards.figure', { dashboard: 'training', group: 'status', figure: 'never' });
    const staff = (await core.ok('audit.list', { action: 'list', entity: 'coordinator', limit: 1 })).rows[0]!;
    expect(staff).toMatchObject({
      entity: 'coordinator',
      fields: ['dashboards', 'training', 'status', 'never'],
    });
  }, 60_000);
});
