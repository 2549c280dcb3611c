import { describe, expect, it } from 'vitest';

import {
  appeals,
  applications,
  changes,
  interimReplies,
  outcomes,
  processingTimes,
  transitions,
} from '@core/reports/eventCounts';
import { loadReportFacts } from '@core/reports/reportFacts';
import { caseStock, coordinatorCounts, planStock } from '@core/reports/stockCounts';
import type { ReportTable, ReportValue } from '@shared/api/reports';

import { withRawDb } from '../harness';
import { Q3, reportRegister } from './reportRegister';

const TODAY = '2027-10-15';

const show = (v: ReportValue) => (v.suppressed ? 'x' : String(v.value));

/** A table as printed: its rows with the row total after a bar, then the totals line. */
function printed(t: ReportTable): string[] {
  const lines = t.cells.map(
    (row, r) => row.map(show).join(' ') + (t.rowTotals ? ` | ${show(t.rowTotals[r]!)}` : ''),
  );
  if (t.columnTotals)
    lines.push(`= ${t.columnTotals.map(show).join(' ')}` + (t.total ? ` | ${show(t.total)}` : ''));
  return lines;
}

describe('the leadership report of a small register, counted by hand', () => {
  it('counts what happened in the period', async () => {
    const { core } = await reportRegister();
    const facts = await withRawDb(core.dataDir, (db) => loadReportFacts(db, Q3.to));

    // Rows: IP, koordinator, barnekoordinator. Columns: electronic form, paper, oral, service, own.
    expect(applications(facts.cases, Q3).counts).toEqual([
      [0, 1, 1, 0, 0],
      [3, 1, 1, 0, 0],
      [0, 1, 0, 0, 0],
    ]);
    // Columns: granted, partly, refused, withdrawn, dismissed. B2's IP: refused, then granted.
    expect(outcomes(facts.cases, Q3).counts).toEqual([
      [2, 0, 1, 0, 0],
      [5, 0, 1, 0, 0],
      [1, 0, 0, 0, 0],
    ]);
    // The first decision per right only: B2's new IP decision after the appeal is not counted.
    expect(processingTimes(facts.cases, Q3)).toEqual([
      { right: 'individuellPlan', days: [30, 30], withinOneMonth: 2 },
      { right: 'koordinator', days: [15, 20, 20, 45, 56, 66], withinOneMonth: 3 },
      { right: 'barnekoordinator', days: [30], withinOneMonth: 1 },
    ]);
    // A2 in time, B3 late, A6 missing; A1, A3, A4, A5 and B2 were decided before the reply was due.
    expect(interimReplies(facts.cases, Q3, facts.rules, TODAY).counts).toEqual([[1, 1, 1, 0]]);
    const appealCounts = appeals(facts.cases, Q3);
    expect(appealCounts.counts[0]![appealCounts.columns.indexOf('municipalityUpheld')]).toBe(1);
    expect(appealCounts.counts[1]![appealCounts.columns.indexOf('atGovernor')]).toBe(1);
    expect(appealCounts.counts.flat().reduce((a, b) => a + b)).toBe(2);
    // A4's change; B4's coordinator stopped because the case closed, which is no change.
    const changeCounts = changes(facts.appointments, Q3);
    expect(changeCounts.counts.flat()).toEqual(changeCounts.rows.map((r) => (r === 'familyRequest' ? 1 : 0)));
    expect(Object.fromEntries(transitions(facts.cases, Q3))).toEqual({
      ordinaryCoordinator: 0,
      ended: 1,
      extended: 0,
    });
  });

  it("counts how things stood at the period's end", async () => {
    const { core } = await reportRegister();
    const facts = await withRawDb(core.dataDir, (db) => loadReportFacts(db, Q3.to));
    const stock = caseStock(facts.cases, facts.appointments, facts.rules, Q3.to);
    // Open: A1-A7, B1-B3, B5 (B4 closed 15.08). Koordinator: A1, A2, A4, B1, B3, B5. Without: B5.
    expect(stock.activeCases.counts.flat()).toEqual([11, 6, 1, 2, 1]);
    // A5 turns 18 on 15.01.2028, within six months of 30.09.2027.
    expect(stock.turning18).toBe(1);
    // Kari holds A1, A2, A5; Ola B1 (A4 went to Siri, B4 closed); Siri A4 and B3; Per none.
    const people = coordinatorCounts(facts, stock.open, Q3.to);
    expect(people).toMatchObject({ active: 4, activeTrained: 3, holding: 3, holdingTrained: 3 });
    expect(people.spread.counts).toEqual([[1, 3, 0, 0, 0]]);
    // A5's plan is due for evaluation with its revision 20.09 overdue; B2's is not wanted.
    const plans = planStock(facts, Q3.to);
    expect(plans.counts[plans.rows.indexOf('forEvaluation')]).toEqual([1, 1, 0]);
    expect(plans.counts[plans.rows.indexOf('notWanted')]).toEqual([1, 0, 0]);
    expect(plans.counts.flat().reduce((a, b) => a + b)).toBe(3);
  });

  it('shows the figures at threshold 3 with every small one hidden', async () => {
    const { core } = await reportRegister();
    await core.ok('reports.updateSettings', { suppressionThreshold: 3 });
    const report = await core.ok('reports.leadership', Q3);
    expect(report).toMatchObject({ ...Q3, threshold: 3, municipalityName: 'Testvik kommune' });
    expect(report.tables.map((t) => t.key)).toEqual([
      'applications',
      'outcomes',
      'processingTime',
      'interimReplies',
      'appeals',
      'activeCases',
      'coordinators',
      'caseloadSpread',
      'changes',
      'plans',
      'ageTransitions',
    ]);
    const table = (key: string) => report.tables.find((t) => t.key === key)!;
    // The small ones go, then 5 (koordinator's row total would give its 1 back), 8 (the column
    // totals), 3 (the row totals): every hidden value has another hidden beside it.
    expect(printed(table('outcomes'))).toEqual([
      'x 0 x 0 0 | x',
      'x 0 x 0 0 | 6',
      'x 0 0 0 0 | x',
      '= x 0 x 0 0 | 10',
    ]);
    // Koordinator: median of 15 20 20 45 56 66 is 32.5, 90th percentile 66, 3 of 6 within a month.
    expect(printed(table('processingTime'))).toEqual(['x x x x', '32.5 66 50 6', 'x x x x']);
    expect(table('processingTime').columnUnits).toEqual(['days', 'days', 'percent', 'count']);
    expect(printed(table('interimReplies'))).toEqual(['x x x 0 | 3']);
    expect(printed(table('activeCases'))).toEqual(['11', '6', 'x', 'x', 'x']);
    // One coordinator without cases hides the 3 beside it, and so the count holding cases too,
    // which with the 4 active would give that one back.
    expect(printed(table('caseloadSpread'))).toEqual(['x x 0 0 0 | 4']);
    // 3 of 4 trained: the share, and the 3 beside the 4, would give back the 1 without valid
    // training; the 3 trained holding cases would too, subtracted from the 4 active.
    expect(printed(table('coordinators'))).toEqual(['4 x x', 'x x x']);
    expect(printed(table('ageTransitions'))).toEqual(['0', 'x', '0', 'x']);
  });

  it('hides more at the default threshold 5 than at 3', async () => {
    const { core } = await reportRegister();
    const five = await core.ok('reports.leadership', Q3);
    expect(five.threshold).toBe(5);
    const byKey = (key: string) => five.tables.find((t) => t.key === key)!;
    // 3 of 6 within a month: 3 on time and 3 late are both under 5, so the share goes too.
    expect(printed(byKey('processingTime'))).toEqual(['x x x x', '32.5 66 x 6', 'x x x x']);
    expect(printed(byKey('activeCases'))).toEqual(['11', '6', 'x', 'x', 'x']);
    // 4 active coordinators are fewer than 5: the count, and the share computed from it, go.
    expect(printed(byKey('coordinators'))).toEqual(['x x x', 'x x x']);
    expect(printed(byKey('caseloadSpread'))).toEqual(['x x 0 0 0 | x']);
  });

  it('judges a period still running at today, and one in the past at its own end', async () => {
    const { core } = await reportRegister();
    await core.ok('reports.updateSettings', { suppressionThreshold: 3 });
    const open = (r: { tables: ReportTable[] }) =>
      r.tables.find((t) => t.key === 'activeCases')!.cells[0]![0]!;
    // At 30.06 only B1-B5 had come in (B4 still open then): five open cases.
    expect(open(await core.ok('reports.leadership', { from: '2027-04-01', to: '2027-06-30' }))).toEqual({
      value: 5,
      suppressed: false,
    });
    // A period ending after today is counted as it stands today: 11 open, as at 30.09.
    expect(open(await core.ok('reports.leadership', { from: '2027-10-01', to: '2027-12-31' }))).toEqual({
      value: 11,
      suppressed: false,
    });
  });
  it('counts a change made after the last report (the facts kept between calls are dropped)', async () => {
    const { core } = await reportRegister();
    await core.ok('reports.updateSettings', { suppressionThreshold: 3 });
    const openCases = async () =>
      (await core.ok('reports.leadership', Q3)).tables.find((t) => t.key === 'activeCases')!.cells[0]![0]!;
    expect(await openCases()).toEqual({ value: 11, suppressed: false });
    const { rows } = await core.ok('cases.list', { limit: 50 });
    const a7 = rows.find((r) => r.receivedDate === '2027-09-20')!;
    await core.ok('cases.recordStep', {
      caseId: a7.id,
      step: { kind: 'closing', date: '2027-09-25', reason: 'needEnded' },
    });
    expect(await openCases()).toEqual({ value: 10, suppressed: false });
  });
});

