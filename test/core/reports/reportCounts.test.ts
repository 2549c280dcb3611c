import { describe, expect, it } from 'vitest';

import { interimReplies, median, percentile, processingTimes } from '@core/reports/eventCounts';
import { percent } from '@core/reports/leadershipReport';
import type { ReportCase } from '@core/reports/reportFacts';
import { caseStock } from '@core/reports/stockCounts';
import { defaultCaseRules, type CaseStep, type Right } from '@shared/domain/case';
import { caseloadBand } from '@shared/domain/coordination';

import { caseOf, closing, decision, interimReply, reopening } from '../../shared/caseFactory';

let nextId = 0;
const reportCase = (
  receivedDate: string,
  steps: CaseStep[] = [],
  rights: Right[] = ['koordinator'],
  birthDate: string | null = '2015-05-10',
): ReportCase => ({ ...caseOf(receivedDate, steps, rights), id: ++nextId, birthDate });

describe('the statistics of processing time', () => {
  it.each<[number[], number | null, number | null]>([
    [[], null, null],
    [[7], 7, 7],
    [[1, 2, 3, 4], 2.5, 4],
    [[15, 20, 20, 45, 56, 66], 32.5, 66],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5.5, 9],
    [Array.from({ length: 20 }, (_, i) => i + 1), 10.5, 18],
  ])('of %j: median %s, 90th percentile %s', (days, mid, p90) => {
    expect(median(days)).toBe(mid);
    expect(percentile(days, 90)).toBe(p90);
  });

  it('gives shares with one decimal, and none without a basis', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(3, 6)).toBe(50);
    expect(percent(0, 0)).toBeNull();
  });

  it('counts a decision on the day a month after receipt as within one month, the next day not', () => {
    // 31 January + one month is 28 February.
    const period = { from: '2027-02-01', to: '2027-03-31' };
    const [onTime] = processingTimes(
      [reportCase('2027-01-31', [decision('koordinator', '2027-02-28')])],
      period,
    )
      .filter((p) => p.right === 'koordinator')
      .map((p) => p.withinOneMonth);
    const [late] = processingTimes(
      [reportCase('2027-01-31', [decision('koordinator', '2027-03-01')])],
      period,
    )
      .filter((p) => p.right === 'koordinator')
      .map((p) => p.withinOneMonth);
    expect([onTime, late]).toEqual([1, 0]);
  });
});

describe('interim replies owed in the period', () => {
  const october = { from: '2027-10-01', to: '2027-10-31' };
  const cases = [
    reportCase('2027-09-10'),
    reportCase('2027-09-12', [interimReply('2027-10-01')]),
    reportCase('2027-09-14', [interimReply('2027-10-20')]),
    // Decided before the reply was due: none was owed.
    reportCase('2027-09-16', [decision('koordinator', '2027-10-01')]),
    // Due in November: another period's.
    reportCase('2027-10-02'),
  ];

  it("are pending while the reply's date has not come", () => {
    expect(interimReplies(cases, october, defaultCaseRules, '2027-10-05').counts).toEqual([[1, 1, 0, 1]]);
  });

  it('are missing once it has passed with no reply', () => {
    expect(interimReplies(cases, october, defaultCaseRules, '2027-10-25').counts).toEqual([[1, 1, 1, 0]]);
  });
});

describe("cases at the period's end", () => {
  it('reads each case as it stood that day: later steps had not happened', () => {
    const granted = decision('koordinator', '2027-05-01');
    const cases = [
      reportCase('2027-03-01', [granted, closing('2027-07-10')]),
      reportCase('2027-03-01', [
        decision('koordinator', '2027-04-01'),
        closing('2027-05-01'),
        reopening('2027-06-01'),
      ]),
      // Received after the day: not there yet.
      reportCase('2027-07-01'),
    ];
    const stock = caseStock(cases, [], defaultCaseRules, '2027-06-30');
    // Both open on 30.06, both with koordinator granted and nobody appointed.
    expect(stock.activeCases.counts.flat()).toEqual([2, 2, 0, 0, 2]);
    expect(caseStock(cases, [], defaultCaseRules, '2027-07-31').activeCases.counts.flat()).toEqual([
      2, 1, 0, 0, 1,
    ]);
  });

  it('counts a child with a barnekoordinator turning 18 within the notice months, not one turning later', () => {
    const child = (birthDate: string) =>
      reportCase('2027-01-05', [decision('barnekoordinator', '2027-02-01')], ['barnekoordinator'], birthDate);
    // The six whole months after 30.09.2027 end on 31.03.2028: the last 18th birthday counted
    // (whole months, so an anonymised child's year and month of birth count the same).
    const cases = [
      child('2009-10-01'),
      child('2010-03-30'),
      child('2010-03-31'),
      child('2010-04-01'),
      child('2009-06-01'),
    ];
    const stock = caseStock(cases, [], defaultCaseRules, '2027-09-30');
    // The one born 01.06.2009 turned 18 before the day: overdue, not soon.
    expect(stock.turning18).toBe(3);
  });

  it.each([
    [0, 'none'],
    [1, 'oneToThree'],
    [3, 'oneToThree'],
    [4, 'fourToSix'],
    [6, 'fourToSix'],
    [7, 'sevenToTen'],
    [10, 'sevenToTen'],
    [11, 'overTen'],
  ] as const)('puts a coordinator with %i cases in the band %s', (cases, band) => {
    expect(caseloadBand(cases)).toBe(band);
  });
});
