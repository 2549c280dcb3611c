import type { PersonInput } from '@shared/api/persons';
import type { Person } from '@shared/domain/case';

import { personFieldValues, toPersonFieldsInput, type PersonFieldValues } from '../../personFormModel';

export { emptyRelation, isBlankRelation } from '../../rowValues';
export type { RelationValues } from '../../rowValues';

/** What the person form holds: the person's fields, and whether the child is born yet. */
export interface PersonValues extends PersonFieldValues {
  /** A child not yet born has a due date instead of a number and a birth date. */
  born: 'born' | 'unborn';
}

export const isUnborn = (p: Pick<Person, 'nationalId' | 'birthDate' | 'dueDate'>) =>
  p.nationalId === null && p.birthDate === null && p.dueDate !== null;

/** The birth question is asked for a child registered with a due date, or with no birth data at all. */
export const asksAboutBirth = (p: Pick<Person, 'nationalId' | 'birthDate' | 'dueDate'>) =>
  p.dueDate !== null || (p.nationalId === null && p.birthDate === null);

export function personValues(p: Person): PersonValues {
  return { born: isUnborn(p) ? 'unborn' : 'born', ...personFieldValues(p) };
}

/**
 * The form's text in the contract's shape; the schema then judges it. For a born child the due
 * date is kept as recorded (the record keeps it after the birth) and is not typed again.
 */
export function toPersonInput(v: PersonValues, person: Person): PersonInput & { id: number } {
  return {
    id: person.id,
    ...toPersonFieldsInput(v, { unborn: v.born !== 'born', bornDueDate: person.dueDate }),
  };
}
