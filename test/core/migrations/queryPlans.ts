import type { Db } from '@core/storage/database';

import { registerAt } from './migrateTo';

/** An empty register at the newest schema, analysed, for reading the query planner's choices. */
export function plannedRegister(): Db {
  const { db } = registerAt();
  db.exec('ANALYZE');
  return db;
}

/** The query planner's steps for a statement, as one line of text per step. */
export const queryPlan = (db: Db, sql: string, params: Record<string, string>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');
