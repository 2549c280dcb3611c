import type { z } from 'zod';

import type { personInput } from '@shared/api/persons';
import type { Person } from '@shared/domain/case';
import { checkPersonDates } from '@shared/domain/caseDates';
import { checkNationalId } from '@shared/domain/nationalId';

import { checkPersonChangeable } from '../cases/caseChecks';
import { searchFold, sortKey } from '../cases/searchText';
import { refreshPersonAfterWrite, type Writer } from '../derived/writer';
import { CoreError } from '../errors';
import { getSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { casesOfPerson, findPerson, findPersonByNationalId, type PersonFields } from './personsRepo';

/**
 * The one way a person is written (the registration form, the person form, the import, the demo
 * and an import's undo): checked, written, every case of theirs refreshed and logged, in the
 * caller's transaction.
 */

type ParsedPerson = z.output<typeof personInput>;

const PROBLEM_KEYS = {
  format: 'validation.nationalIdFormat',
  checksum: 'validation.nationalIdChecksum',
  date: 'validation.nationalIdDate',
  synthetic: 'validation.nationalIdSynthetic',
  unsupported: 'validation.nationalIdUnsupported',
} as const;

const FIELDS = [
  'name',
  'nationalId',
  'birthDate',
  'dueDate',
  'address',
  'phone',
  'email',
  'interpreterNeeded',
  'interpreterLanguage',
] as const;

/**
 * A person as typed, checked against our policy: the number's check digits and date, synthetic
 * numbers only in demo and test registers, one person per number, and dates in order. The birth
 * date comes from the number when there is one. `prefix` names the form part in field errors.
 */
function checkedPerson(
  w: Writer,
  input: ParsedPerson,
  options: { prefix?: string; personId?: number; before?: Pick<PersonFields, 'birthDate' | 'dueDate'> } = {},
): PersonFields {
  const { db } = w;
  const prefix = options.prefix ?? '';
  let birthDate = input.birthDate;
  if (input.nationalId) {
    const allowSynthetic = w.allowSyntheticIds || getSetting(db, 'register.demo');
    const check = checkNationalId(input.nationalId, { allowSynthetic });
    if (!check.ok) throw new CoreError('VALIDATION', { [`${prefix}nationalId`]: PROBLEM_KEYS[check.reason] });
    birthDate = check.birthDate;
    const existing = findPersonByNationalId(db, check.normalized);
    if (existing && existing.id !== options.personId)
      throw new CoreError('CONFLICT', { [`${prefix}nationalId`]: 'validation.personExists' });
  }
  const fields: PersonFields = { ...input, birthDate };
  // A new birth or due date must still come before the person's cases (those already there
  // are not judged again while the dates stay as they were).
  const { before, personId } = options;
  const datesChanged = before && (before.birthDate !== birthDate || before.dueDate !== fields.dueDate);
  const firstReceived =
    datesChanged && personId !== undefined
      ? (casesOfPerson(db, personId)
          .map((c) => c.receivedDate)
          .sort()[0] ?? null)
      : null;
  const problems = checkPersonDates(fields, w.today, firstReceived);
  if (Object.keys(problems).length)
    throw new CoreError(
      'VALIDATION',
      Object.fromEntries(Object.entries(problems).map(([field, key]) => [`${prefix}${field}`, key])),
    );
  return fields;
}

/** A new person after the checks, with the audit row; `prefix` names the form part in field errors. */
export function createPerson(w: Writer, input: ParsedPerson, prefix = '') {
  const fields = checkedPerson(w, input, { prefix });
  const { lastInsertRowid } = w.db
    .prepare(
      `INSERT INTO persons (name, search_name, sort_name, national_id, birth_date, due_date, address, phone, email,
         interpreter_needed, interpreter_language, created_at, updated_at)
       VALUES (@name, @search_name, @sort_name, @national_id, @birth_date, @due_date, @address, @phone, @email,
         @interpreter_needed, @interpreter_language, @at, @at)`,
    )
    .run({ ...columns(fields), at: w.at });
  const id = Number(lastInsertRowid);
  writeRelations(w.db, id, fields.relations);
  w.audit({ action: 'create', entity: 'person', entityId: id, fields: Object.keys(fields) });
  return { id, fields };
}

/** A change to a person after the checks; every case of theirs is refreshed. Returns the person as stored. */
export function changePerson(w: Writer, id: number, input: ParsedPerson): Person {
  const { db } = w;
  const before = findPerson(db, id);
  if (!before) throw new CoreError('NOT_FOUND');
  checkPersonChangeable(db, id);
  const fields = checkedPerson(w, input, { personId: id, before });
  db.prepare(
    `UPDATE persons SET name = @name, search_name = @search_name, sort_name = @sort_name, national_id = @national_id,
       birth_date = @birth_date, due_date = @due_date, address = @address, phone = @phone, email = @email,
       interpreter_needed = @interpreter_needed, interpreter_language = @interpreter_language, updated_at = @at
     WHERE id = @id`,
  ).run({ ...columns(fields), at: w.at, id });
  writeRelations(db, id, fields.relations);
  // A birth replacing a due date moves the age-based deadlines of every case of the person.
  refreshPersonAfterWrite(w, id);
  const changed: string[] = FIELDS.filter((f) => before[f] !== fields[f]);
  const withoutIds = (list: PersonFields['relations']) =>
    JSON.stringify(list.map((r) => ({ ...r, id: undefined })));
  if (withoutIds(before.relations) !== withoutIds(fields.relations)) changed.push('relations');
  if (changed.length) w.audit({ action: 'update', entity: 'person', entityId: id, fields: changed });
  return findPerson(db, id)!;
}

/**
 * Removes a person left without a case (an import's undo, logged as one row for the batch);
 * one who still has cases stays, and those cases are refreshed. Returns whether it was removed.
 */
export function removePersonWithoutCases(w: Writer, id: number): boolean {
  const { changes } = w.db
    .prepare(
      'DELETE FROM persons WHERE id = ? AND NOT EXISTS (SELECT 1 FROM cases WHERE person_id = persons.id)',
    )
    .run(id);
  if (changes === 0) refreshPersonAfterWrite(w, id);
  return changes > 0;
}

function columns(p: PersonFields) {
  return {
    name: p.name,
    search_name: searchFold(p.name),
    sort_name: sortKey(p.name),
    national_id: p.nationalId,
    birth_date: p.birthDate,
    due_date: p.dueDate,
    address: p.address,
    phone: p.phone,
    email: p.email,
    interpreter_needed: p.interpreterNeeded ? 1 : 0,
    interpreter_language: p.interpreterLanguage,
  };
}

/** The relations are the form's list as it stands: replaced as a whole. */
function writeRelations(db: Db, personId: number, relations: PersonFields['relations']): void {
  db.prepare('DELETE FROM person_relations WHERE person_id = ?').run(personId);
  const insert = db.prepare(
    `INSERT INTO person_relations (person_id, position, name, relation, parental_responsibility, may_consent, phone, email, address)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  relations.forEach((r, i) =>
    insert.run(
      personId,
      i,
      r.name,
      r.relation,
      r.parentalResponsibility ? 1 : 0,
      r.mayConsent ? 1 : 0,
      r.phone,
      r.email,
      r.address,
    ),
  );
}
