import { z } from 'zod';

import type { CaseStatus } from '../domain/case';
import type { AppointmentRole, EndReason } from '../domain/coordination';
import type { CoordinationRules } from '../domain/coordinationRules';
import type { CourseType, TrainingStatus } from '../domain/training';
import { ADMIN_ONLY, CASE_WORKERS, channel } from './channel';
import { email, id, optionalText, phone, requiredText } from './fields';

export interface Coordinator {
  id: number;
  name: string;
  serviceUnitId: number;
  serviceUnitName: string;
  position: string;
  phone: string;
  email: string;
  /** Most cases this coordinator should hold at once; null when not set. */
  capacity: number | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  /** Active appointments on open cases. */
  caseload: number;
  training: TrainingStatus;
}

/** A case the coordinator holds or has held. */
export interface CoordinatorCase {
  appointmentId: number;
  caseId: number;
  caseNumber: string;
  personName: string;
  caseStatus: CaseStatus;
  role: AppointmentRole;
  startDate: string;
  endDate: string | null;
  endReason: EndReason | null;
  /** Held now (or starting later) on an open case: counts in the caseload. */
  running: boolean;
}

export interface CoordinatorCompletion {
  id: number;
  courseId: number;
  courseName: string;
  courseType: CourseType;
  required: boolean;
  date: string;
  /** The day it stops counting; null when the course does not expire. */
  validUntil: string | null;
  /** Set when recorded through a training session (changed there, not here). */
  sessionId: number | null;
  note: string;
}

export interface CoordinatorGuidance {
  id: number;
  date: string;
  topic: string;
}

/** The coordinator page: the record, their cases, their training and guidance, newest first. */
export interface CoordinatorDetail {
  coordinator: Coordinator;
  cases: CoordinatorCase[];
  completions: CoordinatorCompletion[];
  guidance: CoordinatorGuidance[];
}

export const coordinatorInput = z.object({
  name: requiredText(120),
  serviceUnitId: z
    .number({ message: 'validation.serviceUnitRequired' })
    .int()
    .positive({ message: 'validation.serviceUnitRequired' }),
  position: optionalText(120),
  phone,
  email,
  capacity: z
    .number({ message: 'validation.capacityInvalid' })
    .int({ message: 'validation.capacityInvalid' })
    .min(1, { message: 'validation.capacityInvalid' })
    .max(500, { message: 'validation.capacityInvalid' })
    .nullable()
    .default(null),
  active: z.boolean().default(true),
});
export type CoordinatorInput = z.input<typeof coordinatorInput>;

export const coordinationRulesInput = z.object({
  trainingNoticeDays: z.number().int().min(1).max(365),
  withoutCoordinatorDays: z.number().int().min(1).max(180),
});

export const coordinatorsApi = {
  'coordinators.list': channel<Coordinator[]>()(z.object({}), CASE_WORKERS),
  'coordinators.get': channel<CoordinatorDetail>()(z.object({ id }), CASE_WORKERS),
  'coordinators.create': channel<Coordinator>()(coordinatorInput, CASE_WORKERS),
  /** Refuses to deactivate a coordinator who still holds cases: each needs a change first. */
  'coordinators.update': channel<Coordinator>()(coordinatorInput.extend({ id }), CASE_WORKERS),
  'coordinators.rules': channel<CoordinationRules>()(z.object({}), CASE_WORKERS),
  'coordinators.updateRules': channel<CoordinationRules>()(coordinationRulesInput, ADMIN_ONLY),
};
