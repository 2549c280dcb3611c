/**
 * Builds what the case page derives its next steps from, with the real derivations: the case's
 * overview, its coordinators' overview, and a plan summary as core hands it over.
 */

import type { CaseRecord, Person, Warning } from '@shared/domain/case';
import { defaultCaseRules } from '@shared/domain/case';
import { coordinationOverview, type Appointment, type CoordinatorFacts } from '@shared/domain/coordination';
import { defaultCoordinationRules } from '@shared/domain/coordinationRules';
import { deriveCase } from '@shared/domain/deriveCase';
import type { NextStepFacts } from '@shared/domain/nextSteps';
import type { PlanStatus } from '@shared/domain/plan';
import type { TrainingState } from '@shared/domain/training';

import { person as personOf } from './caseFactory';

export const KARI = 1;
export const OLA = 2;
const names: Record<number, string> = { [KARI]: 'Kari Lie', [OLA]: 'Ola Dahl' };

let lastId = 100;
/** A coordinator on the case from `startDate`; the family told that day unless said otherwise. */
export function appointment(
  coordinatorId: number,
  startDate: string,
  more: Partial<Appointment> = {},
): Appointment {
  return {
    id: ++lastId,
    caseId: 1,
    coordinatorId,
    coordinatorName: names[coordinatorId]!,
    serviceUnitName: 'PPT',
    role: 'barnekoordinator',
    startDate,
    familyWish: 'followed',
    familyNotifiedDate: startDate,
    partnersNotifiedDate: startDate,
    endDate: null,
    endReason: null,
    endNote: '',
    recordedBy: 'ke',
    recordedAt: '2027-01-01T12:00:00.000Z',
    ...more,
  };
}

export interface FactsOptions {
  person?: Person;
  appointments?: Appointment[];
  /** Training per coordinator; everyone is trained unless named here. */
  training?: Record<number, TrainingState>;
  caseload?: Record<number, { caseload: number; capacity: number }>;
  plan?: { status: PlanStatus; warnings: Warning[] } | null;
}

export function stepFacts(record: CaseRecord, today: string, options: FactsOptions = {}): NextStepFacts {
  const person = options.person ?? personOf('2015-05-10');
  const facts = new Map<number, CoordinatorFacts>();
  for (const id of [KARI, OLA]) {
    const state = options.training?.[id] ?? 'trained';
    facts.set(id, {
      training: { state, validUntil: state === 'never' ? null : '2030-01-01' },
      caseload: options.caseload?.[id]?.caseload ?? 1,
      capacity: options.caseload?.[id]?.capacity ?? null,
    });
  }
  return {
    record,
    overview: deriveCase(record, person, defaultCaseRules, today),
    coordination: coordinationOverview(
      record,
      options.appointments ?? [],
      facts,
      defaultCoordinationRules,
      today,
    ),
    plan: options.plan ?? null,
  };
}
