import { z } from 'zod';

import { relationKinds, type Person } from '../domain/case';
import { CASE_WORKERS, channel } from './channel';
import { email, id, optionalDate, optionalText, phone, requiredText } from './fields';

/** 11 digits once spaces are taken out; empty means "no number" (a child not yet born). */
export const nationalIdField = z
  .string()
  .nullable()
  .default(null)
  .transform((v) => (v ?? '').replace(/\s/g, ''))
  .refine((v) => v === '' || /^\d{11}$/.test(v), { message: 'validation.nationalIdFormat' })
  .transform((v) => (v === '' ? null : v));

export const relationInput = z.object({
  id: id.optional(),
  name: requiredText(120),
  relation: z.enum(relationKinds, { message: 'validation.required' }),
  parentalResponsibility: z.boolean().default(false),
  mayConsent: z.boolean().default(false),
  phone,
  email,
  address: optionalText(200),
});

export const personInput = z.object({
  name: requiredText(120),
  nationalId: nationalIdField,
  /** Taken from the number when there is one; typed only when there is none. */
  birthDate: optionalDate,
  dueDate: optionalDate,
  address: optionalText(200),
  phone,
  email,
  interpreterNeeded: z.boolean().default(false),
  interpreterLanguage: optionalText(60),
  relations: z.array(relationInput).max(20).default([]),
});
export type PersonInput = z.input<typeof personInput>;

export interface PersonMatch {
  person: Person;
  /** The person's cases, newest first, so the user can open one instead of starting another. */
  cases: { id: number; caseNumber: string; receivedDate: string; closed: boolean }[];
}

export const personsApi = {
  /** Asked while the number is typed: an existing person is offered instead of a duplicate. */
  'persons.findByNationalId': channel<PersonMatch | null>()(
    z.object({ nationalId: nationalIdField }),
    CASE_WORKERS,
  ),
  'persons.get': channel<PersonMatch>()(z.object({ id }), CASE_WORKERS),
  /** Also how a child's real birth data replace the due date: the cases stay with the person. */
  'persons.update': channel<Person>()(personInput.extend({ id }), CASE_WORKERS),
};
