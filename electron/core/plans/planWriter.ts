import type { AuditAction } from '@shared/api/audit';
import { closingInForce } from '@shared/domain/caseSteps';
import type { PlanFields } from '@shared/domain/plan';
import { ipGrantedFrom, planProblems } from '@shared/domain/planOverview';

import { loadCaseForChange } from '../cases/caseChecks';
import { audit, session, type Ctx } from '../context';
import { refreshDerived } from '../derived/refreshDerived';
import { CoreError, refuseFields as refuse } from '../errors';
import type { Db } from '../storage/database';
import { findPlan, insertPlan, updatePlan } from './plansRepo';

/*
 * How a plan is written: the checks on the open case, the plan's own fields, and what every write
 * ends with (the derived state written again, one audit row on the case). The plan service and
 * the import both write plans through here.
 */

const PLAN_FIELDS = [
  'wanted',
  'tool',
  'toolReference',
  'periodStart',
  'periodEnd',
  'nextRevisionDate',
  'lastEvaluationDate',
  'closedDate',
  'closedNote',
] as const;

/**
 * Refusals that concern the plan as a whole (no IP right, no plan yet) are given on `caseId`:
 * no field of the form holds them, so the forms show them at the top.
 */
export const WHOLE = 'caseId';

/** The fields named whose values differ (arrays and nulls compared by value). */
export function changedFields<T extends object>(
  before: T | null,
  after: T,
  fields: readonly (keyof T & string)[],
) {
  return fields.filter((f) => before === null || JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

/** No lower bound for a plan kept after its IP decision was changed: it can still be corrected and closed. */
export const NO_EARLIEST = '0000-01-01';

/** The open case of a write, with its plan if started; refuses an unknown or closed case. */
export function openCase(db: Db, caseId: number) {
  const { record } = loadCaseForChange(db, caseId);
  if (closingInForce(record)) throw new CoreError('CASE_CLOSED');
  return { record, plan: findPlan(db, caseId) };
}

/** What a write changed, for its audit row: the plan's parts are named in `fields`; null for no change. */
export type Change = { action: AuditAction; fields: string[] } | null;

/**
 * How every write to a plan's records (the plan, its goals, measures, members, meetings and
 * points) ends, in the write's transaction: what is stored as derived from the case is written
 * again (the plan's summary among it), then one audit row on the case.
 */
export function recorded(ctx: Ctx, db: Db, caseId: number, change: Change): void {
  if (!change) return;
  refreshDerived(db, caseId, ctx.today());
  audit(ctx, { action: change.action, entity: 'case', entityId: caseId, fields: change.fields });
}

/** The plan's own fields: checked and written; what changed. */
export function writePlan(ctx: Ctx, db: Db, caseId: number, fields: PlanFields, at: string): Change {
  const { record, plan } = openCase(db, caseId);
  const granted = ipGrantedFrom(record);
  if (!plan && granted === null) refuse({ [WHOLE]: 'validation.ipNotGranted' });
  refuse(planProblems(fields, granted ?? NO_EARLIEST, ctx.today()), 'plan.');
  if (!plan) {
    insertPlan(db, caseId, fields, session(ctx).user.username, at);
    return { action: 'plan_create', fields: ['plan', ...PLAN_FIELDS] };
  }
  const changed = changedFields<PlanFields>(plan, fields, PLAN_FIELDS);
  if (!changed.length) return null;
  updatePlan(db, plan.id, fields, at);
  return { action: 'plan_update', fields: ['plan', ...changed] };
}

/** Starts a plan (or changes its own fields) after the checks; logged on the case. Also the import's way in. */
export function savePlan(ctx: Ctx, db: Db, caseId: number, fields: PlanFields, at: string): void {
  recorded(ctx, db, caseId, writePlan(ctx, db, caseId, fields, at));
}