describe('the threshold setting', () => {
  it('starts at 5, is changed by an administrator, and the change is logged', async () => {
    const { core } = await reportRegister();
    expect(await core.ok('reports.settings', {})).toEqual({ suppressionThreshold: 5 });
    expect(await core.ok('reports.updateSettings', { suppressionThreshold: 7 })).toEqual({
      suppressionThreshold: 7,
    });
    expect(await core.ok('reports.settings', {})).toEqual({ suppressionThreshold: 7 });
    const { rows } = await core.ok('audit.list', { limit: 5 });
    const update = rows.find((r) => r.action === 'update')!;
    expect(update).toMatchObject({ entity: 'settings', fields: ['suppressionThreshold'] });
    // The same value again changes nothing and logs nothing.
    const before = (await core.ok('audit.list', { limit: 1 })).rows[0]!.id;
    await core.ok('reports.updateSettings', { suppressionThreshold: 7 });
    const after = (await core.ok('audit.list', { limit: 3 })).rows.filter((r) => r.entity !== 'audit');
    expect(after.every((r) => r.id <= before)).toBe(true);
  });

  it.each([2, 21, 4.5])('refuses %s and stores nothing', async (threshold) => {
    const { core } = await reportRegister();
    const error = await core.fails('reports.updateSettings', { suppressionThreshold: threshold });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { suppressionThreshold: 'validation.thresholdInvalid' },
    });
    expect(await core.ok('reports.settings', {})).toEqual({ suppressionThreshold: 5 });
  });

  it('lets a leder read and export the report, and not change the threshold', async () => {
    const { core } = await reportRegister();
    await core.ok('users.create', {
      username: 'lise',
      displayName: 'Lise Leder',
      role: 'leder',
      password: 'lederpassord 2026',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise', password: 'lederpassord 2026' });
    expect((await core.ok('reports.leadership', Q3)).tables).toHaveLength(11);
    expect((await core.ok('reports.export', { ...Q3, format: 'csv' })).fileName).toMatch(/\.csv$/);
    expect(await core.ok('reports.settings', {})).toEqual({ suppressionThreshold: 5 });
    const refused = await core.fails('reports.updateSettings', { suppressionThreshold: 7 });
    expect(refused.code).toBe('FORBIDDEN');
  });

  it('refuses a period that ends before it starts', async () => {
    const { core } = await reportRegister();
    const error = await core.fails('reports.leadership', { from: '2027-09-30', to: '2027-07-01' });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { to: 'validation.periodInvalid' } });
  });
});
