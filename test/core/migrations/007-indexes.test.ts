import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPEAL_RUNNING, BORN_BETWEEN } from '../../../electron/core/dashboards/dashboardSql';
import { migrations } from '../../../electron/core/migrations/index';
import { migrate } from '../../../electron/core/migrations/migrate';
import { createDatabase, type Db } from '../../../electron/core/storage/database';
import { tempDir } from '../harness';

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

function register(): Db {
  const file = path.join(tempDir(), 'samordna.db');
  const db = createDatabase(file, Buffer.alloc(32, 7));
  open.push(db);
  migrate(db, file, migrations);
  db.exec('ANALYZE');
  return db;
}

/** The query planner's steps for a statement, as one line of text per step. */
const plan = (db: Db, sql: string, params: Record<string, string>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

describe('schema v7: the dashboards read ranges through indexes, not whole tables', () => {
  it('finds children by birth date and running appeals by deadline', () => {
    const db = register();
    expect(plan(db, BORN_BETWEEN, { bornFrom: '2009-01-01', bornTo: '2012-12-31' })).toMatch(
      /persons_birth_date/,
    );
    expect(
      plan(db, `SELECT count(*) FROM cases c WHERE ${APPEAL_RUNNING.where}`, { today: '2027-01-01' }),
    ).toMatch(/cases_appeal_deadline/);
  });
});
