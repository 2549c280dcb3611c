import type { LeadershipReport, ReportTable, ReportValue } from '../../../shared/api/reports';
import { rights, transitionOutcomes } from '../../../shared/domain/case';
import {
  hiddenValue,
  isSmall,
  suppressByBasis,
  suppressCount,
  suppressGrid,
} from '../../../shared/domain/suppression';
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
} from './eventCounts';
import type { ReportFacts } from './reportFacts';
import { caseStock, coordinatorCounts, planStock, type CoordinatorCounts } from './stockCounts';

/**
 * The leadership report (DOMAIN.md section 7): the counts of eventCounts.ts and stockCounts.ts,
 * anonymised by shared/domain/suppression.ts. Where two tables show the same number (a row total
 * here, a basis there), hiding it in one hides it in the other, or the second would give it back.
 */

/** A share in per cent with one decimal; null without a basis. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}

function suppressed(table: CountTable, threshold: number): ReportTable {
  const grid = suppressGrid(table.counts, table.totals, threshold);
  return { key: table.key, rows: [...table.rows], columns: [...table.columns], unit: 'count', ...grid };
}

/** Median and 90th percentile days, the share decided within a month, and the basis, per right. */
function processingTable(
  facts: ReportFacts,
  period: Period,
  threshold: number,
  outcomeTotals: ReportValue[] | null,
): ReportTable {
  const cells = processingTimes(facts.cases, period).map(({ right, days, withinOneMonth }) => {
    const n = days.length;
    // Usually the same number as the decisions row of `outcomes`: hidden there, hidden here.
    const totalHidden = outcomeTotals?.[rights.indexOf(right)]?.suppressed ?? false;
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
      linkedCount(n, totalHidden, threshold),
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
function coordinatorTables(counts: CoordinatorCounts, threshold: number): ReportTable[] {
  const spread = suppressed(counts.spread, threshold);
  const totalHidden = spread.rowTotals![0]!.suppressed;
  const noneHidden = spread.cells[0]![0]!.suppressed;
  const row = (count: number, trained: number, linkedHidden: boolean): ReportValue[] => {
    const countValue = linkedCount(count, linkedHidden, threshold);
    const trainedValue = suppressCount(trained, threshold);
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
      row(counts.active, counts.activeTrained, totalHidden),
      row(counts.holding, counts.holdingTrained, totalHidden || noneHidden),
    ],
    rowTotals: null,
    columnTotals: null,
    total: null,
  };
  return [coordinators, spread];
}

function ageTransitionTable(facts: ReportFacts, period: Period, turning18: number, threshold: number) {
  const byOutcome = transitions(facts.cases, period);
  const counts = [...transitionOutcomes.map((o) => [byOutcome.get(o)!]), [turning18]];
  return suppressed(
    {
      key: 'ageTransitions',
      rows: [...transitionOutcomes, 'turning18'],
      columns: ['cases'],
      totals: 'none',
      counts,
    },
    threshold,
  );
}

export interface ReportInput {
  period: Period;
  today: string;
  threshold: number;
  municipalityName: string;
  generatedAt: string;
}

export function leadershipReport(facts: ReportFacts, input: ReportInput): LeadershipReport {
  const { period, today, threshold } = input;
  // Stocks are counted at the period's end, or today while the period is still running.
  const day = period.to < today ? period.to : today;
  const outcomeTable = suppressed(outcomes(facts.cases, period), threshold);
  const stock = caseStock(facts.cases, facts.appointments, facts.rules, day);
  const [coordinators, spread] = coordinatorTables(coordinatorCounts(facts, stock.open, day), threshold);
  const tables: ReportTable[] = [
    suppressed(applications(facts.cases, period), threshold),
    outcomeTable,
    processingTable(facts, period, threshold, outcomeTable.rowTotals),
    suppressed(interimReplies(facts.cases, period, facts.rules, today), threshold),
    suppressed(appeals(facts.cases, period), threshold),
    suppressed(stock.activeCases, threshold),
    coordinators!,
    spread!,
    suppressed(changes(facts.appointments, period), threshold),
    suppressed(planStock(facts, day), threshold),
    ageTransitionTable(facts, period, stock.turning18, threshold),
  ];
  return {
    from: period.from,
    to: period.to,
    municipalityName: input.municipalityName,
    threshold,
    generatedAt: input.generatedAt,
    tables,
  };
}
