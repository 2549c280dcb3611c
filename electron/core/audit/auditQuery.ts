import type { AuditPage, AuditPerson, AuditQuery, AuditRow } from '@shared/api/audit';

import type { Db } from '../storage/database';
import type { StoredRow } from './auditLog';
import { personIdsInFields } from './auditPersons';

type Params = Record<string, string | number>;

/** Local midnight of a date, and of the day after: the period filter is inclusive of both days. */
const startOf = (date: string) => new Date(`${date}T00:00:00`).toISOString();
function endOf(date: string): string {
  const next = new Date(`${date}T00:00:00`);
  next.setDate(next.getDate() + 1);
  return next.toISOString();
}

/**
 * Ids are reused: `persons.id` and `cases.id` are INTEGER PRIMARY KEY without AUTOINCREMENT, so
 * deleting the newest record (retention, an import undone) gives its id to the next one made. A
 * row of the log concerns the record that held the id at the row's time, and no record is named
 * before it came into the register. So a person or case in the register now is named only by rows
 * from its `since` on: its `created_at`, or the last load of an export (which keeps the records'
 * old `created_at` and is only allowed into a register with no persons and no cases), whichever is
 * later. Both are written by the clock that writes `audit.at`, as ISO instants in UTC with
 * milliseconds, so they compare as text; the row that creates a record is written after it, in
 * its transaction. An earlier row naming the id is about a former holder: shown without a name.
 */
export function loadedAt(db: Db): string {
  const row = db
    .prepare("SELECT at FROM audit WHERE entity = 'register' AND action = 'import' ORDER BY id DESC LIMIT 1")
    .get() as { at: string } | undefined;
  return row?.at ?? '';
}

/**
 * An export of the whole register took every person's data out, though its row names none (it
 * counts): it belongs in each person's log who was in the register then.
 */
const REGISTER_EXPORTS = "SELECT id FROM audit WHERE entity = 'register' AND action = 'export'";

/** The `since` of a person or a case in the register now (see loadedAt); undefined for none. */
function sinceOf(db: Db, table: 'persons' | 'cases', id: number, loaded: string): string | undefined {
  const row = db.prepare(`SELECT max(created_at, ?) AS since FROM ${table} WHERE id = ?`).get(loaded, id) as
    { since: string } | undefined;
  return row?.since;
}

/**
 * The rows a filter keeps, as SQL on `audit a`. A person's rows and a case's come from
 * `audit_persons` and `audit_entity`, never from a scan of the fields: the other conditions are
 * tested only on the rows those give. A case's rows are its own and those naming its person that
 * belong to no other case (a list or a print of many, the person's own record). Each only from
 * the record's `since` on (`+a.at`: the bound never makes the period's index drive the query).
 */
function whereOf(db: Db, q: AuditQuery, caseId: number | undefined, params: Params): string[] {
  const where: string[] = [];
  const loaded = loadedAt(db);
  if (q.personId !== undefined) {
    params.personId = q.personId;
    where.push(`a.id IN (SELECT audit_id FROM audit_persons WHERE person_id = @personId
      UNION ALL ${REGISTER_EXPORTS})`);
    const since = sinceOf(db, 'persons', q.personId, loaded);
    if (since !== undefined) {
      params.personSince = since;
      where.push('+a.at >= @personSince');
    }
  }
  if (q.caseNumber !== undefined && caseId === undefined) where.push('0'); // no such case
  if (caseId !== undefined) {
    params.caseKey = String(caseId);
    const casePerson = personOfCase(db, caseId);
    if (casePerson !== undefined) {
      params.casePerson = casePerson;
      params.caseSince = sinceOf(db, 'cases', caseId, loaded)!;
      params.casePersonSince = sinceOf(db, 'persons', casePerson, loaded)!;
      // The case's own rows from the case's since, the rest from its person's.
      where.push(
        `a.id IN (SELECT id FROM audit WHERE entity = 'case' AND entity_id = @caseKey
          UNION ALL SELECT audit_id FROM audit_persons WHERE person_id = @casePerson)`,
        `NOT (a.entity = 'case' AND a.entity_id IS NOT NULL AND a.entity_id <> @caseKey)`,
        `(CASE WHEN a.entity = 'case' AND a.entity_id = @caseKey THEN +a.at >= @caseSince
          ELSE +a.at >= @casePersonSince END)`,
      );
    } else {
      // A case no longer in the register: its own rows are still in the log.
      where.push(`a.entity = 'case' AND a.entity_id = @caseKey`);
    }
  }
  if (q.from) {
    where.push('a.at >= @from');
    params.from = startOf(q.from);
  }
  if (q.to) {
    where.push('a.at < @to');
    params.to = endOf(q.to);
  }
  if (q.username) {
    where.push('a.username = @username');
    params.username = q.username.toLowerCase();
  }
  if (q.action) {
    where.push('a.action = @action');
    params.action = q.action;
  }
  if (q.entity) {
    where.push('a.entity = @entity');
    params.entity = q.entity;
  }
  return where;
}

