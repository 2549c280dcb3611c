import path from 'node:path';

import { afterEach } from 'vitest';

import { migrations } from '@core/migrations/index';
import { migrate } from '@core/migrations/migrate';
import { createDatabase, type Db } from '@core/storage/database';

import { tempDir } from '../harness';

/** An empty register at the newest schema, analysed, for reading the query planner's choices. */
export function plannedRegister(): Db {
  const file = path.join(tempDir(), 'samordna.db');
  const db = createDatabase(file, Buffer.alloc(32, 7));
  open.push(db);
  migrate(db, file, migrations);
  db.exec('ANALYZE');
  return db;
}

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** The query planner's steps for a statement, as one line of text per step. */
export const queryPlan = (db: Db, sql: string, params: Record<string, string>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');
