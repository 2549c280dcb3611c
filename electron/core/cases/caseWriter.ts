import type { ParsedStep } from '@shared/api/cases';
import type { CaseStep, Person } from '@shared/domain/case';
import { stepDate as dateOfStep } from '@shared/domain/caseSteps';

import { endAppointmentsOnClosing } from '../appointments/appointmentWriter';
import { refreshAfterWrite, type Writer } from '../derived/writer';
import type { Db } from '../storage/database';
import {
  checkCaseFields,
  checkPersonChangeable,
  checkRemoval,
  checkStep,
  loadCaseForChange,
} from './caseChecks';
import { caseFieldColumns, caseFieldKeys, toColumns } from './caseColumns';
import { nextCaseNumber, type CaseFields, type StepFields } from './casesRepo';
import { storedData } from './stepReader';

/**
 * The one way a case and its steps are written (the case page, letters, the import, the demo and
 * an import's undo): checked, written, the case's derived state refreshed and the audit row
 * appended, in the caller's transaction.
 */

const insertCaseSql = `INSERT INTO cases (case_number, person_id, ${caseFieldColumns.join(', ')}, created_at,
     updated_at, status)
   VALUES (@case_number, @person_id, ${caseFieldColumns.map((c) => `@${c}`).join(', ')}, @at, @at, 'received')`;

const updateCaseSql = `UPDATE cases SET ${caseFieldColumns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @at
   WHERE id = @id`;

/**
 * A new case for a person already in the register, after the checks; numbered in the year of its
 * receipt. The registration form's, the import's and the demo's one way in.
 */
export function createCase(
  w: Writer,
  personId: number,
  person: Pick<Person, 'birthDate' | 'dueDate'>,
  input: CaseFields,
): number {
  const { db } = w;
  checkPersonChangeable(db, personId);
  checkCaseFields(db, input, w.today, person);
  const { lastInsertRowid } = db.prepare(insertCaseSql).run({
    ...toColumns(input),
    case_number: nextCaseNumber(db, input.receivedDate),
    person_id: personId,
    at: w.at,
  });
  const id = Number(lastInsertRowid);
  refreshAfterWrite(w, id);
  w.audit({ action: 'create', entity: 'case', entityId: id, fields: [...caseFieldKeys] });
  return id;
}

/** A change to a case's own fields after the checks; logged with the fields that changed. */
export function changeCase(w: Writer, id: number, input: CaseFields): void {
  const { db } = w;
  const { record, person } = loadCaseForChange(db, id);
  checkCaseFields(db, input, w.today, person, record);
  db.prepare(updateCaseSql).run({ ...toColumns(input), id, at: w.at });
  refreshAfterWrite(w, id);
  const changed = caseFieldKeys.filter((f) => JSON.stringify(record[f]) !== JSON.stringify(input[f]));
  if (changed.length) w.audit({ action: 'update', entity: 'case', entityId: id, fields: changed });
}

/**
 * Records a step (new, or a correction when it has an id) after the checks, logged with its
 * fields (`auditFields` when the caller changed fewer, as a letter that marks a decision
 * notified); a closing ends the case's running appointments. Returns the step's id.
 */
export function recordStep(
  w: Writer,
  caseId: number,
  step: ParsedStep,
  options: { auditFields?: string[] } = {},
): number {
  const { record, person } = loadCaseForChange(w.db, caseId);
  checkStep(w.db, record, person, step, w.today);
  const stepId =
    step.id === undefined
      ? insertStep(w.db, caseId, step, w.by, w.at)
      : updateStep(w.db, step.id, step, w.at);
  afterStep(w, caseId, step, stepId, options.auditFields ?? fieldsOf(step));
  return stepId;
}

/** A step written: the case refreshed, the row logged, and a new closing ends the appointments. */
function afterStep(w: Writer, caseId: number, step: ParsedStep, stepId: number, fields: string[]): void {
  refreshAfterWrite(w, caseId);
  w.audit({
    action: step.id === undefined ? 'step_create' : 'step_update',
    entity: 'case',
    entityId: caseId,
    fields: [`${step.kind}:${stepId}`, ...fields],
  });
  if (step.kind === 'closing' && step.id === undefined) endAppointmentsOnClosing(w, caseId, step.date);
}

/**
 * New steps of one case in the order they happened, each checked as recordStep checks it against
 * the case with the steps before it (the case loaded once), refreshed and logged each (refreshed
 * once, by a writer that defers). Returns their ids.
 */
export function recordSteps(w: Writer, caseId: number, steps: readonly StepFields[]): number[] {
  const loaded = loadCaseForChange(w.db, caseId);
  let record = loaded.record;
  return steps.map((step) => {
    checkStep(w.db, record, loaded.person, step as ParsedStep, w.today);
    const id = insertStep(w.db, caseId, step, w.by, w.at);
    afterStep(w, caseId, step as ParsedStep, id, fieldsOf(step));
    // Kept in the order loadSteps reads them: by date, then as recorded.
    const stored = { ...step, id, recordedBy: w.by, recordedAt: w.at } as CaseStep;
    const later = record.steps.findIndex((s) => dateOfStep(s) > stepDate(step));
    const steps = [...record.steps];
    steps.splice(later === -1 ? steps.length : later, 0, stored);
    record = { ...record, steps };
    return id;
  });
}

/**
 * Steps of the register's past as the demo makes it, in the order they were recorded: written
 * without today's checks of a change (a plan's consent given before the case was closed is
 * written after the closing), refreshed and logged each.
 */
export function recordPastSteps(w: Writer, caseId: number, steps: readonly StepFields[]): number[] {
  return steps.map((step) => {
    const id = insertStep(w.db, caseId, step, w.by, w.at);
    afterStep(w, caseId, step as ParsedStep, id, fieldsOf(step));
    return id;
  });
}

/** Removes a step after the checks (only the closing on a closed case, no decision under appeal). */
export function removeStep(w: Writer, caseId: number, stepId: number): void {
  const { record } = loadCaseForChange(w.db, caseId);
  checkRemoval(record, stepId);
  const kind = record.steps.find((s) => s.id === stepId)!.kind;
  w.db.prepare('DELETE FROM case_steps WHERE id = ?').run(stepId);
  refreshAfterWrite(w, caseId);
  w.audit({ action: 'step_remove', entity: 'case', entityId: caseId, fields: [`${kind}:${stepId}`] });
}

/**
 * Removes a case with everything that hangs on it (steps, appointments, plan, letters cascade):
 * an import's undo, logged as one row for the batch. Nothing derived from it is left to refresh.
 */
export function removeCase(w: Writer, caseId: number): void {
  w.db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
}

const fieldsOf = (step: ParsedStep | StepFields) =>
  Object.keys(step).filter((f) => f !== 'kind' && f !== 'id');

/** The date a step happened, by which the timeline is ordered. */
const stepDate = (step: StepFields) => dateOfStep(step as CaseStep);

function insertStep(db: Db, caseId: number, step: StepFields, by: string, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO case_steps (case_id, kind, date, data, recorded_by, recorded_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(caseId, step.kind, stepDate(step), storedData(step), by, at, at);
  return Number(lastInsertRowid);
}

/** A correction keeps who first recorded the step; the log says who changed it. */
function updateStep(db: Db, stepId: number, step: StepFields, at: string): number {
  db.prepare('UPDATE case_steps SET date = ?, data = ?, updated_at = ? WHERE id = ?').run(
    stepDate(step),
    storedData(step),
    at,
    stepId,
  );
  return stepId;
}