/** One page of the log, newest first, with the persons and cases named in words. */
export function listAudit(db: Db, q: AuditQuery & { limit: number; offset: number }): AuditPage {
  const params: Params = {};
  const caseId = caseOf(db, q);
  const where = whereOf(db, q, caseId, params);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit a ${clause}`).get(params) as { n: number }).n;
  const stored = db
    .prepare(`SELECT a.* FROM audit a ${clause} ORDER BY a.id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as StoredRow[];
  const casePerson = caseId === undefined ? undefined : personOfCase(db, caseId);
  const personId = q.personId ?? casePerson;
  return {
    total,
    rows: describeRows(db, stored),
    person: personId === undefined ? null : describePersons(db, [personId]).get(personId)!,
    caseId: casePerson === undefined ? null : caseId!,
  };
}

/** The person of a case still in the register. */
export function personOfCase(db: Db, caseId: number): number | undefined {
  const c = db.prepare('SELECT person_id AS id FROM cases WHERE id = ?').get(caseId) as
    { id: number } | undefined;
  return c?.id;
}

/** The case a filter names, by id or by number; undefined for none (or a number not known). */
export function caseOf(db: Db, q: Pick<AuditQuery, 'caseId' | 'caseNumber'>): number | undefined {
  if (q.caseId !== undefined) return q.caseId;
  if (q.caseNumber === undefined) return undefined;
  const c = db.prepare('SELECT id FROM cases WHERE case_number = ?').get(q.caseNumber) as
    { id: number } | undefined;
  return c?.id;
}

/**
 * Every row naming one person, oldest first, and every export of the whole register: what
 * "Innsyn i logg" prints. For a person in the register, only from their `since` on: an earlier
 * holder of the id is someone else.
 */
