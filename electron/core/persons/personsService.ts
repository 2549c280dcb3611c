import { audit, inTransaction, type FeatureHandlers } from '../context';
import { writerOf } from '../derived/writer';
import { CoreError } from '../errors';
import type { Db } from '../storage/database';
import { casesOfPerson, findPerson, findPersonByNationalId } from './personsRepo';
import { changePerson } from './personWriter';

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
      const { id, ...person } = input;
      return changePerson(writerOf(ctx, db), id, person);
    }),
};
