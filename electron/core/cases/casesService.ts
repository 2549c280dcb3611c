import { personFields as shown } from '../audit/auditLog';
import type { AgendaRow, ParsedStep } from '../../../shared/api/cases';
import { daysBetween } from '../../../shared/domain/calendar';
import { legalReferenceKeys, type CaseRules, type Person } from '../../../shared/domain/case';
import { latestAssessment } from '../../../shared/domain/caseSteps';
import { deriveCase } from '../../../shared/domain/deriveCase';
import { endAppointmentsOnClosing } from '../appointments/appointmentsRepo';
import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import {
  caseDetail,
  caseRules,
  loadCaseWithPerson,
  refreshAllSummaries,
  refreshSummary,
  todayOf,
} from './caseDetail';
import {
  checkCaseFields,
  checkPersonChangeable,
  checkRemoval,
  checkStep,
  loadCaseForChange,
} from './caseChecks';
import { listCases, protocolRows, undecidedCaseIds } from './caseList';
import {
  deleteStep,
  insertCase,
  insertStep,
  nextCaseNumber,
  updateCase,
  updateStep,
  type CaseFields,
} from './casesRepo';
import { personFields } from './personsService';
import { findPerson, insertPerson } from './personsRepo';

const CASE_FIELDS = [
  'receivedDate',
  'channel',
  'appliedBy',
  'appliedByName',
  'rightsRequested',
  'needDescription',
  'services',
] as const;

function caseFieldsOf(input: CaseFields): CaseFields {
  return Object.fromEntries(CASE_FIELDS.map((f) => [f, input[f]])) as unknown as CaseFields;
}

function readCase(ctx: Ctx, db: Db, id: number) {
  const detail = caseDetail(ctx, db, id);
  audit(ctx, { action: 'read', entity: 'case', entityId: id, fields: [`person:${detail.person.id}`] });
  return detail;
}

/** The persons whose data a list showed, named in its audit row: they may ask who looked. */
/** The team meeting's agenda and the persons on it (the print of it logs its own row). */
export function agenda(ctx: Ctx, db: Db): { rows: AgendaRow[]; personIds: number[] } {
  const rules = caseRules(db);
  const today = todayOf(ctx);
  const personIds: number[] = [];
  const rows = undecidedCaseIds(db).map((id): AgendaRow => {
    const { record, person } = loadCaseWithPerson(db, id);
    personIds.push(person.id);
    const interim = deriveCase(record, person, rules, today).deadlines.find((d) => d.kind === 'interimReply');
    return {
      id,
      caseNumber: record.caseNumber,
      personName: person.name,
      receivedDate: record.receivedDate,
      rightsRequested: record.rightsRequested,
      awaiting: record.rightsRequested.every((r) => latestAssessment(record, r)) ? 'decision' : 'assessment',
      daysWaiting: daysBetween(record.receivedDate, today),
      interimReplyDue: interim?.dueDate ?? null,
      interimReplyState: interim ? (interim.state === 'expired' ? 'overdue' : interim.state) : null,
    };
  });
  return { rows, personIds };
}

/** A new person after the checks of personFields, with the audit row; fields named `person.*`. */
export function addPerson(ctx: Ctx, db: Db, input: Parameters<typeof personFields>[2]) {
  const fields = personFields(ctx, db, input, { prefix: 'person.' });
  const id = insertPerson(db, fields, ctx.config.now().toISOString());
  audit(ctx, { action: 'create', entity: 'person', entityId: id, fields: Object.keys(fields) });
  return { id, fields };
}

/**
 * A new case for a person already in the register, after the checks; its summary written and its
 * audit row. The registration form's and the import's one way in.
 */
export function addCase(
  ctx: Ctx,
  db: Db,
  personId: number,
  person: Pick<Person, 'birthDate' | 'dueDate'>,
  input: CaseFields,
): number {
  checkPersonChangeable(db, personId);
  checkCaseFields(db, input, todayOf(ctx), person);
  const at = ctx.config.now().toISOString();
  const id = insertCase(db, personId, nextCaseNumber(db, input.receivedDate), caseFieldsOf(input), at);
  refreshSummary(db, id);
  audit(ctx, { action: 'create', entity: 'case', entityId: id, fields: [...CASE_FIELDS] });
  return id;
}

/**
 * Records a step (new, or a correction when it has an id) after the checks, with the case's
 * summary and audit rows; a closing ends the case's running appointments. Returns the step's id.
 */
