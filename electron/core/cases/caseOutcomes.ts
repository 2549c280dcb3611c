import { appealStages, type AppealStage, type CaseListRow } from '../../../shared/api/cases';
import type { Appeal, DecisionOutcome, Right } from '../../../shared/domain/case';
import {
  awaitsMunicipality,
  decisionsInForce,
  isAtGovernor,
  stepsOf,
} from '../../../shared/domain/caseSteps';
import type { Db } from '../storage/database';
import { STEP_COLUMNS, stepsGroupedByCase, type StoredStep } from './casesRepo';

/*
 * The list's filters on decisions and appeals. Both live in the steps' JSON, so each filter is one
 * subquery over the steps of one kind (index case_steps_kind), never a derivation per case; the
 * SQL mirrors the domain's reading, and test/core/cases/caseOutcomes.test.ts holds them together.
 */

/** Where one appeal stands; a case's appeals are shown most pressing first. */
export function appealStage(appeal: Appeal): AppealStage {
  if (isAtGovernor(appeal)) return 'atGovernor';
  if (awaitsMunicipality(appeal)) return 'atMunicipality';
  return appeal.governorOutcome !== null ? 'decidedByGovernor' : 'decidedByMunicipality';
}

const field = (alias: string, name: string) => `json_extract(${alias}.data, '$.${name}')`;

/** `appealStage` in SQL, for the appeal step `a`. */
export const APPEAL_STAGE_SQL = `CASE
  WHEN ${field('a', 'forwardedDate')} IS NOT NULL AND ${field('a', 'governorOutcome')} IS NULL THEN 'atGovernor'
  WHEN ${field('a', 'reassessment')} IS NULL
    OR (${field('a', 'reassessment')} <> 'upheld' AND ${field('a', 'forwardedDate')} IS NULL) THEN 'atMunicipality'
  WHEN ${field('a', 'governorOutcome')} IS NOT NULL THEN 'decidedByGovernor'
  ELSE 'decidedByMunicipality' END`;

/**
 * Cases whose decision in force (the latest for its right: later date, then later recorded, as
 * `decisionInForce`) has the outcome, for the right if one is named.
 */
export function outcomeClause(
  filter: { outcome?: DecisionOutcome; outcomeRight?: Right },
  params: Record<string, string | number>,
): string[] {
  if (!filter.outcome && !filter.outcomeRight) return [];
  const conditions = ["d.kind = 'decision'"];
  if (filter.outcome) {
    params.outcome = filter.outcome;
    conditions.push(`${field('d', 'outcome')} = @outcome`);
  }
  if (filter.outcomeRight) {
    params.outcomeRight = filter.outcomeRight;
    conditions.push(`${field('d', 'right')} = @outcomeRight`);
  }
  return [
    `c.id IN (SELECT d.case_id FROM case_steps d WHERE ${conditions.join(' AND ')}
      AND NOT EXISTS (SELECT 1 FROM case_steps n WHERE n.kind = 'decision' AND n.case_id = d.case_id
        AND ${field('n', 'right')} = ${field('d', 'right')} AND (n.date > d.date OR (n.date = d.date AND n.id > d.id))))`,
  ];
}

/** Cases with an appeal at the stage (`any`: with an appeal). */
export function appealClause(
  appeal: AppealStage | 'any' | undefined,
  params: Record<string, string | number>,
): string[] {
  if (!appeal) return [];
  if (appeal === 'any') return ["c.id IN (SELECT a.case_id FROM case_steps a WHERE a.kind = 'appeal')"];
  params.appealStage = appeal;
  return [
    `c.id IN (SELECT a.case_id FROM case_steps a WHERE a.kind = 'appeal' AND ${APPEAL_STAGE_SQL} = @appealStage)`,
  ];
}

type BareRow = Omit<CaseListRow, 'decisions' | 'appeals'>;

/** The decisions in force and the appeals' stages of a page of rows, read in one query. */
export function withOutcomes(db: Db, rows: BareRow[]): CaseListRow[] {
  if (rows.length === 0) return [];
  const steps = db
    .prepare(
      `SELECT case_id, ${STEP_COLUMNS} FROM case_steps
       WHERE case_id IN (SELECT value FROM json_each(?)) AND kind IN ('decision', 'appeal')
       ORDER BY case_id, date, id`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as (StoredStep & { case_id: number })[];
  const byCase = stepsGroupedByCase(steps);
  return rows.map((row) => {
    const record = { steps: byCase.get(row.id) ?? [] };
    const stages = new Set(stepsOf(record, 'appeal').map(appealStage));
    return {
      ...row,
      decisions: decisionsInForce(record).map((d) => ({ right: d.right, outcome: d.outcome })),
      appeals: appealStages.filter((s) => stages.has(s)),
    };
  });
}
