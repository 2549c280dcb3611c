import type { PlanDetail } from '@shared/api/plans';
import { closingInForce } from '@shared/domain/caseSteps';
import { isRunning, type Appointment } from '@shared/domain/coordination';
import { ipGrantedFrom } from '@shared/domain/planOverview';

import { caseAppointments } from '../appointments/appointmentsRepo';
import { loadCaseWithPerson } from '../cases/caseDetail';
import type { Ctx } from '../context';
import { planRules } from '../settings/rulesInForce';
import type { Db } from '../storage/database';
import { overviewOf, planParts } from './planFacts';
import { findPlan } from './plansRepo';

/** The coordinator holding the case today, or the one appointed to start later. */
function coordinatorOf(appointments: readonly Appointment[], today: string): PlanDetail['coordinator'] {
  const running = appointments.filter((a) => isRunning(a, today));
  const current = running.filter((a) => a.startDate <= today).at(-1) ?? running[0];
  return current ? { name: current.coordinatorName, role: current.role } : null;
}

/** The plan page: the case it belongs to, what was recorded, and what follows from it today. */
export function planDetail(ctx: Ctx, db: Db, caseId: number): PlanDetail {
  const { record, person } = loadCaseWithPerson(db, caseId);
  const today = ctx.today();
  const rules = planRules(db);
  const plan = findPlan(db, caseId);
  const coordinator = coordinatorOf(caseAppointments(db, caseId), today);
  const parts = planParts(db, plan?.id ?? null);
  return {
    caseId,
    caseNumber: record.caseNumber,
    personId: person.id,
    personName: person.name,
    caseClosed: closingInForce(record) !== null,
    anonymisedAt: record.anonymisedAt ?? null,
    ipGrantedFrom: ipGrantedFrom(record),
    coordinator,
    plan,
    ...parts,
    overview: plan ? overviewOf(plan, parts, record, coordinator !== null, rules, today) : null,
    rules,
    today,
  };
}
