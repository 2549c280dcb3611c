import { dateInput, formatDay } from '@renderer/components/dates';
import type { PersonInput } from '@shared/api/persons';
import type { Person, Relation, RelationKind } from '@shared/domain/case';

import type { RelationValues } from './rowValues';

/**
 * One model for a person's fields, used by the new-case form (`person.*`) and the person form
 * alike. Paths mirror the contract (`relations.0.name`), so the schema's and core's messages land
 * beside the right field. Whether the child is born is asked differently by the two forms (a
 * checkbox, a choice), so it is not held here.
 */
export interface PersonFieldValues {
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

export const blankPersonFields = (): PersonFieldValues => ({
  name: '',
  nationalId: '',
  birthDate: '',
  dueDate: '',
  address: '',
  phone: '',
  email: '',
  interpreterNeeded: false,
  interpreterLanguage: '',
  relations: [],
});

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

/** A registered person's fields as the form shows them. */
export function personFieldValues(p: Person): PersonFieldValues {
  return {
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
 * The form's text in the contract's shape; the schema then judges it. A child not yet born has
 * only a due date; a born child has a number or a birth date (core takes the birth date from the
 * number when there is one), and the due date it is given (`bornDueDate`).
 */
export function toPersonFieldsInput(
  v: PersonFieldValues,
  { unborn, bornDueDate }: { unborn: boolean; bornDueDate: string | null },
): PersonInput {
  const nationalId = unborn ? '' : v.nationalId.trim();
  return {
    name: v.name,
    nationalId: nationalId === '' ? null : nationalId,
    birthDate: unborn || nationalId !== '' ? null : dateInput(v.birthDate),
    dueDate: unborn ? dateInput(v.dueDate) : bornDueDate,
    address: v.address,
    phone: v.phone,
    email: v.email,
    interpreterNeeded: v.interpreterNeeded,
    interpreterLanguage: v.interpreterNeeded ? v.interpreterLanguage : '',
    relations: v.relations.map((r) => ({ ...r, relation: (r.relation || undefined) as RelationKind })),
  };
}
