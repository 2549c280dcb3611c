import type { z } from 'zod';

import type { NewCaseInput, newCaseInput } from '@shared/api/cases';
import type { Person } from '@shared/domain/case';
import { checkPersonDates, checkReceivedDate } from '@shared/domain/caseDates';
import { checkNationalId, type NationalIdProblem } from '@shared/domain/nationalId';

import { formatDay } from '../../components/dates';
import { blankCaseFields, toCaseFieldsInput, type CaseFieldValues } from './caseFormModel';
import { blankPersonFields, toPersonFieldsInput, type PersonFieldValues } from './personFormModel';

export { emptyRelation, emptyService, isBlankRelation, isBlankService } from './rowValues';
export type { RelationValues, ServiceValues } from './rowValues';

/**
 * What the new-case form holds. It mirrors the contract (`person.relations.0.name`,
 * `services.1.provider`), so the schema's and core's messages land beside the right field.
 */

export interface NewCaseValues extends CaseFieldValues {
  person: PersonFieldValues & {
    /** The child is not born yet: no number and no birth date, a due date instead. */
    unborn: boolean;
  };
}

/** Most cases start with a phone call today; the rest is filled in as the caller tells it. */
export function newCaseDefaults(today: string): NewCaseValues {
  return {
    ...blankCaseFields({ receivedDate: formatDay(today), channel: 'oral' }),
    person: { ...blankPersonFields(), unborn: false },
  };
}

/** The 11 digits of a number being typed, once there are exactly 11; otherwise null. */
export function typedNationalId(text: string): string | null {
  const digits = text.replace(/\s/g, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

/**
 * The form's text turned into the contract's shape; the schema then judges it. Dates typed as
 * dd.mm.åååå become ISO (anything unreadable is passed on, so the schema says so beside it).
 */
export function toNewCaseInput(values: NewCaseValues, personId: number | null): NewCaseInput {
  const caseFields = toCaseFieldsInput(values);
  if (personId !== null) return { ...caseFields, personId };
  // With a number, core takes the birth date from it; a child not yet born has only a termin.
  const person = toPersonFieldsInput(values.person, { unborn: values.person.unborn, bornDueDate: null });
  return { ...caseFields, person };
}

/** Core's message keys for a number that cannot be registered, shown the moment it is typed. */
export const nationalIdProblemKeys: Record<NationalIdProblem, string> = {
  format: 'validation.nationalIdFormat',
  checksum: 'validation.nationalIdChecksum',
  date: 'validation.nationalIdDate',
  synthetic: 'validation.nationalIdSynthetic',
  unsupported: 'validation.nationalIdUnsupported',
};

/**
 * What the form can judge before asking core, with core's own rules and message keys: a received
 * date that has not happened, a number whose check digits fail, birth and due dates out of range,
 * a service with neither a unit nor a name. Core checks the same and has the last word; asking
 * here puts every message beside its field at once (core stops at the first part that fails).
 * Keys are form paths (`person.dueDate`); an empty object means nothing to object to.
 */
export function newCaseProblems(
  input: z.output<typeof newCaseInput>,
  today: string,
  options: { unborn: boolean; chosen?: Pick<Person, 'birthDate' | 'dueDate'> | null },
): Record<string, string> {
  const problems: Record<string, string> = {};
  input.services.forEach((s, i) => {
    if (s.serviceUnitId === null && s.provider === '')
      problems[`services.${i}.provider`] = 'validation.required';
  });
  const person = input.person;
  if (!person) {
    if (options.chosen) Object.assign(problems, checkReceivedDate(input.receivedDate, options.chosen, today));
    return problems;
  }
  let birthDate = person.birthDate;
  if (person.nationalId) {
    // Whether Tenor's synthetic numbers are allowed is the register's own setting: core decides.
    const check = checkNationalId(person.nationalId, { allowSynthetic: true });
    if (!check.ok) problems['person.nationalId'] = nationalIdProblemKeys[check.reason];
    else birthDate = check.birthDate;
  }
  // A child not yet born is known by the due date alone, asked for in its own field.
  if (options.unborn && person.dueDate === null) problems['person.dueDate'] = 'validation.required';
  const dated = checkPersonDates({ ...person, birthDate }, today);
  for (const [field, key] of Object.entries(dated)) problems[`person.${field}`] ??= key;
  if (options.unborn) delete problems['person.birthDate'];
  // Judged against the person as typed, with the birth date the number gives.
  const received = checkReceivedDate(input.receivedDate, { birthDate, dueDate: person.dueDate }, today);
  if (received.receivedDate) problems.receivedDate = received.receivedDate;
  return problems;
}
