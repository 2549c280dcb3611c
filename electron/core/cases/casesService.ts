import { legalReferenceKeys, type CaseRules, type Person } from '@shared/domain/case';

import { personsShown } from '../audit/auditLog';
import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { writerOf } from '../derived/writer';
import { CoreError } from '../errors';
import { findPerson } from '../persons/personsRepo';
import { createPerson } from '../persons/personWriter';
import { caseRules } from '../settings/rulesInForce';
import { setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { agenda } from './agendaReadModel';
import { caseDetail, refreshAllSummaries } from './caseDetail';
import { listCases, protocolRows } from './caseList';
import { changeCase, createCase, recordStep, removeStep } from './caseWriter';

function readCase(ctx: Ctx, db: Db, id: number) {
  const detail = caseDetail(ctx, db, id);
  audit(ctx, { action: 'read', entity: 'case', entityId: id, fields: [`person:${detail.person.id}`] });
  return detail;
}

export const casesHandlers: FeatureHandlers<'cases'> = {
  // A list shows names and numbers of many people at once: the log records who looked, how, and
  // whom the page showed.
  'cases.list': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const result = listCases(db, input, ctx.today(), caseRules(db).dueSoonDays);
      const filters = [
        ...(['q', 'status', 'right', 'deadline', 'receivedFrom', 'receivedTo'] as const),
        ...(['outcome', 'outcomeRight', 'appeal'] as const),
      ];
      const used = filters.filter((f) => input[f] !== undefined && input[f] !== '');
      audit(ctx, {
        action: 'list',
        entity: 'case',
        fields: [...used, ...personsShown(result.rows.map((r) => r.personId))],
      });
      return result;
    }),

  'cases.get': (ctx, input) => inTransaction(ctx, (db) => readCase(ctx, db, input.id)),

  'cases.create': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const w = writerOf(ctx, db);
      let personId = input.personId;
      let person: Pick<Person, 'birthDate' | 'dueDate'>;
      if (personId !== undefined) {
        const found = findPerson(db, personId);
        if (!found) throw new CoreError('NOT_FOUND');
        person = found;
      } else {
        ({ id: personId, fields: person } = createPerson(w, input.person!, 'person.'));
      }
      const id = createCase(w, personId, person, input);
      return caseDetail(ctx, db, id);
    }),

  'cases.update': (ctx, input) =>
    inTransaction(ctx, (db) => {
      changeCase(writerOf(ctx, db), input.id, input);
      return caseDetail(ctx, db, input.id);
    }),

  'cases.recordStep': (ctx, input) =>
    inTransaction(ctx, (db) => {
      recordStep(writerOf(ctx, db), input.caseId, input.step);
      return caseDetail(ctx, db, input.caseId);
    }),

  'cases.removeStep': (ctx, input) =>
    inTransaction(ctx, (db) => {
      removeStep(writerOf(ctx, db), input.caseId, input.stepId);
      return caseDetail(ctx, db, input.caseId);
    }),

  'cases.protocol': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const rows = protocolRows(db, input.from, input.to);
      audit(ctx, {
        action: 'list',
        entity: 'case',
        fields: ['protocol', ...personsShown(rows.map((r) => r.personId))],
      });
      return rows;
    }),

  'cases.agenda': (ctx) =>
    inTransaction(ctx, (db) => {
      const { rows, personIds } = agenda(ctx, db);
      audit(ctx, { action: 'list', entity: 'case', fields: ['agenda', ...personsShown(personIds)] });
      return rows;
    }),

  'cases.rules': (ctx) => caseRules(session(ctx).db),

  'cases.updateRules': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const before = caseRules(db);
      const { legalReferences, ...numbers } = input;
      const next: CaseRules = {
        ...numbers,
        legalReferences: { ...before.legalReferences, ...legalReferences },
      };
      setSetting(db, 'case.rules', next);
      refreshAllSummaries(db);
      const changed = [
        ...(Object.keys(numbers) as (keyof typeof numbers)[]).filter((k) => before[k] !== next[k]),
        ...legalReferenceKeys
          .filter((k) => before.legalReferences[k] !== next.legalReferences[k])
          .map((k) => `legalReferences.${k}`),
      ];
      if (changed.length) audit(ctx, { action: 'update', entity: 'settings', fields: changed });
      return caseRules(db);
    }),
};