export function saveStep(ctx: Ctx, db: Db, caseId: number, step: ParsedStep): number {
  const { record, person } = loadCaseForChange(db, caseId);
  checkStep(db, record, person, step, todayOf(ctx));
  const at = ctx.config.now().toISOString();
  const fields = Object.keys(step).filter((f) => f !== 'kind' && f !== 'id');
  let stepId = step.id;
  if (stepId === undefined) stepId = insertStep(db, caseId, step, session(ctx).user.username, at);
  else updateStep(db, stepId, step, at);
  refreshSummary(db, caseId);
  audit(ctx, {
    action: step.id === undefined ? 'step_create' : 'step_update',
    entity: 'case',
    entityId: caseId,
    fields: [`${step.kind}:${stepId}`, ...fields],
  });
  if (step.kind === 'closing' && step.id === undefined) {
    for (const id of endAppointmentsOnClosing(db, caseId, step.date, at))
      audit(ctx, {
        action: 'appointment_end',
        entity: 'case',
        entityId: caseId,
        fields: [`appointment:${id}`, 'endDate', 'endReason'],
      });
  }
  return stepId;
}

export const casesHandlers: FeatureHandlers<'cases'> = {
  // A list shows names and numbers of many people at once: the log records who looked, how, and
  // whom the page showed.
  'cases.list': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const result = listCases(db, input, todayOf(ctx), caseRules(db).dueSoonDays);
      const filters = [
        ...(['q', 'status', 'right', 'deadline', 'receivedFrom', 'receivedTo'] as const),
        ...(['outcome', 'outcomeRight', 'appeal'] as const),
      ];
      const used = filters.filter((f) => input[f] !== undefined && input[f] !== '');
      audit(ctx, {
        action: 'list',
        entity: 'case',
        fields: [...used, ...shown(result.rows.map((r) => r.personId))],
      });
      return result;
    }),

  'cases.get': (ctx, input) => inTransaction(ctx, (db) => readCase(ctx, db, input.id)),

  'cases.create': (ctx, input) =>
    inTransaction(ctx, (db) => {
      let personId = input.personId;
      let person: Pick<Person, 'birthDate' | 'dueDate'>;
      if (personId !== undefined) {
        const found = findPerson(db, personId);
        if (!found) throw new CoreError('NOT_FOUND');
        person = found;
      } else {
        ({ id: personId, fields: person } = addPerson(ctx, db, input.person!));
      }
      const id = addCase(ctx, db, personId, person, input);
      return caseDetail(ctx, db, id);
    }),

  'cases.update': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { record, person } = loadCaseForChange(db, input.id);
      checkCaseFields(db, input, todayOf(ctx), person, record);
      updateCase(db, input.id, caseFieldsOf(input), ctx.config.now().toISOString());
      refreshSummary(db, input.id);
      const changed = CASE_FIELDS.filter((f) => JSON.stringify(record[f]) !== JSON.stringify(input[f]));
      if (changed.length)
        audit(ctx, { action: 'update', entity: 'case', entityId: input.id, fields: changed });
      return caseDetail(ctx, db, input.id);
    }),

  'cases.recordStep': (ctx, input) =>
    inTransaction(ctx, (db) => {
      saveStep(ctx, db, input.caseId, input.step);
      return caseDetail(ctx, db, input.caseId);
    }),

  'cases.removeStep': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { record } = loadCaseForChange(db, input.caseId);
      checkRemoval(record, input.stepId);
      const kind = record.steps.find((s) => s.id === input.stepId)!.kind;
      deleteStep(db, input.stepId);
      refreshSummary(db, input.caseId);
      audit(ctx, {
        action: 'step_remove',
        entity: 'case',
        entityId: input.caseId,
        fields: [`${kind}:${input.stepId}`],
      });
      return caseDetail(ctx, db, input.caseId);
    }),

  'cases.protocol': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const rows = protocolRows(db, input.from, input.to);
      audit(ctx, {
        action: 'list',
        entity: 'case',
        fields: ['protocol', ...shown(rows.map((r) => r.personId))],
      });
      return rows;
    }),

  'cases.agenda': (ctx) =>
    inTransaction(ctx, (db) => {
      const { rows, personIds } = agenda(ctx, db);
      audit(ctx, { action: 'list', entity: 'case', fields: ['agenda', ...shown(personIds)] });
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
