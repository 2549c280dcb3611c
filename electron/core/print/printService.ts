import { caseDetail, caseRules, todayOf } from '../cases/caseDetail';
import { casesHandlers } from '../cases/casesService';
import { audit, inTransaction, type Ctx, type FeatureHandlers } from '../context';
import { allFacts, coordinationRules } from '../coordinators/coordinatorFacts';
import { listCoordinators } from '../coordinators/coordinatorsRepo';
import { planDetail } from '../plans/planDetail';
import type { Db } from '../storage/database';
import { runningDeadlines } from './deadlineRows';

/**
 * Reads for the print layouts. Each writes one `print` row with its read, naming every person on
 * the paper (`person:<id>`; the coordinator list names the coordinators): a printout is personal
 * data leaving the register, and the log must be able to say so. As with the lists' `list` rows,
 * the entity is what was printed (`case`, with its id for one case; `coordinator`).
 */
const persons = (ids: readonly number[]) => [...new Set(ids)].map((id) => `person:${id}`);

function logPrint(
  ctx: Ctx,
  entity: 'case' | 'coordinator',
  what: string,
  names: string[],
  caseId: number | null = null,
) {
  audit(ctx, { action: 'print', entity, entityId: caseId, fields: [what, ...names] });
}

function personsOfCases(db: Db, caseIds: readonly number[]): number[] {
  if (caseIds.length === 0) return [];
  const rows = db
    .prepare(`SELECT DISTINCT person_id AS id FROM cases WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(caseIds)) as { id: number }[];
  return rows.map((r) => r.id);
}

const byName = new Intl.Collator('nb');

export const printHandlers: FeatureHandlers<'print'> = {
  'print.caseOverview': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const detail = caseDetail(ctx, db, input.id);
      const plan = planDetail(ctx, db, input.id);
      logPrint(ctx, 'case', 'caseOverview', persons([detail.person.id]), input.id);
      return { case: detail, plan };
    }),

  // The pool as the Koordinatorer list shows it, without the inactive: who can take a case.
  'print.coordinators': (ctx) =>
    inTransaction(ctx, (db) => {
      const today = todayOf(ctx);
      const facts = allFacts(db, today, coordinationRules(db));
      const coordinators = listCoordinators(db)
        .filter((c) => c.active)
        .sort((a, b) => byName.compare(a.name, b.name))
        .map((c) => ({ ...c, caseload: facts.caseload(c.id), training: facts.training(c.id) }));
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
      const today = todayOf(ctx);
      const { rows, personIds } = runningDeadlines(db, rules, today);
      logPrint(ctx, 'case', 'deadlines', persons(personIds));
      return { rows, age18Months: rules.age18WarningMonths, today };
    }),

  // The agenda exactly as the Saker screen shows it (its read is logged there as a list);
  // the print row then names the persons whose cases went on paper.
  'print.agenda': async (ctx) => {
    const rows = await casesHandlers['cases.agenda'](ctx, {});
    return inTransaction(ctx, (db) => {
      const caseIds = rows.map((r) => r.id);
      logPrint(ctx, 'case', 'agenda', persons(personsOfCases(db, caseIds)));
      return { rows, today: todayOf(ctx) };
    });
  },
};
