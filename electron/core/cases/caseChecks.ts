import type { z } from 'zod';

import type { caseFields, ParsedStep } from '@shared/api/cases';
import type { CaseRecord, Person, Right } from '@shared/domain/case';
import { checkReceivedDate, checkStepDates } from '@shared/domain/caseDates';
import { closingInForce, stepDate } from '@shared/domain/caseSteps';

import { CoreError, refuseFields as refuse } from '../errors';
import { findServiceUnit } from '../serviceUnits/serviceUnitsRepo';
import { caseRules } from '../settings/rulesInForce';
import type { Db } from '../storage/database';
import { loadCaseWithPerson } from './caseDetail';

type ParsedCaseFields = z.output<typeof caseFields>;

/**
 * A case's own fields against the register: known service units, a received date that has
 * happened, not decades ago nor before the person (a change of the date is judged, an old case
 * kept as it is), and (for a change) nothing recorded before the new received date or for a
 * right no longer asked for.
 */
export function checkCaseFields(
  db: Db,
  input: ParsedCaseFields,
  today: string,
  person: Pick<Person, 'birthDate' | 'dueDate'>,
  existing?: CaseRecord,
): void {
  const problems: Record<string, string> = {};
  if (existing?.receivedDate !== input.receivedDate)
    Object.assign(problems, checkReceivedDate(input.receivedDate, person, today));
  input.services.forEach((s, i) => {
    if (s.serviceUnitId !== null && !findServiceUnit(db, s.serviceUnitId))
      problems[`services.${i}.serviceUnitId`] = 'validation.serviceUnitUnknown';
    if (s.serviceUnitId === null && s.provider === '')
      problems[`services.${i}.provider`] = 'validation.required';
  });
  if (existing) {
    const dated = existing.steps.filter((s) => s.kind !== 'consent' && s.kind !== 'appeal');
    if (dated.some((s) => stepDate(s) < input.receivedDate))
      problems.receivedDate ??= 'validation.receivedAfterSteps';
    const used = new Set<Right>(
      existing.steps.flatMap((s) => (s.kind === 'assessment' || s.kind === 'decision' ? [s.right] : [])),
    );
    if ([...used].some((r) => !input.rightsRequested.includes(r)))
      problems.rightsRequested = 'validation.rightHasSteps';
  }
  refuse(problems);
}

/**
 * A step against its case: the case must be open (except to reopen it), the right must be one
 * asked for, an appeal must concern one of the case's decisions, an edit must name one of the
 * case's steps of the same kind, and the dates must come in the order the law gives them.
 */
export function checkStep(db: Db, record: CaseRecord, person: Person, step: ParsedStep, today: string): void {
  const editing = step.id === undefined ? null : record.steps.find((s) => s.id === step.id);
  if (step.id !== undefined && (!editing || editing.kind !== step.kind))
    throw new CoreError('VALIDATION', { 'step.id': 'validation.stepUnknown' });
  const closing = closingInForce(record);
  if (closing && step.kind !== 'reopening' && editing?.id !== closing.id) throw new CoreError('CASE_CLOSED');
  if (
    (step.kind === 'assessment' || step.kind === 'decision') &&
    !record.rightsRequested.includes(step.right)
  )
    throw new CoreError('VALIDATION', { 'step.right': 'validation.rightNotRequested' });
  if (step.kind === 'appeal' && !record.steps.some((s) => s.kind === 'decision' && s.id === step.decisionId))
    throw new CoreError('VALIDATION', { 'step.decisionId': 'validation.decisionUnknown' });
  refuse(
    checkStepDates(step, {
      receivedDate: record.receivedDate,
      steps: record.steps,
      person,
      rules: caseRules(db),
      today,
    }),
    'step.',
  );
}

/** Only the closing can be undone on a closed case; a decision stays while an appeal refers to it. */
export function checkRemoval(record: CaseRecord, stepId: number): void {
  const step = record.steps.find((s) => s.id === stepId);
  if (!step) throw new CoreError('VALIDATION', { stepId: 'validation.stepUnknown' });
  const closing = closingInForce(record);
  if (closing && closing.id !== stepId) throw new CoreError('CASE_CLOSED');
  if (step.kind === 'decision' && record.steps.some((s) => s.kind === 'appeal' && s.decisionId === stepId))
    throw new CoreError('VALIDATION', { stepId: 'validation.decisionHasAppeal' });
}

/**
 * The case a write is for, refused once anonymised: what it held is gone, and anything added to
 * it would never come up for deletion again (the expired list skips anonymised cases). Every
 * write to a case, its steps, appointments, plan, letters or drafts loads the case through this.
 */
export function loadCaseForChange(db: Db, caseId: number) {
  const loaded = loadCaseWithPerson(db, caseId);
  if (loaded.record.anonymisedAt) throw new CoreError('CASE_ANONYMISED');
  return loaded;
}

/** A person whose every case is anonymised is the "Anonymisert" left behind: refused as such a case. */
export function checkPersonChangeable(db: Db, personId: number): void {
  const row = db
    .prepare('SELECT count(*) AS n, count(anonymised_at) AS anonymised FROM cases WHERE person_id = ?')
    .get(personId) as { n: number; anonymised: number };
  if (row.n > 0 && row.n === row.anonymised) throw new CoreError('CASE_ANONYMISED');
}
