import { z } from 'zod';

import { appointmentRoles, endReasons, familyWishes } from '../domain/coordination';
import type { TrainingStatus } from '../domain/training';
import type { CaseDetail } from './cases';
import { CASE_WORKERS, channel } from './channel';
import { id, isoDate, optionalDate, optionalText } from './fields';

const coordinatorId = z
  .number({ message: 'validation.coordinatorRequired' })
  .int()
  .positive({ message: 'validation.coordinatorRequired' });

/** What is recorded when a coordinator is appointed (DOMAIN.md section 3, step 7). */
export const appointmentFields = z.object({
  coordinatorId,
  role: z.enum(appointmentRoles, { message: 'validation.required' }),
  startDate: isoDate,
  familyWish: z.enum(familyWishes, { message: 'validation.required' }),
  familyNotifiedDate: optionalDate,
  partnersNotifiedDate: optionalDate,
});

/** How an appointment ends (step 9): the day, a reason from the list, and words if needed. */
export const appointmentEnd = z.object({
  endDate: isoDate,
  endReason: z.enum(endReasons, { message: 'validation.required' }),
  endNote: optionalText(1000),
});

export const appointInput = appointmentFields.extend({ caseId: id });
export type AppointInput = z.input<typeof appointInput>;

/** A change of coordinator: the current appointment ends and the next starts, in one step. */
export const changeInput = appointmentEnd.extend({
  caseId: id,
  appointmentId: id,
  next: appointmentFields,
});
export type ChangeInput = z.input<typeof changeInput>;

export const endInput = appointmentEnd.extend({ caseId: id, appointmentId: id });
export type EndInput = z.input<typeof endInput>;

/** Corrects what was recorded (the coordinator stays: another one is a change). */
export const correctInput = appointmentFields
  .omit({ coordinatorId: true })
  .extend({
    caseId: id,
    appointmentId: id,
    endDate: optionalDate,
    endReason: z.enum(endReasons).nullable().default(null),
    endNote: optionalText(1000),
  })
  .refine((a) => a.endDate === null || a.endReason !== null, {
    message: 'validation.required',
    path: ['endReason'],
  });
export type CorrectInput = z.input<typeof correctInput>;

/** One coordinator in the picker, with what the choice depends on. */
export interface Candidate {
  id: number;
  name: string;
  serviceUnitId: number;
  serviceUnitName: string;
  position: string;
  caseload: number;
  capacity: number | null;
  training: TrainingStatus;
  /** The coordinator's service unit is among the services the case lists: the usual choice. */
  inCaseServices: boolean;
  /** Already appointed on this case now (a change picks someone else). */
  current: boolean;
}

export const appointmentsApi = {
  /** Active coordinators, the most suitable first: in the case's services, trained, with room. */
  'appointments.candidates': channel<Candidate[]>()(z.object({ caseId: id }), CASE_WORKERS),
  'appointments.appoint': channel<CaseDetail>()(appointInput, CASE_WORKERS),
  'appointments.change': channel<CaseDetail>()(changeInput, CASE_WORKERS),
  'appointments.end': channel<CaseDetail>()(endInput, CASE_WORKERS),
  'appointments.correct': channel<CaseDetail>()(correctInput, CASE_WORKERS),
  /** Removes an appointment recorded by mistake; the log keeps that it was there. */
  'appointments.remove': channel<CaseDetail>()(z.object({ caseId: id, appointmentId: id }), CASE_WORKERS),
};
