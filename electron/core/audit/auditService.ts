import { backupAnchors } from '../backup/backupAnchors';
import { audit, inTransaction, session, type FeatureHandlers } from '../context';
import { compareWithAnchor, storedAnchorFinding } from './auditAnchor';
import { personsShown, verifyAudit } from './auditLog';
import { findAuditPersons } from './auditPersonSearch';
import { caseOf, describePersons, listAudit, personLogRows, personOfCase } from './auditQuery';

export const auditHandlers: FeatureHandlers<'audit'> = {
  // Looking at the log is itself logged: it shows who looked at whose records. A filtered look
  // names the person or the case it was about, and every look names the persons the page showed
  // by name, so each of them finds it in their own log.
  'audit.list': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const named = input.personId === undefined ? [] : [input.personId];
      const caseId = caseOf(db, input);
      const casePerson = caseId === undefined ? undefined : personOfCase(db, caseId);
      if (casePerson !== undefined) named.push(casePerson);
      // The page is read once to learn whom it shows, then again with this look on it: the
      // second read holds this row and the first's rows but its last, so no one is shown unlogged.
      for (const row of listAudit(db, input).rows) {
        for (const p of row.persons) if (p.name !== null) named.push(p.id);
      }
      const fields = [...(caseId === undefined ? [] : [`case:${caseId}`]), ...personsShown(named)];
      audit(ctx, { action: 'list', entity: 'audit', fields });
      return listAudit(db, input);
    }),

  // The persons offered by the filter are personal data shown: logged as a list naming them.
  'audit.findPersons': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const matches = findAuditPersons(db, input.q);
      audit(ctx, { action: 'list', entity: 'person', fields: personsShown(matches.map((m) => m.id)) });
      return matches;
    }),

  // "Innsyn i logg": the person's log leaves the register on paper; the print names the person.
  'audit.personLog': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const rows = personLogRows(db, input.personId);
      const person = describePersons(db, [input.personId]).get(input.personId)!;
      audit(ctx, {
        action: 'print',
        entity: 'audit',
        fields: ['accessLog', ...personsShown([input.personId])],
      });
      return { person, rows };
    }),

  /**
   * The chain from the first row, and the newest rows against the heads kept outside the
   * database: the key file's and the newest backups' manifests.
   */
  'audit.verify': (ctx) => {
    const { db, keyFile } = session(ctx);
    const chain = verifyAudit(db);
    const anchors = [keyFile.anchor, ...backupAnchors(ctx)];
    const anchor =
      storedAnchorFinding(db) ?? anchors.map((a) => compareWithAnchor(db, a)).find((f) => f !== null) ?? null;
    return { ...chain, ok: chain.ok && !anchor, anchor };
  },
};
