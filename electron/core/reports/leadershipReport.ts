import type { LeadershipReport, ReportTable, ReportValue } from '@shared/api/reports';
import { rights, transitionOutcomes } from '@shared/domain/case';
import {
  hiddenValue,
  isSmall,
  suppressByBasis,
  suppressCount,
  suppressGrid,
} from '@shared/domain/suppression';

import {
  applications,
  appeals,
  changes,
  interimReplies,
  median,
  outcomes,
  percentile,
  processingTimes,
  transitions,
  type CountTable,
  type Period,
  type ProcessingTimes,
} from './eventCounts';
import { figureId, nextToHide, positionsIn } from './nestedFigures';
import type { ReportFacts } from './reportFacts';
import { caseStock, coordinatorCounts, planStock, type CoordinatorCounts } from './stockCounts';

/**
 * The leadership report (DOMAIN.md section 7): the counts of eventCounts.ts and stockCounts.ts,
 * anonymised by shared/domain/suppression.ts. Where two tables show the same number (a row total
 * here, a basis there), hiding it in one hides it in the other, or the second would give it back.
 * Where one count is a subset of another (nestedFigures.ts), a small difference hides the subset,
 * and the tables are suppressed again around it until no declared pair gives anything away.
 */

/** A share in per cent with one decimal; null without a basis. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}

/** Everything the report counts, before anything is hidden. */
export interface ReportCounts {
  applications: CountTable;
  outcomes: CountTable;
  processing: ProcessingTimes[];
  interimReplies: CountTable;
  appeals: CountTable;
  activeCases: CountTable;
  coordinators: CoordinatorCounts;
  changes: CountTable;
  plans: CountTable;
  ageTransitions: CountTable;
}

/** Figures hidden for a small difference to another (nestedFigures.ts ids), and what follows. */
type Hide = ReadonlySet<string>;

function suppressed(table: CountTable, threshold: number, hide: Hide): ReportTable {
  const grid = suppressGrid(table.counts, table.totals, threshold, positionsIn(table, hide));
  return { key: table.key, rows: [...table.rows], columns: [...table.columns], unit: 'count', ...grid };
}

/** Median and 90th percentile days, the share decided within a month, and the basis, per right. */
function processingTable(
  processing: readonly ProcessingTimes[],
  threshold: number,
  outcomeTotals: ReportValue[] | null,
  hide: Hide,
): ReportTable {
  const cells = processing.map(({ right, days, withinOneMonth }) => {
    const n = days.length;
    // Usually the same number as the decisions row of `outcomes`: hidden there, hidden here.
    const totalHidden = outcomeTotals?.[rights.indexOf(right)]?.suppressed ?? false;
    const decisionsHidden = hide.has(figureId({ table: 'processingTime', row: right, column: 'decisions' }));
    return [
      suppressByBasis(median(days), n, threshold),
      suppressByBasis(percentile(days, 90), n, threshold),
      // A share gives back both of its parts: hidden when either is small (1 late of 10 is 90 %).
      suppressByBasis(
        percent(withinOneMonth, n),
        n,
        threshold,
        isSmall(withinOneMonth, threshold) || isSmall(n - withinOneMonth, threshold),
      ),
      linkedCount(n, totalHidden || decisionsHidden, threshold),
    ];
  });
  return {
    key: 'processingTime',
    rows: [...rights],
    columns: ['medianDays', 'p90Days', 'withinOneMonth', 'decisions'],
    unit: 'days',
    columnUnits: ['days', 'days', 'percent', 'count'],
    cells,
    rowTotals: null,
    columnTotals: null,
    total: null,
  };
}

/** A count that another table shows too: hidden here whenever it is hidden there. */
function linkedCount(count: number, hiddenThere: boolean, threshold: number): ReportValue {
  return hiddenThere && !isSmall(count, threshold) ? hiddenValue('hidden') : suppressCount(count, threshold);
}

/**
 * Active coordinators and those holding cases, with their training. `caseloadSpread` shows the
 * same coordinators by caseload: its total is the active count and its "none" is active minus
 * holding, so what it hides is hidden here too.
 */
