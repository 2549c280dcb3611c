import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { GENESIS, rowHash } from '@core/audit/auditLog';
import { listAudit, personLogRows } from '@core/audit/auditQuery';
import { seededRandom } from '@core/demo/random';
import { migrate } from '@core/migrations/migrate';
import { createDatabase, type Db } from '@core/storage/database';

import { printRows, time, type Stats } from './measure';

const AUDIT_ROWS = 1_000_000;
const CASES = 20_000;
const RUNS = 200;
const BATCH = 20_000;
/** The log's first minute; row n is written n minutes later. */
const START = Date.parse('2022-01-01T07:00:00.000Z');

/**
 * `npm run bench -- audit`: "who has looked at this person's case" out of 1 000 000 audit rows,
 * in an encrypted register of 20 000 persons and cases. The rows are made as the demo's history
 * makes them (case reads naming the case's person, case-list pages naming the 50 newest persons,
 * coordinator pages naming theirs, logins and logouts), written with appendAudit's SQL, hash and
 * person index, in transactions of 20 000 rows. Timed: a person's page of the log (count,
 * 100 rows and their names), the person's whole log (Innsyn i logg), a case's page, each for
 * a random person and for the person named most often; beside them the same person found by a
 * LIKE scan of the fields, as it was before the index.
 */
export async function benchAuditLog(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-bench-audit-'));
  const file = path.join(dir, 'samordna.db');
  const db = createDatabase(file, Buffer.alloc(32, 9));
  try {
    migrate(db, file);
    const started = performance.now();
    fill(db);
    const built = (performance.now() - started) / 1000;
    const indexRows = (db.prepare('SELECT count(*) AS n FROM audit_persons').get() as { n: number }).n;
    console.log(
      `\nAudit log: ${AUDIT_ROWS.toLocaleString('nb')} rows, ${indexRows.toLocaleString('nb')} person index rows, built in ${built.toFixed(1)} s`,
    );
    const busiest = db
      .prepare(
        'SELECT person_id AS id, count(*) AS n FROM audit_persons GROUP BY person_id ORDER BY n DESC LIMIT 1',
      )
      .get() as { id: number; n: number };
    // A figure of an empty answer would be meaningless: the busiest person's whole log must hold
    // every row the index has for them.
    const innsyn = personLogRows(db, busiest.id).length;
    if (innsyn !== busiest.n) {
      throw new Error(`Innsyn i logg gave ${innsyn} rows for the busiest person, the index has ${busiest.n}`);
    }
    const { next } = seededRandom(77);
    const randomPerson = () => 1 + Math.floor(next() * CASES);
    const caseOf = (personId: number) => personId; // one case per person, same id
    const like = db.prepare(`SELECT * FROM audit WHERE fields LIKE @pattern ORDER BY id DESC LIMIT 100`);
    const likeCount = db.prepare('SELECT count(*) AS n FROM audit WHERE fields LIKE @pattern');
    const page = { limit: 100, offset: 0 };
    const rows: [string, Stats][] = [
      [
        'a random person: page of 100 + count + names',
        await time(RUNS, () => listAudit(db, { ...page, personId: randomPerson() })),
      ],
      [
        `the busiest person (${busiest.n.toLocaleString('nb')} rows): page + count + names`,
        await time(RUNS, () => listAudit(db, { ...page, personId: busiest.id })),
      ],
      [
        'a random person: the whole log (Innsyn i logg)',
        await time(RUNS, () => personLogRows(db, randomPerson())),
      ],
      [
        'the busiest person: the whole log (Innsyn i logg)',
        await time(20, () => personLogRows(db, busiest.id)),
      ],
      [
        'a random case: page + count + names',
        await time(RUNS, () => listAudit(db, { ...page, caseId: caseOf(randomPerson()) })),
      ],
      [
        'the busiest person’s case: page + count + names',
        await time(RUNS, () => listAudit(db, { ...page, caseId: caseOf(busiest.id) })),
      ],
      [
        'a random person and an action: page + count + names',
        await time(RUNS, () => listAudit(db, { ...page, personId: randomPerson(), action: 'read' })),
      ],
      [
        'for comparison, a LIKE scan of the fields: page + count',
        await time(5, () => {
          const pattern = `%"person:${randomPerson()}"%`;
          likeCount.get({ pattern });
          return like.all({ pattern });
        }),
      ],
    ];
    printRows('Who has looked at a person’s case (1 000 000 audit rows, SQLCipher)', rows);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Persons and their cases, then the log, newest cases the most read. */
function fill(db: Db): void {
  const at = '2026-01-01T08:00:00.000Z';
  db.transaction(() => {
    const person = db.prepare(
      `INSERT INTO persons (id, name, search_name, sort_name, national_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, NULL, ?, ?)`,
    );
    const kase = db.prepare(
      `INSERT INTO cases (id, case_number, person_id, received_date, channel, applied_by, rights_requested,
         created_at, updated_at, status, rights_granted)
       VALUES (?, ?, ?, '2026-01-01', 'oral', 'guardian', '["koordinator"]', ?, ?, 'received', '[]')`,
    );
    for (let i = 1; i <= CASES; i++) {
      const name = `Person ${i}`;
      // Created just before the first row that names them: the log names a record only from its
      // creation on (auditQuery.ts), so a later created_at would leave every query empty.
      const created = new Date(START + Math.floor(((i - 1) * AUDIT_ROWS) / CASES) * 60_000).toISOString();
      person.run(i, name, name.toLowerCase(), name.toLowerCase(), created, at);
      kase.run(i, `2026-${String(i).padStart(5, '0')}`, i, created, at);
    }
  })();

  const { next } = seededRandom(2026);
  const insert = db.prepare(
    `INSERT INTO audit (id, at, user_id, username, action, entity, entity_id, fields, prev_hash, hash)
     VALUES (@id, @at, @user_id, @username, @action, @entity, @entity_id, @fields, @prev_hash, @hash)`,
  );
  const index = db.prepare('INSERT OR IGNORE INTO audit_persons (person_id, audit_id) VALUES (?, ?)');
  let prev = GENESIS;
  for (let from = 1; from <= AUDIT_ROWS; from += BATCH) {
    db.transaction(() => {
      for (let id = from; id < from + BATCH && id <= AUDIT_ROWS; id++) {
        // The cases received so far grow with time; the recently received are read more.
        const known = Math.max(1, Math.ceil((id / AUDIT_ROWS) * CASES));
        const r = next();
        let action = 'read';
        let entity = 'case';
        let entityId: string | null = null;
        let persons: number[] = [];
        if (r < 0.04) {
          action = r < 0.02 ? 'login' : 'logout';
          entity = 'session';
        } else if (r < 0.16) {
          action = 'list';
          persons = Array.from({ length: Math.min(50, known) }, (_, k) => known - k);
        } else if (r < 0.22) {
          entity = 'coordinator';
          entityId = String(1 + Math.floor(next() * 1000));
          persons = Array.from({ length: 8 }, () => 1 + Math.floor(next() * known));
        } else {
          const caseId = known - Math.floor(known * next() ** 2);
          entityId = String(caseId);
          persons = [caseId];
        }
        const unique = [...new Set(persons)];
        const row = {
          id,
          at: new Date(START + id * 60_000).toISOString(),
          user_id: 2,
          username: 'siv',
          action,
          entity,
          entity_id: entityId,
          fields: JSON.stringify(unique.map((p) => `person:${p}`)),
        };
        const hash = rowHash(prev, row);
        insert.run({ ...row, prev_hash: prev, hash });
        prev = hash;
        for (const p of unique) index.run(p, id);
      }
    })();
  }
}
