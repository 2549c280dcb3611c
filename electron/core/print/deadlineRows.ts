import type { DeadlinePrintRow } from '@shared/api/print';
import { addMonths } from '@shared/domain/calendar';
import type { CaseRules } from '@shared/domain/case';
import { closingInForce } from '@shared/domain/caseSteps';
import { caseDeadlines } from '@shared/domain/deadlines';

import { loadCaseWithPerson } from '../cases/caseDetail';
import type { Db } from '../storage/database';

/**
 * Cases with a deadline still running (interim reply, appeal, 18 years), most urgent first; a
 * closed case only with its appeal deadline (a refusal may be appealed after the closing).
 * The stored summary columns find the candidates in SQL; each candidate's deadlines are then
 * derived as the case page derives them, so the print and the case agree to the day.
 * An 18-year deadline is listed from the warning setting's months before it (a child with a
 * barnekoordinator has one from the decision on, years ahead).
 */
export function runningDeadlines(
  db: Db,
  rules: CaseRules,
  today: string,
): { rows: DeadlinePrintRow[]; personIds: number[] } {
  const ids = (
    db
      .prepare(
        `SELECT id FROM cases
         WHERE (status <> 'closed' AND office_deadline IS NOT NULL) OR appeal_deadline >= @today`,
      )
      .all({ today }) as { id: number }[]
  ).map((r) => r.id);
  const age18Horizon = addMonths(today, rules.age18WarningMonths);
  const rows: DeadlinePrintRow[] = [];
  const personIds = new Set<number>();
  for (const id of ids) {
    const { record, person } = loadCaseWithPerson(db, id);
    const closed = closingInForce(record) !== null;
    for (const d of caseDeadlines(record, person, rules, today)) {
      if (d.state === 'met' || d.state === 'expired') continue;
      if (closed && d.kind !== 'appeal') continue;
      if (d.kind === 'age18' && d.dueDate > age18Horizon) continue;
      personIds.add(person.id);
      rows.push({
        caseId: id,
        caseNumber: record.caseNumber,
        personName: person.name,
        kind: d.kind,
        right: d.right ?? null,
        dueDate: d.dueDate,
        state: d.state,
        daysLeft: d.daysLeft,
        legalReference: d.legalReference,
      });
    }
  }
  rows.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.caseNumber.localeCompare(b.caseNumber));
  return { rows, personIds: [...personIds] };
}
