import type { AuditEntry } from '../audit/auditEntry';
import { audit, session, type Ctx } from '../context';
import type { Db } from '../storage/database';
import { refreshDerived, refreshDerivedOfPerson } from './refreshDerived';

/**
 * What the record writers (cases/caseWriter.ts, persons/personWriter.ts,
 * appointments/appointmentWriter.ts) need besides the record: the register in the caller's
 * transaction, the office's day the checks and the stored summary are judged on, when and by whom
 * the rows are recorded, and where their audit rows go.
 */
export interface Writer {
  db: Db;
  today: string;
  /** The time written on the rows (ISO). */
  at: string;
  /** The username written as the recorder of steps and appointments. */
  by: string;
  /** Test and demo registers accept Tenor synthetic fødselsnummer. */
  allowSyntheticIds: boolean;
  audit: (entry: Omit<AuditEntry, 'userId' | 'username'>) => void;
  /**
   * Cases whose derived state is written once when the batch is done (flushDerived) instead of
   * after each write: the demo writes each case in many rows. Without it, after each write.
   */
  deferred?: Set<number>;
}

/** The case's derived state after a write to it: now, or when the writer's batch is done. */
export function refreshAfterWrite(w: Writer, caseId: number): void {
  if (w.deferred) w.deferred.add(caseId);
  else refreshDerived(w.db, caseId, w.today);
}

/** Every case of a person after a write to the person (a change to the person feeds each). */
export function refreshPersonAfterWrite(w: Writer, personId: number): void {
  if (!w.deferred) return refreshDerivedOfPerson(w.db, personId, w.today);
  const cases = w.db.prepare('SELECT id FROM cases WHERE person_id = ?').all(personId) as { id: number }[];
  for (const { id } of cases) refreshAfterWrite(w, id);
}

/** Writes the derived state of every case a deferred batch wrote, in the batch's transaction. */
export function flushDerived(w: Writer): void {
  for (const id of w.deferred ?? []) refreshDerived(w.db, id, w.today);
  w.deferred?.clear();
}

/** A writer for a change made in a session: its user, its clock, its audit log. */
export function writerOf(ctx: Ctx, db: Db): Writer {
  return {
    db,
    today: ctx.today(),
    at: ctx.config.now().toISOString(),
    by: session(ctx).user.username,
    allowSyntheticIds: ctx.config.allowSyntheticIds,
    audit: (entry) => audit(ctx, entry),
  };
}
