import type { CaseFigures } from '@shared/domain/caseFigures';

import type { Db } from '../storage/database';

/**
 * The dashboards' facts per case (shared/domain/caseFigures.ts), written with the summary. The
 * columns keep their stored names: no_coordinator_* holds withoutCoordinatorSince and From.
 */
export function writeFigures(db: Db, caseId: number, f: CaseFigures): void {
  db.prepare(
    `UPDATE cases SET interim_reply_due = @interimReplyDue, appeal_awaiting_since = @appealAwaitingSince,
       appeal_not_forwarded_since = @appealNotForwardedSince, child_heard = @childHeard,
       no_coordinator_since = @withoutCoordinatorSince, no_coordinator_from = @withoutCoordinatorFrom,
       interim_reply_outcome = @interimReplyOutcome, awaiting = @awaiting
     WHERE id = @caseId`,
  ).run({ ...f, childHeard: f.childHeard ? 1 : 0, caseId });
}

/** The end dates of a case's appointments (all its figures read of them). */
export function appointmentEnds(db: Db, caseId: number): { endDate: string | null }[] {
  return db.prepare('SELECT end_date AS endDate FROM appointments WHERE case_id = ?').all(caseId) as {
    endDate: string | null;
  }[];
}
