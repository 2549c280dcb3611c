import type { CaseDetail } from '@shared/api/cases';
import type { CaseRules } from '@shared/domain/case';
import { caseFigures } from '@shared/domain/caseFigures';
import { coordinationOverview, isRunning, type CoordinatorFacts } from '@shared/domain/coordination';
import { caseSummary, deriveCase, SUMMARY_VERSION } from '@shared/domain/deriveCase';

import { caseAppointments } from '../appointments/appointmentsRepo';
import { latestArchiveCopy } from '../archive/archiveRepo';
import type { Ctx } from '../context';
import { coordinatorFacts } from '../coordinators/coordinatorFacts';
import { findCoordinator } from '../coordinators/coordinatorsRepo';
import { CoreError } from '../errors';
import { findPerson } from '../persons/personsRepo';
import { planSummary } from '../plans/planFacts';
import { caseRules, coordinationRules } from '../settings/rulesInForce';
import { getSetting, setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { appointmentEnds, writeFigures } from './caseFiguresRepo';
import { loadCase, writeSummary } from './casesRepo';

export function loadCaseWithPerson(db: Db, id: number) {
  const record = loadCase(db, id);
  if (!record) throw new CoreError('NOT_FOUND');
  return { record, person: findPerson(db, record.personId)! };
}

export function caseDetail(ctx: Ctx, db: Db, id: number): CaseDetail {
  const { record, person } = loadCaseWithPerson(db, id);
  const rules = caseRules(db);
  const today = ctx.today();
  const appointments = caseAppointments(db, id);
  const coordinationRulesInForce = coordinationRules(db);
  // The warnings about the coordinator holding the case need their training and caseload today.
  const facts = new Map<number, CoordinatorFacts>();
  for (const a of appointments.filter((x) => isRunning(x, today))) {
    const capacity = findCoordinator(db, a.coordinatorId)?.capacity ?? null;
    facts.set(
      a.coordinatorId,
      coordinatorFacts(db, a.coordinatorId, capacity, today, coordinationRulesInForce),
    );
  }
  return {
    record,
    person,
    overview: deriveCase(record, person, rules, today),
    coordination: coordinationOverview(record, appointments, facts, coordinationRulesInForce, today),
    // A coordinator appointed to start later counts: the plan has someone to hold it.
    plan: planSummary(
      db,
      record,
      appointments.some((a) => isRunning(a, today)),
      today,
    ),
    rules,
    today,
    archiveCopy: latestArchiveCopy(db, id),
  };
}

/**
 * Writes the derived columns the list filters on and the dashboards count; call in the
 * transaction of every change to the case or its appointments.
 */
export function refreshSummary(db: Db, caseId: number, rules: CaseRules = caseRules(db)): void {
  const { record, person } = loadCaseWithPerson(db, caseId);
  writeSummary(db, caseId, caseSummary(record, person, rules));
  writeFigures(db, caseId, caseFigures(record, appointmentEnds(db, caseId), rules));
}

/** After the deadline settings change every case's derived columns are written again. */
export function refreshAllSummaries(db: Db): void {
  const rules = caseRules(db);
  for (const { id } of db.prepare('SELECT id FROM cases').all() as { id: number }[])
    refreshSummary(db, id, rules);
  markSummariesCurrent(db);
}

/** Notes that every case's summary was just derived with the rules in force (see below). */
export function markSummariesCurrent(db: Db): void {
  setSetting(db, 'case.summariesDerivedWith', summariesKey(caseRules(db)));
}

const summariesKey = (rules: CaseRules) => `${SUMMARY_VERSION}:${JSON.stringify(rules)}`;

/**
 * On opening the register: if this version of Samordna derives summaries differently from the one
 * that stored them (new rules of law, holidays, defaults), the list's columns are written again,
 * so the list never disagrees with the case page. Returns whether it had to.
 */
export function refreshStaleSummaries(db: Db): boolean {
  if (getSetting(db, 'case.summariesDerivedWith') === summariesKey(caseRules(db))) return false;
  db.transaction(() => refreshAllSummaries(db))();
  return true;
}
