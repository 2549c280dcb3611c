import type { CaseService } from '@shared/domain/case';

import { personalTextColumns } from '../cases/caseColumns';
import { searchFold, sortKey } from '../cases/searchText';
import { readStep, storedData, type StepRow } from '../cases/stepReader';
import { refreshDerived } from '../derived/refreshDerived';
import type { Db } from '../storage/database';
import { removeCaseTraces } from './caseTraces';
import { scrubServices, scrubStep } from './scrubSteps';

/** What an anonymised person is called: the same in every language the register is read in. */
export const ANONYMISED_NAME = 'Anonymisert';

interface Selected {
  caseId: number;
  personId: number;
}

/**
 * The year and month of birth to keep (the day goes): from the birth date, else the due date,
 * else those kept before. The month is kept because the leadership report counts children turning
 * 18 within whole months (reportFacts.ts): without it a past report would count differently.
 */
function birthKept(db: Db, personId: number): { year: number | null; month: number | null } {
  const row = db
    .prepare('SELECT birth_date, due_date, birth_year, birth_month FROM persons WHERE id = ?')
    .get(personId) as {
    birth_date: string | null;
    due_date: string | null;
    birth_year: number | null;
    birth_month: number | null;
  };
  const date = row.birth_date ?? row.due_date;
  if (!date) return { year: row.birth_year, month: row.birth_month };
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

const PERSON_BLANK = `name = @name, search_name = @search, sort_name = @sort, national_id = NULL,
  birth_date = NULL, due_date = NULL, birth_year = @year, birth_month = @month, address = '', phone = '',
  email = '', interpreter_language = '', updated_at = @at`;

function blankPerson(db: Db, personId: number, at: string): void {
  db.prepare(`UPDATE persons SET ${PERSON_BLANK} WHERE id = @id`).run({
    ...marker(),
    ...birthKept(db, personId),
    at,
    id: personId,
  });
  db.prepare('DELETE FROM person_relations WHERE person_id = ?').run(personId);
  db.prepare("DELETE FROM import_records WHERE kind = 'person' AND record_id = ?").run(personId);
}

const marker = () => ({
  name: ANONYMISED_NAME,
  search: searchFold(ANONYMISED_NAME),
  sort: sortKey(ANONYMISED_NAME),
});

/**
 * A person of its own for cases whose person still has a live case: the live case keeps the
 * person as they are; the anonymised cases move to an anonymous person with only the year and month of birth.
 */
function splitOff(db: Db, personId: number, caseIds: readonly number[], at: string): void {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO persons (name, search_name, sort_name, national_id, birth_year, birth_month, created_at,
         updated_at)
       VALUES (@name, @search, @sort, NULL, @year, @month, @at, @at)`,
    )
    .run({ ...marker(), ...birthKept(db, personId), at });
  const moved = JSON.stringify(caseIds);
  db.prepare('UPDATE cases SET person_id = ? WHERE id IN (SELECT value FROM json_each(?))').run(
    lastInsertRowid,
    moved,
  );
  db.prepare('UPDATE appointments SET person_id = ? WHERE case_id IN (SELECT value FROM json_each(?))').run(
    lastInsertRowid,
    moved,
  );
}

/** Every free text on the case and what hangs on it; codes, dates and links stay. */
function scrubCase(db: Db, caseId: number, at: string): void {
  const c = db.prepare('SELECT services FROM cases WHERE id = ?').get(caseId) as { services: string };
  db.prepare(
    `UPDATE cases SET ${personalTextColumns.map((c) => `${c} = ''`).join(', ')}, services = ?, anonymised_at = ?,
       updated_at = ? WHERE id = ?`,
  ).run(JSON.stringify(scrubServices(JSON.parse(c.services) as CaseService[])), at, at, caseId);
  const steps = db
    .prepare('SELECT id, case_id, kind, data FROM case_steps WHERE case_id = ?')
    .all(caseId) as StepRow[];
  const write = db.prepare('UPDATE case_steps SET data = ? WHERE id = ?');
  for (const s of steps) write.run(storedData(scrubStep(readStep(db, s))), s.id);
  db.prepare("UPDATE appointments SET end_note = '' WHERE case_id = ?").run(caseId);
  // Letters are the texts the family received: they are the archive's, not the register's.
  db.prepare('DELETE FROM letters WHERE case_id = ?').run(caseId);
  scrubPlan(db, caseId);
  removeCaseTraces(db, caseId);
}

function scrubPlan(db: Db, caseId: number): void {
  const plan = db.prepare('SELECT id FROM plans WHERE case_id = ?').get(caseId) as { id: number } | undefined;
  if (!plan) return;
  db.prepare("UPDATE plans SET tool_reference = '', closed_note = '' WHERE id = ?").run(plan.id);
  db.prepare("UPDATE plan_points SET note = '' WHERE plan_id = ?").run(plan.id);
  db.prepare("UPDATE plan_goals SET text = '' WHERE plan_id = ?").run(plan.id);
  db.prepare(
    "UPDATE plan_measures SET text = '' WHERE goal_id IN (SELECT id FROM plan_goals WHERE plan_id = ?)",
  ).run(plan.id);
  db.prepare("UPDATE plan_members SET name = '', role = '' WHERE plan_id = ?").run(plan.id);
  db.prepare(
    "UPDATE plan_meetings SET other_participants = '', minutes_reference = '' WHERE plan_id = ?",
  ).run(plan.id);
}

/**
 * Anonymises the cases (in the caller's transaction): returns how many persons were anonymised.
 * A person whose every case is anonymised now or was before is anonymised in place; a person who
 * still has a live case keeps their data for it, and the cases anonymised here move to an
 * anonymous person of their own.
 */
export function anonymiseCases(db: Db, selected: readonly Selected[], at: string, today: string): number {
  const chosen = new Set(selected.map((s) => s.caseId));
  const byPerson = new Map<number, number[]>();
  for (const s of selected) byPerson.set(s.personId, [...(byPerson.get(s.personId) ?? []), s.caseId]);
  let persons = 0;
  for (const [personId, caseIds] of byPerson) {
    const live = (
      db.prepare('SELECT id FROM cases WHERE person_id = ? AND anonymised_at IS NULL').all(personId) as {
        id: number;
      }[]
    ).filter((r) => !chosen.has(r.id));
    if (live.length === 0) {
      blankPerson(db, personId, at);
      persons += 1;
    } else {
      splitOff(db, personId, caseIds, at);
    }
  }
  for (const s of selected) scrubCase(db, s.caseId, at);
  // Blanked in bulk, not through the record writers: what is derived from each case is written after.
  for (const s of selected) refreshDerived(db, s.caseId, today);
  return persons;
}
