import { nationalIdFor } from '@core/demo/syntheticIds';
import type { Input } from '@shared/api/index';
import type { Right } from '@shared/domain/case';
import type { AppointmentRole, EndReason } from '@shared/domain/coordination';

import type { TestCore } from '../harness';

/** Small steps for building a register through core calls, as a KE user would record it. */

type Step = Input<'cases.recordStep'>['step'];

export function builders(core: TestCore) {
  const taken = new Set<string>();

  /** A case for a new person: born on a date (a number is made for it), or due on one (unborn). */
  async function open(name: string, born: string | { due: string }, rights: Right[], receivedDate: string) {
    const person =
      typeof born === 'string'
        ? { name, nationalId: nationalIdFor(born, { synthetic: true, taken }) }
        : { name, dueDate: born.due };
    const detail = await core.ok('cases.create', {
      receivedDate,
      channel: 'electronicForm',
      appliedBy: 'guardian',
      rightsRequested: rights,
      person,
    });
    return detail.record.id;
  }

  const step = (caseId: number, s: Step) => core.ok('cases.recordStep', { caseId, step: s });

  /** Records a decision and returns its step id (appeals name it). */
  async function decide(
    caseId: number,
    right: Right,
    outcome: 'granted' | 'refused',
    decisionDate: string,
    notifiedDate: string | null = decisionDate,
  ) {
    const detail = await step(caseId, { kind: 'decision', right, outcome, decisionDate, notifiedDate });
    return detail.record.steps.filter((s) => s.kind === 'decision').at(-1)!.id;
  }

  /** Appoints a coordinator (the family and partners told on the start day) and returns the appointment id. */
  async function appoint(
    caseId: number,
    coordinatorId: number,
    startDate: string,
    role: AppointmentRole = 'koordinator',
  ) {
    const detail = await core.ok('appointments.appoint', {
      caseId,
      coordinatorId,
      role,
      startDate,
      familyWish: 'followed',
      familyNotifiedDate: startDate <= '2027-06-15' ? startDate : null,
      partnersNotifiedDate: startDate <= '2027-06-15' ? startDate : null,
    });
    return detail.coordination.history.at(-1)!.id;
  }

  /** Ends the running appointment and starts the next one in one step (appointments.change). */
  async function change(
    caseId: number,
    endDate: string,
    endReason: EndReason,
    next: { coordinatorId: number; startDate: string; family: string | null; partners: string | null },
  ) {
    const before = await core.ok('cases.get', { id: caseId });
    await core.ok('appointments.change', {
      caseId,
      appointmentId: before.coordination.current!.id,
      endDate,
      endReason,
      next: {
        coordinatorId: next.coordinatorId,
        role: 'koordinator',
        startDate: next.startDate,
        familyWish: 'noWish',
        familyNotifiedDate: next.family,
        partnersNotifiedDate: next.partners,
      },
    });
  }

  /** Ends the running appointment with nobody taking over yet (appointments.end). */
  async function end(caseId: number, endDate: string, endReason: EndReason) {
    const before = await core.ok('cases.get', { id: caseId });
    await core.ok('appointments.end', {
      caseId,
      appointmentId: before.coordination.current!.id,
      endDate,
      endReason,
    });
  }

  /** A case whose koordinator right was granted (and told) on `granted`. */
  async function granted(
    name: string,
    born: string,
    receivedDate: string,
    grantDate: string,
    rights: Right[] = ['koordinator'],
  ) {
    const id = await open(name, born, rights, receivedDate);
    for (const right of rights) await decide(id, right, 'granted', grantDate);
    return id;
  }

  /** A case refused on an IP right (no coordinator owed, no plan): a person with nothing else due. */
  async function refused(name: string, born: string, receivedDate: string, decisionDate: string) {
    const id = await open(name, born, ['individuellPlan'], receivedDate);
    await decide(id, 'individuellPlan', 'refused', decisionDate);
    return id;
  }

  /** Coordinated since 1 December 2026 by the coordinator named (granted 20 November). */
  async function coordinated(name: string, born: string, coordinatorId: number) {
    const id = await granted(name, born, '2026-11-01', '2026-11-20');
    await appoint(id, coordinatorId, '2026-12-01');
    return id;
  }

  return { open, step, decide, appoint, change, end, granted, refused, coordinated };
}

export type Builders = ReturnType<typeof builders>;
