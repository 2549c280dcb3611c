import { dateInput, formatDay } from '@renderer/components/dates';
import type { PersonInput } from '@shared/api/persons';
import type { Person, Relation, RelationKind } from '@shared/domain/case';

import type { RelationValues } from '../../rowValues';

export { emptyRelation, isBlankRelation } from '../../rowValues';
export type { RelationValues } from '../../rowValues';

/**
 * What the person form holds. Paths mirror the contract (`relations.0.name`), so the schema's
 * and core's messages land beside the right field.
 */

export interface PersonValues {
  /** A child not yet born has a due date instead of a number and a birth date. */
  born: 'born' | 'unborn';
  name: string;
  nationalId: string;
  birthDate: string;
  dueDate: string;
  address: string;
  phone: string;
  email: string;
  interpreterNeeded: boolean;
  interpreterLanguage: string;
  relations: RelationValues[];
}

export const isUnborn = (p: Pick<Person, 'nationalId' | 'birthDate' | 'dueDate'>) =>
  p.nationalId === null && p.birthDate === null && p.dueDate !== null;

/** The birth question is asked for a child registered with a due date, or with no birth data at all. */
export const asksAboutBirth = (p: Pick<Person, 'nationalId' | 'birthDate' | 'dueDate'>) =>
  p.dueDate !== null || (p.nationalId === null && p.birthDate === null);

function relationValues(r: Relation): RelationValues {
  return {
    name: r.name,
    relation: r.relation,
    parentalResponsibility: r.parentalResponsibility,
    mayConsent: r.mayConsent,
    phone: r.phone,
    email: r.email,
    address: r.address,
  };
}

export function personValues(p: Person): PersonValues {
  return {
    born: isUnborn(p) ? 'unborn' : 'born',
    name: p.name,
    nationalId: p.nationalId ?? '',
    // With a number the birth date follows from it and is not typed.
    birthDate: p.nationalId === null ? formatDay(p.birthDate) : '',
    dueDate: formatDay(p.dueDate),
    address: p.address,
    phone: p.phone,
    email: p.email,
    interpreterNeeded: p.interpreterNeeded,
    interpreterLanguage: p.interpreterLanguage,
    relations: p.relations.map(relationValues),
  };
}

/**
 * The form's text in the contract's shape; the schema then judges it. For a born child the due
 * date is kept as recorded (the record keeps it after the birth) and is not typed again.
 */
export function toPersonInput(v: PersonValues, person: Person): PersonInput & { id: number } {
  const born = v.born === 'born';
  const nationalId = born ? v.nationalId.trim() : '';
  return {
    id: person.id,
    name: v.name,
    nationalId: nationalId === '' ? null : nationalId,
    // Core takes the birth date from the number when there is one.
    birthDate: born && nationalId === '' ? dateInput(v.birthDate) : null,
    dueDate: born ? person.dueDate : dateInput(v.dueDate),
    address: v.address,
    phone: v.phone,
    email: v.email,
    interpreterNeeded: v.interpreterNeeded,
    interpreterLanguage: v.interpreterNeeded ? v.interpreterLanguage : '',
    relations: v.relations.map((r) => ({ ...r, relation: (r.relation || undefined) as RelationKind })),
  };
}
