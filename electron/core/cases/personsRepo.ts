import type { Person, Relation } from '../../../shared/domain/case';
import type { Db } from '../storage/database';
import { searchFold, sortKey } from './searchText';

interface StoredPerson {
  id: number;
  name: string;
  national_id: string | null;
  birth_date: string | null;
  due_date: string | null;
  address: string;
  phone: string;
  email: string;
  interpreter_needed: number;
  interpreter_language: string;
}

interface StoredRelation {
  id: number;
  name: string;
  relation: Relation['relation'];
  parental_responsibility: number;
  may_consent: number;
  phone: string;
  email: string;
  address: string;
}

export type PersonFields = Omit<Person, 'id' | 'relations'> & { relations: Omit<Relation, 'id'>[] };

function relationsOf(db: Db, personId: number): Relation[] {
  const rows = db
    .prepare('SELECT * FROM person_relations WHERE person_id = ? ORDER BY position')
    .all(personId) as StoredRelation[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    relation: r.relation,
    parentalResponsibility: r.parental_responsibility === 1,
    mayConsent: r.may_consent === 1,
    phone: r.phone,
    email: r.email,
    address: r.address,
  }));
}

function toPerson(db: Db, r: StoredPerson): Person {
  return {
    id: r.id,
    name: r.name,
    nationalId: r.national_id,
    birthDate: r.birth_date,
    dueDate: r.due_date,
    address: r.address,
    phone: r.phone,
    email: r.email,
    interpreterNeeded: r.interpreter_needed === 1,
    interpreterLanguage: r.interpreter_language,
    relations: relationsOf(db, r.id),
  };
}

export function findPerson(db: Db, id: number): Person | undefined {
  const r = db.prepare('SELECT * FROM persons WHERE id = ?').get(id) as StoredPerson | undefined;
  return r && toPerson(db, r);
}

export function findPersonByNationalId(db: Db, nationalId: string): Person | undefined {
  const r = db.prepare('SELECT * FROM persons WHERE national_id = ?').get(nationalId) as
    StoredPerson | undefined;
  return r && toPerson(db, r);
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

export function insertPerson(db: Db, p: PersonFields, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO persons (name, search_name, sort_name, national_id, birth_date, due_date, address, phone, email,
         interpreter_needed, interpreter_language, created_at, updated_at)
       VALUES (@name, @search_name, @sort_name, @national_id, @birth_date, @due_date, @address, @phone, @email,
         @interpreter_needed, @interpreter_language, @at, @at)`,
    )
    .run({ ...columns(p), at });
  const id = Number(lastInsertRowid);
  writeRelations(db, id, p.relations);
  return id;
}

export function updatePerson(db: Db, id: number, p: PersonFields, at: string): void {
  db.prepare(
    `UPDATE persons SET name = @name, search_name = @search_name, sort_name = @sort_name, national_id = @national_id,
       birth_date = @birth_date, due_date = @due_date, address = @address, phone = @phone, email = @email,
       interpreter_needed = @interpreter_needed, interpreter_language = @interpreter_language, updated_at = @at
     WHERE id = @id`,
  ).run({ ...columns(p), at, id });
  writeRelations(db, id, p.relations);
}

export function casesOfPerson(db: Db, personId: number) {
  const rows = db
    .prepare(
      `SELECT id, case_number, received_date, status FROM cases WHERE person_id = ?
       ORDER BY received_date DESC, id DESC`,
    )
    .all(personId) as { id: number; case_number: string; received_date: string; status: string }[];
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.case_number,
    receivedDate: r.received_date,
    closed: r.status === 'closed',
  }));
}
