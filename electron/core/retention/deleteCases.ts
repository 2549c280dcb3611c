import type { Db } from '../storage/database';
import { removeCaseTraces } from './caseTraces';

/**
 * Deletes the cases with everything that hangs on them (steps, appointments, the plan with its
 * goals, measures, members and meetings, letters, archive copy records: all cascade from the case)
 * and each person left without a case, with their relations. In the caller's transaction; returns
 * how many persons were deleted. The audit log keeps its rows: it is append-only.
 */
export function deleteCases(db: Db, selected: readonly { caseId: number; personId: number }[]): number {
  const remove = db.prepare('DELETE FROM cases WHERE id = ?');
  for (const s of selected) {
    removeCaseTraces(db, s.caseId);
    remove.run(s.caseId);
  }
  let persons = 0;
  for (const personId of new Set(selected.map((s) => s.personId))) {
    const left = db.prepare('SELECT 1 FROM cases WHERE person_id = ? LIMIT 1').get(personId);
    if (left) continue;
    db.prepare("DELETE FROM import_records WHERE kind = 'person' AND record_id = ?").run(personId);
    db.prepare('DELETE FROM persons WHERE id = ?').run(personId);
    persons += 1;
  }
  return persons;
}
