import type { FigureCaseRow, FigureCoordinatorRow } from '@shared/api/dashboards';
import type { CaseStatus } from '@shared/domain/case';

import { CASE_ROWS, HOLDER_NAMES } from './dashboardSql';
import type { Env, Member } from './figures';
import { activePool } from './poolDashboards';

/**
 * The rows of a figure's list, in the figure's order: cases with their person, status and the
 * coordinator holding them, or coordinators with their caseload and training.
 */

export function caseRows(
  env: Env,
  members: readonly Member[],
): { rows: FigureCaseRow[]; personIds: number[] } {
  const params = { ids: JSON.stringify([...new Set(members.map((m) => m.id))]), today: env.today };
  const cases = new Map(
    (
      env.db.prepare(CASE_ROWS).all(params) as {
        id: number;
        caseNumber: string;
        personId: number;
        personName: string;
        status: CaseStatus;
      }[]
    ).map((c) => [c.id, c]),
  );
  const holders = new Map(
    (env.db.prepare(HOLDER_NAMES).all(params) as { caseId: number; name: string }[]).map((h) => [
      h.caseId,
      h.name,
    ]),
  );
  const rows = members.map((m): FigureCaseRow => {
    const c = cases.get(m.id)!;
    return {
      caseId: c.id,
      caseNumber: c.caseNumber,
      personName: c.personName,
      status: c.status,
      coordinatorName: holders.get(c.id) ?? null,
      detail: m.detail,
    };
  });
  return { rows, personIds: [...new Set([...cases.values()].map((c) => c.personId))].sort((a, b) => a - b) };
}

export function coordinatorRows(env: Env, members: readonly Member[]): FigureCoordinatorRow[] {
  const pool = new Map(activePool(env).map((c) => [c.id, c]));
  return members.map((m) => {
    const c = pool.get(m.id)!;
    return {
      coordinatorId: c.id,
      name: c.name,
      serviceUnit: c.serviceUnitName,
      cases: c.caseload,
      capacity: c.capacity,
      training: c.training,
    };
  });
}