function coordinatorTables(counts: CoordinatorCounts, threshold: number, hide: Hide): ReportTable[] {
  const spread = suppressed(counts.spread, threshold, hide);
  const totalHidden = spread.rowTotals![0]!.suppressed;
  const noneHidden = spread.cells[0]![0]!.suppressed;
  const hidden = (row: string, column: string) => hide.has(figureId({ table: 'coordinators', row, column }));
  const row = (key: string, count: number, trained: number, linkedHidden: boolean): ReportValue[] => {
    const countValue = linkedCount(count, linkedHidden || hidden(key, 'coordinators'), threshold);
    const trainedValue = linkedCount(trained, hidden(key, 'validTraining'), threshold);
    const share = suppressByBasis(
      percent(trained, count),
      count,
      threshold,
      countValue.suppressed || trainedValue.suppressed || isSmall(count - trained, threshold),
    );
    return [countValue, trainedValue, share];
  };
  const coordinators: ReportTable = {
    key: 'coordinators',
    rows: ['active', 'holdingCases'],
    columns: ['coordinators', 'validTraining', 'validTrainingShare'],
    unit: 'count',
    columnUnits: ['count', 'count', 'percent'],
    cells: [
      row('active', counts.active, counts.activeTrained, totalHidden),
      row('holdingCases', counts.holding, counts.holdingTrained, totalHidden || noneHidden),
    ],
    rowTotals: null,
    columnTotals: null,
    total: null,
  };
  return [coordinators, spread];
}

function ageTransitionCounts(facts: ReportFacts, period: Period, turning18: number): CountTable {
  const byOutcome = transitions(facts.cases, period);
  return {
    key: 'ageTransitions',
    rows: [...transitionOutcomes, 'turning18'],
    columns: ['cases'],
    totals: 'none',
    counts: [...transitionOutcomes.map((o) => [byOutcome.get(o)!]), [turning18]],
  };
}

export interface ReportInput {
  period: Period;
  today: string;
  threshold: number;
  municipalityName: string;
  generatedAt: string;
}

/** Every count of the report for the period. */
export function reportCounts(facts: ReportFacts, period: Period, today: string): ReportCounts {
  // Stocks are counted at the period's end, or today while the period is still running.
  const day = period.to < today ? period.to : today;
  const stock = caseStock(facts.cases, facts.appointments, facts.rules, day);
  return {
    applications: applications(facts.cases, period),
    outcomes: outcomes(facts.cases, period),
    processing: processingTimes(facts.cases, period),
    interimReplies: interimReplies(facts.cases, period, facts.rules, today),
    appeals: appeals(facts.cases, period),
    activeCases: stock.activeCases,
    coordinators: coordinatorCounts(facts, stock.open, day),
    changes: changes(facts.appointments, period),
    plans: planStock(facts, day),
    ageTransitions: ageTransitionCounts(facts, period, stock.turning18),
  };
}

/** The tables with small counts hidden, and the figures in `hide` with them. */
function reportTables(counts: ReportCounts, threshold: number, hide: Hide): ReportTable[] {
  const outcomeTable = suppressed(counts.outcomes, threshold, hide);
  const [coordinators, spread] = coordinatorTables(counts.coordinators, threshold, hide);
  return [
    suppressed(counts.applications, threshold, hide),
    outcomeTable,
    processingTable(counts.processing, threshold, outcomeTable.rowTotals, hide),
    suppressed(counts.interimReplies, threshold, hide),
    suppressed(counts.appeals, threshold, hide),
    suppressed(counts.activeCases, threshold, hide),
    coordinators!,
    spread!,
    suppressed(counts.changes, threshold, hide),
    suppressed(counts.plans, threshold, hide),
    suppressed(counts.ageTransitions, threshold, hide),
  ];
}

/**
 * The report's tables, anonymised: small counts hidden with what gives them back, then, one at a
 * time, each subset whose difference to its superset is small (or that the two others of a
 * superset, subset and difference would give back), with the tables suppressed again around it.
 * Each round hides one more figure, so this ends.
 */
export function anonymisedTables(counts: ReportCounts, threshold: number): ReportTable[] {
  const hide = new Set<string>();
  for (;;) {
    const tables = reportTables(counts, threshold, hide);
    const next = nextToHide(tables, threshold);
    if (next === null) return tables;
    const id = figureId(next);
    if (hide.has(id)) throw new Error(`The report did not hide ${id}`);
    hide.add(id);
  }
}

export function leadershipReport(facts: ReportFacts, input: ReportInput): LeadershipReport {
  const { period, today, threshold } = input;
  return {
    from: period.from,
    to: period.to,
    municipalityName: input.municipalityName,
    threshold,
    generatedAt: input.generatedAt,
    tables: anonymisedTables(reportCounts(facts, period, today), threshold),
  };
}
