import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createDatabase, type Db } from '@core/storage/database';

let dir = '';
let db: Db | undefined;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('compiled statements', () => {
  it('are compiled once per SQL text, keep the 500 last used, and see schema changes', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'samordna-stmt-'));
    db = createDatabase(path.join(dir, 'test.db'), randomBytes(32));
    db.exec('CREATE TABLE t (x INTEGER)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    expect(db.prepare('INSERT INTO t VALUES (?)')).toBe(insert);

    // 499 others, then the first is used again, then one more: the first stays, the second goes.
    const second = db.prepare('SELECT 1');
    for (let i = 2; i < 500; i++) db.prepare(`SELECT ${i}`);
    expect(db.prepare('INSERT INTO t VALUES (?)')).toBe(insert);
    db.prepare('SELECT 500');
    expect(db.prepare('INSERT INTO t VALUES (?)')).toBe(insert);
    expect(db.prepare('SELECT 1')).not.toBe(second);

    // A cached statement still runs after the table it reads has changed shape.
    const all = db.prepare('SELECT * FROM t');
    insert.run(1);
    db.exec('ALTER TABLE t ADD COLUMN y TEXT');
    expect(db.prepare('SELECT * FROM t')).toBe(all);
    expect(all.all()).toEqual([{ x: 1, y: null }]);
  });
});
