import type { ArchiveContents } from '@shared/api/archive';
import { closingInForce } from '@shared/domain/caseSteps';

import { caseAppointments } from '../appointments/appointmentsRepo';
import { personsShown } from '../audit/auditLog';
import { loadCaseForChange } from '../cases/caseChecks';
import { loadCaseWithPerson } from '../cases/caseDetail';
import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { caseLetters } from '../letters/lettersRepo';
import { findPlan, planMeetings } from '../plans/plansRepo';
import { getSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { archiveFileStem } from './archiveNames';
import { insertArchiveCopy } from './archiveRepo';
import { issueArchiveTicket, takeArchiveTicket } from './archiveTickets';
import { caseEvents } from './caseEvents';
import { eventsCsv } from './eventsCsv';

/**
 * The archive package's contents and the record that it was made. Reading the contents is an
 * export of the person's data (the CSV leaves the register as it is read), so it is logged as
 * one, naming the person, in the transaction of the read. An anonymised case has no copy to make
 * (CASE_ANONYMISED): its texts, letters and person are gone, and a copy would pass off the husk
 * as the case; the copy belongs before anonymising.
 */
function archiveContents(ctx: Ctx, db: Db, caseId: number): ArchiveContents {
  const { record, person } = loadCaseForChange(db, caseId);
  const today = ctx.today();
  const closing = closingInForce(record);
  // Oldest first: the order they were sent, which the file numbers follow.
  const letters = caseLetters(db, caseId).reverse();
  const plan = findPlan(db, caseId);
  const csv = eventsCsv(
    caseEvents({
      record,
      appointments: caseAppointments(db, caseId),
      plan,
      meetings: planMeetings(db, plan?.id ?? null),
      letters,
    }),
  );
  audit(ctx, {
    action: 'export',
    entity: 'case',
    entityId: caseId,
    fields: ['archive', ...personsShown([person.id])],
  });
  // The overview and each letter: the PDF/A documents the package holds (the CSV is not counted).
  const ticket = issueArchiveTicket(ctx, { caseId, documents: letters.length + 1 });
  return {
    caseId,
    caseNumber: record.caseNumber,
    closed: closing !== null,
    closedDate: closing?.date ?? null,
    letters: letters.map((l) => ({ id: l.id, kind: l.kind, right: l.right, date: l.date })),
    fileStem: archiveFileStem(record.caseNumber, today),
    municipality: getSetting(db, 'municipality.name'),
    csv,
    today,
    ticket,
  };
}

export const archiveHandlers: FeatureHandlers<'archive'> = {
  'archive.contents': (ctx, input) => inTransaction(ctx, (db) => archiveContents(ctx, db, input.caseId)),

  'archive.record': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const ticket = takeArchiveTicket(ctx, input.ticket);
      if (!ticket || ticket.caseId !== input.caseId || ticket.documents !== input.documents)
        throw new CoreError('ARCHIVE_NOT_MADE');
      // Recorded even if the case was anonymised since its contents were read: the copy was made
      // of the case as it was, and the record is what the retention list shows.
      const { person } = loadCaseWithPerson(db, input.caseId);
      const copy = insertArchiveCopy(db, {
        caseId: input.caseId,
        madeAt: ctx.config.now().toISOString(),
        madeBy: session(ctx).user.id,
        documents: input.documents,
      });
      audit(ctx, {
        action: 'archive_copy',
        entity: 'case',
        entityId: input.caseId,
        fields: personsShown([person.id]),
      });
      return copy;
    }),
};
