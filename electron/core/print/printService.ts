import { personsShown } from '../audit/auditLog';
import { agenda } from '../cases/agendaReadModel';
import { caseDetail } from '../cases/caseDetail';
import { protocolRows } from '../cases/caseList';
import { audit, inTransaction, type Ctx, type FeatureHandlers } from '../context';
import { coordinatorList } from '../coordinators/coordinatorReadModel';
import { planDetail } from '../plans/planDetail';
import { caseRules } from '../settings/rulesInForce';
import { runningDeadlines } from './deadlineRows';

/**
 * Reads for the print layouts. Each writes one `print` row with its read, naming every person on
 * the paper (`person:<id>`; the coordinator list names the coordinators): a printout is personal
 * data leaving the register, and the log must be able to say so. As with the lists' `list` rows,
 * the entity is what was printed (`case`, with its id for one case; `coordinator`).
 */
function logPrint(
  ctx: Ctx,
  entity: 'case' | 'coordinator',
  what: string,
  names: string[],
  caseId: number | null = null,
) {
  audit(ctx, { action: 'print', entity, entityId: caseId, fields: [what, ...names] });
}

const byName = new Intl.Collator('nb');

export const printHandlers: FeatureHandlers<'print'> = {
  'print.caseOverview': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const detail = caseDetail(ctx, db, input.id);
      const plan = planDetail(ctx, db, input.id);
      logPrint(ctx, 'case', 'caseOverview', personsShown([detail.person.id]), input.id);
      return { case: detail, plan };
    }),

  // The pool as the Koordinatorer list shows it, without the inactive: who can take a case.
  'print.coordinators': (ctx) =>
    inTransaction(ctx, (db) => {
      const today = ctx.today();
      const coordinators = coordinatorList(db, today)
        .filter((c) => c.active)
        .sort((a, b) => byName.compare(a.name, b.name));
      logPrint(
        ctx,
        'coordinator',
        'coordinators',
        coordinators.map((c) => `coordinator:${c.id}`),
      );
      return { coordinators, today };
    }),

  'print.deadlines': (ctx) =>
    inTransaction(ctx, (db) => {
      const rules = caseRules(db);
      const today = ctx.today();
      const { rows, personIds } = runningDeadlines(db, rules, today);
      logPrint(ctx, 'case', 'deadlines', personsShown(personIds));
      return { rows, age18Months: rules.age18WarningMonths, today };
    }),

  // The agenda exactly as the Saker screen shows it; one print row names the persons on paper.
  'print.agenda': (ctx) =>
    inTransaction(ctx, (db) => {
      const { rows, personIds } = agenda(ctx, db);
      logPrint(ctx, 'case', 'agenda', personsShown(personIds));
      return { rows, today: ctx.today() };
    }),

  // The protocol with the rows the screen page lists (one query, caseList's protocolRows).
  'print.protocol': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const rows = protocolRows(db, input.from, input.to);
      logPrint(ctx, 'case', 'protocol', personsShown(rows.map((r) => r.personId)));
      return { rows, from: input.from, to: input.to, today: ctx.today() };
    }),
};
