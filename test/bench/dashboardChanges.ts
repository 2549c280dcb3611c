import type { CaseDetail, CaseList } from '@shared/api/cases';
import type { DashboardKey } from '@shared/api/dashboards';
import type { PlanDetail, PlanList } from '@shared/api/plans';

type Ok = <T>(channel: string, input: unknown) => Promise<T>;

/** A change through core's channels, made before each timed call; `i` counts the calls. */
export interface Change {
  what: string;
  make: (i: number) => Promise<unknown>;
}

/**
 * Per dashboard, a change to a record of a kind it is counted from, as a user makes it: a case
 * step for Frister (a mapping's "the child took part", which its participation figure reads), an
 * appointment for Opplæringsstatus, Saksfordeling and Koordinatorbytter (when the family was told,
 * which Koordinatorbytter reads), a plan for IP-fremdrift. Each change flips a value and back, so
 * the register keeps its shape however many runs.
 */
export async function dependentChanges(ok: Ok): Promise<Record<DashboardKey, Change>> {
  let step: {
    caseId: number;
    mapping: Extract<CaseDetail['record']['steps'][number], { kind: 'mapping' }>;
  } | null = null;
  let held: { caseId: number; appointment: NonNullable<CaseDetail['coordination']['current']> } | null = null;
  // The oldest open cases first: they have had time for steps and a coordinator.
  for (let offset = 0; offset < 2_000 && !(step && held); offset += 100) {
    const open = await ok<CaseList>('cases.list', {
      status: 'open',
      sort: 'receivedDate',
      desc: false,
      limit: 100,
      offset,
    });
    for (const row of open.rows) {
      if (step && held) break;
      const detail = await ok<CaseDetail>('cases.get', { id: row.id });
      const mapping = detail.record.steps.find((s) => s.kind === 'mapping');
      if (!step && mapping?.kind === 'mapping') step = { caseId: row.id, mapping };
      const current = detail.coordination.current;
      if (!held && current && current.startDate <= detail.today && current.endDate === null)
        held = { caseId: row.id, appointment: current };
    }
  }
  if (!step || !held) throw new Error('no open case with a mapping step and one with a running appointment');
  const planRow = (await ok<PlanList>('plans.list', {})).rows[0]!;
  const plan = (await ok<PlanDetail>('plans.get', { caseId: planRow.caseId })).plan!;

  const { caseId: stepCase, mapping } = step;
  const stepChange: Change = {
    what: 'a case step',
    make: (i) =>
      ok('cases.recordStep', {
        caseId: stepCase,
        step: {
          ...mapping,
          childParticipated: i % 2 === 0 ? !mapping.childParticipated : mapping.childParticipated,
        },
      }),
  };
  const { caseId: heldCase, appointment: a } = held;
  const appointmentChange: Change = {
    what: 'an appointment',
    make: (i) =>
      ok('appointments.correct', {
        caseId: heldCase,
        appointmentId: a.id,
        role: a.role,
        startDate: a.startDate,
        familyWish: a.familyWish,
        familyNotifiedDate: i % 2 === 0 ? (a.familyNotifiedDate ? null : a.startDate) : a.familyNotifiedDate,
        partnersNotifiedDate: a.partnersNotifiedDate,
        endDate: a.endDate,
        endReason: a.endReason,
        endNote: a.endNote,
      }),
  };
  const planChange: Change = {
    what: 'a plan',
    make: (i) => ok('plans.save', { caseId: planRow.caseId, plan: { ...plan, toolReference: `bench ${i}` } }),
  };
  return {
    deadlines: stepChange,
    training: appointmentChange,
    assignments: appointmentChange,
    changes: appointmentChange,
    plans: planChange,
  };
}