export function personLogRows(db: Db, personId: number): AuditRow[] {
  const since = sinceOf(db, 'persons', personId, loadedAt(db)) ?? '';
  const stored = db
    .prepare(
      `SELECT a.* FROM audit a
       WHERE a.id IN (SELECT audit_id FROM audit_persons WHERE person_id = ? UNION ALL ${REGISTER_EXPORTS})
         AND +a.at >= ? ORDER BY a.id`,
    )
    .all(personId, since) as StoredRow[];
  return describeRows(db, stored);
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Ids in chunks SQLite takes as parameters, after the `lead` parameters of the SQL. */
function inChunks<T>(db: Db, ids: readonly number[], sql: (marks: string) => string, ...lead: string[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    out.push(...(db.prepare(sql(placeholders(chunk.length))).all(...lead, ...chunk) as T[]));
  }
  return out;
}

/** The persons named, by id, as the register knows them now (null name: no longer there). */
export function describePersons(db: Db, ids: readonly number[]): Map<number, AuditPerson> {
  return new Map([...personsNow(db, ids, '')].map(([id, p]) => [id, p.person]));
}

/** The persons named, with each one's `since` (absent: no person with the id now). */
function personsNow(
  db: Db,
  ids: readonly number[],
  loaded: string,
): Map<number, { person: AuditPerson; since?: string }> {
  const unique = [...new Set(ids)];
  const names = inChunks<{ id: number; name: string; since: string }>(
    db,
    unique,
    (m) => `SELECT id, name, max(created_at, ?) AS since FROM persons WHERE id IN (${m})`,
    loaded,
  );
  const cases = inChunks<{ personId: number; caseNumber: string }>(
    db,
    unique,
    (m) => `SELECT person_id AS personId, case_number AS caseNumber FROM cases
            WHERE person_id IN (${m}) ORDER BY case_number`,
  );
  const out = new Map<number, { person: AuditPerson; since?: string }>(
    unique.map((id) => [id, { person: { id, name: null, caseNumbers: [] } }]),
  );
  for (const p of names) {
    const known = out.get(p.id)!;
    known.person.name = p.name;
    known.since = p.since;
  }
  for (const c of cases) out.get(c.personId)!.person.caseNumbers.push(c.caseNumber);
  return out;
}

/** A person as a row at `at` names them: a later holder of the id is not who it was about. */
function personAt(known: { person: AuditPerson; since?: string }, at: string): AuditPerson {
  return known.since !== undefined && at >= known.since
    ? known.person
    : { id: known.person.id, name: null, caseNumbers: [] };
}

/**
 * Stored rows in the contract's words: the user's name, the case number, the persons named. A
 * record is named only by rows from its `since` on: an older row about its id was about a former
 * holder (no case number, the person without a name), and a case's person made after the row (a
 * case moved to an anonymous person) is not named by it.
 */
function describeRows(db: Db, stored: readonly StoredRow[]): AuditRow[] {
  const loaded = loadedAt(db);
  const caseIds = stored.flatMap((r) =>
    r.entity === 'case' && r.entity_id !== null && /^[1-9][0-9]*$/.test(r.entity_id)
      ? [Number(r.entity_id)]
      : [],
  );
  const cases = new Map(
    inChunks<{ id: number; caseNumber: string; personId: number; since: string }>(
      db,
      [...new Set(caseIds)],
      (m) => `SELECT id, case_number AS caseNumber, person_id AS personId, max(created_at, ?) AS since
              FROM cases WHERE id IN (${m})`,
      loaded,
    ).map((c) => [String(c.id), c]),
  );
  const userIds = [...new Set(stored.flatMap((r) => (r.user_id === null ? [] : [r.user_id])))];
  const users = new Map(
    inChunks<{ id: number; displayName: string }>(
      db,
      userIds,
      (m) => `SELECT id, display_name AS displayName FROM users WHERE id IN (${m})`,
    ).map((u) => [u.id, u.displayName]),
  );
  const named = stored.map((r) => {
    const fields = JSON.parse(r.fields) as string[];
    const ids = new Set(personIdsInFields(fields));
    if (r.entity === 'person' && r.entity_id !== null && /^[1-9][0-9]*$/.test(r.entity_id))
      ids.add(Number(r.entity_id));
    const held = r.entity === 'case' && r.entity_id !== null ? cases.get(r.entity_id) : undefined;
    const ofCase = held && r.at >= held.since ? held : undefined;
    return { r, fields, ids: [...ids], casePerson: ofCase?.personId, caseNumber: ofCase?.caseNumber ?? null };
  });
  const persons = personsNow(
    db,
    named.flatMap((n) => (n.casePerson === undefined ? n.ids : [...n.ids, n.casePerson])),
    loaded,
  );
  return named.map(({ r, fields, ids, casePerson, caseNumber }) => {
    const shown = ids.map((id) => personAt(persons.get(id)!, r.at));
    const ofCase = casePerson === undefined ? undefined : persons.get(casePerson)!;
    if (ofCase && !ids.includes(casePerson!) && ofCase.since !== undefined && r.at >= ofCase.since)
      shown.push(ofCase.person);
    return {
      id: r.id,
      at: r.at,
      userId: r.user_id,
      username: r.username,
      userDisplayName: r.user_id === null ? null : (users.get(r.user_id) ?? null),
      action: r.action as AuditRow['action'],
      entity: r.entity as AuditRow['entity'],
      entityId: r.entity_id,
      caseNumber,
      persons: shown,
      fields,
    };
  });
}
