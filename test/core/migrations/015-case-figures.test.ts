import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APPEALS_AWAITING,
  APPEALS_NOT_FORWARDED,
  BORN_BETWEEN,
  CHANGES,
  INTERIM_REPLIES,
  UNASSIGNED,
} from '../../../electron/core/dashboards/dashboardSql';
import { countSql } from '../../../electron/core/dashboards/figures';
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

describe('schema v15: the dashboards count stored facts per case through indexes', () => {
  it('adds the facts to every case, empty until its summary is written', () => {
    const db = register();
    const columns = (db.prepare('PRAGMA table_info(cases)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(
      expect.arrayContaining([
        'interim_reply_due',
        'appeal_awaiting_since',
        'appeal_not_forwarded_since',
        'child_heard',
        'no_coordinator_since',
        'no_coordinator_from',
      ]),
    );
  });

  it('counts interim replies on the index alone, and each other figure on its own index', () => {
    const db = register();
    const today = { today: '2027-06-14', soon: '2027-06-28' };
    expect(plan(db, countSql(INTERIM_REPLIES), today)).toMatch(/USING COVERING INDEX cases_interim_reply/);
    expect(plan(db, countSql(APPEALS_AWAITING), {})).toMatch(/cases_appeal_awaiting/);
    expect(plan(db, countSql(APPEALS_NOT_FORWARDED), {})).toMatch(/cases_appeal_not_forwarded/);
    expect(plan(db, countSql(UNASSIGNED), today)).toMatch(/USING COVERING INDEX cases_no_coordinator/);
    const young = plan(db, BORN_BETWEEN, { bornFrom: '2009-01-01', bornTo: '2012-12-31' });
    expect(young).toMatch(/persons_birth_date/);
    expect(young).toMatch(/USING COVERING INDEX cases_person_heard/);
    expect(plan(db, CHANGES, { from: '2026-06-15', to: '2027-06-14' })).toMatch(/appointments_ended/);
    for (const sql of [INTERIM_REPLIES, APPEALS_AWAITING, UNASSIGNED].map(countSql))
      expect(plan(db, sql, today)).not.toMatch(/SCAN c\b/);
  });
});
