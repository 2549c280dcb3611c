import type { z } from 'zod';
import type { personInput } from '../../../shared/api/persons';
import { checkPersonDates } from '../../../shared/domain/caseDates';
import { checkNationalId } from '../../../shared/domain/nationalId';
import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { getSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { checkPersonChangeable } from './caseChecks';
import { refreshCasesOfPerson, todayOf } from './caseDetail';
import {
  casesOfPerson,
  findPerson,
  findPersonByNationalId,
  updatePerson,
  type PersonFields,
} from './personsRepo';

type ParsedPerson = z.output<typeof personInput>;

const PROBLEM_KEYS = {
  format: 'validation.nationalIdFormat',
  checksum: 'validation.nationalIdChecksum',
  date: 'validation.nationalIdDate',
  synthetic: 'validation.nationalIdSynthetic',
  unsupported: 'validation.nationalIdUnsupported',
} as const;

/**
 * A person as typed, checked against our policy: the number's check digits and date, synthetic
 * numbers only in demo and test registers, one person per number, and dates in order. The birth
 * date comes from the number when there is one. `prefix` names the form part in field errors.
 */
export function personFields(
  ctx: Ctx,
  db: Db,
  input: ParsedPerson,
  options: { prefix?: string; personId?: number; before?: Pick<PersonFields, 'birthDate' | 'dueDate'> } = {},
): PersonFields {
  const prefix = options.prefix ?? '';
  let birthDate = input.birthDate;
  if (input.nationalId) {
    const allowSynthetic = ctx.config.allowSyntheticIds || getSetting(db, 'register.demo');
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
  const problems = checkPersonDates(fields, todayOf(ctx), firstReceived);
  if (Object.keys(problems).length)
    throw new CoreError(
      'VALIDATION',
      Object.fromEntries(Object.entries(problems).map(([field, key]) => [`${prefix}${field}`, key])),
    );
  return fields;
}

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

function requirePerson(db: Db, id: number) {
  const person = findPerson(db, id);
  if (!person) throw new CoreError('NOT_FOUND');
  return person;
}

export const personsHandlers: FeatureHandlers<'persons'> = {
  'persons.findByNationalId': (ctx, input) =>
    inTransaction(ctx, (db) => {
      if (!input.nationalId) return null;
      const person = findPersonByNationalId(db, input.nationalId);
      if (!person) return null;
      audit(ctx, { action: 'read', entity: 'person', entityId: person.id, fields: ['byNationalId'] });
      return { person, cases: casesOfPerson(db, person.id) };
    }),

  'persons.get': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const person = requirePerson(db, input.id);
      audit(ctx, { action: 'read', entity: 'person', entityId: person.id });
      return { person, cases: casesOfPerson(db, person.id) };
    }),

  'persons.update': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const before = requirePerson(db, input.id);
      checkPersonChangeable(db, input.id);
      const fields = personFields(ctx, db, input, { personId: input.id, before });
      updatePerson(db, input.id, fields, ctx.config.now().toISOString());
      // A birth replacing a due date moves the age-based deadlines of every case of the person.
      refreshCasesOfPerson(db, input.id);
      const changed: string[] = FIELDS.filter((f) => before[f] !== fields[f]);
      const withoutIds = (list: PersonFields['relations']) =>
        JSON.stringify(list.map((r) => ({ ...r, id: undefined })));
      if (withoutIds(before.relations) !== withoutIds(fields.relations)) changed.push('relations');
      if (changed.length)
        audit(ctx, { action: 'update', entity: 'person', entityId: input.id, fields: changed });
      return findPerson(session(ctx).db, input.id)!;
    }),
};
