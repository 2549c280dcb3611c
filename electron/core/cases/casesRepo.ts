import type { CaseFieldValues, CaseListRow } from '@shared/api/cases';
import type { CaseRecord, CaseStep, DecisionOutcome, Right } from '@shared/domain/case';
import type { AppealStage, DecisionInForce } from '@shared/domain/caseOutcomes';
import type { CaseSummary } from '@shared/domain/deriveCase';

import type { Db } from '../storage/database';
import { fromColumns } from './caseColumns';
import { readStep, STEP_ROW_COLUMNS, type StepRow } from './stepReader';

/** A case's own fields as the contract parsed them (the writer's input). */
export type CaseFields = CaseFieldValues;
/** A step as the contract delivers it: no id (new) and no record of who wrote it yet. */
export type StepFields = DistributiveOmit<CaseStep, 'id' | 'recordedBy' | 'recordedAt'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A case as stored: its ids and times, and its fields' columns (caseColumns). A reader that
 * derives deadlines and warnings may leave out the free text and the services (data
 * minimisation): they come back empty.
 */
export interface StoredCase {
  id: number;
  case_number: string;
  person_id: number;
  created_at: string;
  updated_at: string;
  anonymised_at?: string | null;
  [column: string]: unknown;
}

/** Steps of many cases (rows in timeline order within each case) by case id. */
export function stepsGroupedByCase(db: Db, rows: readonly StepRow[]): Map<number, CaseStep[]> {
  const byCase = new Map<number, CaseStep[]>();
  for (const r of rows) {
    const list = byCase.get(r.case_id);
    if (list) list.push(readStep(db, r));
    else byCase.set(r.case_id, [readStep(db, r)]);
  }
  return byCase;
}

export function loadSteps(db: Db, caseId: number): CaseStep[] {
  const rows = db
    .prepare(`SELECT ${STEP_ROW_COLUMNS} FROM case_steps WHERE case_id = ? ORDER BY date, id`)
    .all(caseId) as StepRow[];
  return rows.map((r) => readStep(db, r));
}

export function toRecord(r: StoredCase, steps: CaseStep[]): CaseRecord {
  return {
    id: r.id,
    caseNumber: r.case_number,
    personId: r.person_id,
    ...fromColumns(r),
    steps,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ...(r.anonymised_at ? { anonymisedAt: r.anonymised_at } : {}),
  };
}

export function loadCase(db: Db, id: number): CaseRecord | undefined {
  const r = db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as StoredCase | undefined;
  return r && toRecord(r, loadSteps(db, id));
}

/** Year of receipt and a running number within it: 2027-0001, 2027-0002, ... */
export function nextCaseNumber(db: Db, receivedDate: string): string {
  const year = receivedDate.slice(0, 4);
  // The expression index cases_number_in_year (schema v8) answers this without a scan.
  const { last } = db
    .prepare(
      `SELECT max(CAST(substr(case_number, 6) AS INTEGER)) AS last FROM cases WHERE substr(case_number, 1, 4) = ?`,
    )
    .get(year) as { last: number | null };
  return `${year}-${String((last ?? 0) + 1).padStart(4, '0')}`;
}

/**
 * A decision in force as stored for the list's filter: `"koordinator:refused"` in a JSON array,
 * so one right's outcome, any right's outcome and a right decided are each one LIKE.
 */
/** `koordinator:refused`, or `koordinator:refused:new` while an appeal's new decision is awaited. */
export const outcomeToken = (d: DecisionInForce) =>
  `${d.right}:${d.outcome}${d.awaitingNewDecision ? `:${AWAITING_NEW}` : ''}`;
const AWAITING_NEW = 'new';

function fromOutcomeToken(token: string): DecisionInForce {
  const [right, outcome, awaiting] = token.split(':') as [Right, DecisionOutcome, string?];
  return awaiting === AWAITING_NEW ? { right, outcome, awaitingNewDecision: true } : { right, outcome };
}

export function writeSummary(db: Db, caseId: number, s: CaseSummary): void {
  db.prepare(
    `UPDATE cases SET status = @status, office_deadline = @officeDeadline, office_deadline_kind = @officeDeadlineKind,
       appeal_deadline = @appealDeadline, decided_date = @decidedDate, closed_date = @closedDate,
       rights_granted = @rightsGranted, decision_outcomes = @decisionOutcomes, appeal_stages = @appealStages
     WHERE id = @caseId`,
  ).run({
    status: s.status,
    officeDeadline: s.officeDeadline,
    officeDeadlineKind: s.officeDeadlineKind,
    appealDeadline: s.appealDeadline,
    decidedDate: s.decidedDate,
    closedDate: s.closedDate,
    rightsGranted: JSON.stringify(s.rightsGranted),
    decisionOutcomes: JSON.stringify(s.decisions.map(outcomeToken)),
    appealStages: JSON.stringify(s.appealStages),
    caseId,
  });
}

export interface StoredListRow {
  id: number;
  case_number: string;
  person_id: number;
  person_name: string;
  national_id: string | null;
  birth_date: string | null;
  due_date: string | null;
  received_date: string;
  channel: CaseRecord['channel'];
  rights_requested: string;
  rights_granted: string;
  decision_outcomes: string;
  appeal_stages: string;
  status: CaseListRow['status'];
  office_deadline: string | null;
  office_deadline_kind: CaseListRow['officeDeadlineKind'];
  appeal_deadline: string | null;
  decided_date: string | null;
  closed_date: string | null;
}

export const LIST_SELECT = `
  SELECT c.id, c.case_number, c.person_id, p.name AS person_name, p.national_id, p.birth_date, p.due_date,
    c.received_date, c.channel, c.rights_requested, c.rights_granted, c.status, c.office_deadline,
    c.office_deadline_kind, c.appeal_deadline, c.decided_date, c.closed_date, c.decision_outcomes, c.appeal_stages
  FROM cases c JOIN persons p ON p.id = c.person_id`;

export function toListRow(r: StoredListRow): CaseListRow {
  return {
    id: r.id,
    caseNumber: r.case_number,
    personId: r.person_id,
    personName: r.person_name,
    nationalId: r.national_id,
    birthDate: r.birth_date,
    dueDate: r.due_date,
    receivedDate: r.received_date,
    channel: r.channel,
    rightsRequested: JSON.parse(r.rights_requested) as Right[],
    rightsGranted: JSON.parse(r.rights_granted) as Right[],
    status: r.status,
    officeDeadline: r.office_deadline,
    officeDeadlineKind: r.office_deadline_kind,
    appealDeadline: r.appeal_deadline,
    decidedDate: r.decided_date,
    closedDate: r.closed_date,
    decisions: (JSON.parse(r.decision_outcomes) as string[]).map(fromOutcomeToken),
    appeals: JSON.parse(r.appeal_stages) as AppealStage[],
  };
}
