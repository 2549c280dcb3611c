import type { Person, Relation } from '@shared/domain/case';

import type { Db } from '../storage/database';

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
