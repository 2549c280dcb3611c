import type { AgendaRow } from '@shared/api/cases';
import { daysBetween } from '@shared/domain/calendar';
import type { Right } from '@shared/domain/case';
import { interimReplyDue, interimReplyState } from '@shared/domain/deadlines';

import type { Ctx } from '../context';
import { caseRules } from '../settings/rulesInForce';
import type { Db } from '../storage/database';
import { agendaRows } from './caseList';

/**
 * The team meeting's agenda and the persons on it (the print of it logs its own row): one read of
 * stored columns; only the interim reply's state is judged on today, by the case page's rule.
 */
export function agenda(ctx: Ctx, db: Db): { rows: AgendaRow[]; personIds: number[] } {
  const rules = caseRules(db);
  const today = ctx.today();
  const stored = agendaRows(db);
  const rows = stored.map(({ personId: _, interimReplyOutcome: outcome, ...r }): AgendaRow => {
    const due = outcome === null ? null : interimReplyDue(r.receivedDate, rules);
    const state = outcome === null ? null : interimReplyState(outcome, due!, today, rules);
    return {
      ...r,
      rightsRequested: JSON.parse(r.rightsRequested) as Right[],
      daysWaiting: daysBetween(r.receivedDate, today),
      interimReplyDue: due,
      interimReplyState: state === 'expired' ? 'overdue' : state,
    };
  });
  return { rows, personIds: stored.map((r) => r.personId) };
}
