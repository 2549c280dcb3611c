import { z } from 'zod';

import { courseTypes, type Course, type CourseType } from '../domain/training';
import { CASE_WORKERS, channel } from './channel';
import type { CoordinatorDetail } from './coordinators';
import { id, isoDate, optionalText, requiredText } from './fields';

const uniqueIds = (message: string) =>
  z
    .array(id)
    .max(1000)
    .refine((ids) => new Set(ids).size === ids.length, { message });

export const courseInput = z.object({
  name: requiredText(120),
  provider: optionalText(120),
  type: z.enum(courseTypes, { message: 'validation.required' }),
  validityMonths: z
    .number({ message: 'validation.validityInvalid' })
    .int({ message: 'validation.validityInvalid' })
    .min(1, { message: 'validation.validityInvalid' })
    .max(120, { message: 'validation.validityInvalid' })
    .nullable()
    .default(null),
  required: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type CourseInput = z.input<typeof courseInput>;

/** A training session the KE holds (or has planned): one course, one date, everyone who attended. */
export const sessionInput = z.object({
  courseId: z.number({ message: 'validation.required' }).int().positive({ message: 'validation.required' }),
  date: isoDate,
  place: optionalText(200),
  note: optionalText(1000),
  attendeeIds: uniqueIds('validation.invalid').default([]),
});
export type SessionInput = z.input<typeof sessionInput>;

/** One coordinator's completion outside a session: an e-learning course, a course elsewhere. */
export const completionInput = z.object({
  coordinatorId: id,
  courseId: z.number({ message: 'validation.required' }).int().positive({ message: 'validation.required' }),
  date: isoDate,
  note: optionalText(500),
});
export type CompletionInput = z.input<typeof completionInput>;

export const guidanceInput = z.object({
  date: isoDate,
  topic: requiredText(300),
  note: optionalText(2000),
  coordinatorIds: uniqueIds('validation.invalid').refine((ids) => ids.length > 0, {
    message: 'validation.coordinatorRequired',
  }),
});
export type GuidanceInput = z.input<typeof guidanceInput>;

export interface TrainingSessionRow {
  id: number;
  courseId: number;
  courseName: string;
  courseType: CourseType;
  date: string;
  place: string;
  note: string;
  attendeeCount: number;
}

export interface TrainingSession extends TrainingSessionRow {
  attendeeIds: number[];
}

export interface GuidanceSession {
  id: number;
  date: string;
  topic: string;
  note: string;
  coordinatorIds: number[];
  coordinatorNames: string[];
}

/** The Opplæring screen: the catalogue, the sessions held and planned, the guidance given. */
export interface TrainingOverview {
  courses: Course[];
  sessions: TrainingSessionRow[];
  guidance: GuidanceSession[];
}

export const trainingApi = {
  'training.overview': channel<TrainingOverview>()(z.object({}), CASE_WORKERS),
  'training.saveCourse': channel<Course>()(courseInput.extend({ id: id.optional() }), CASE_WORKERS),
  'training.getSession': channel<TrainingSession>()(z.object({ id }), CASE_WORKERS),
  /** Records a session and its attendees in one step, or corrects one (with its id). */
  'training.saveSession': channel<TrainingSession>()(
    sessionInput.extend({ id: id.optional() }),
    CASE_WORKERS,
  ),
  'training.removeSession': channel<{ id: number }>()(z.object({ id }), CASE_WORKERS),
  'training.recordCompletion': channel<CoordinatorDetail>()(completionInput, CASE_WORKERS),
  /** Removes a single completion recorded by mistake; one from a session is changed on the session. */
  'training.removeCompletion': channel<CoordinatorDetail>()(z.object({ id }), CASE_WORKERS),
  'training.getGuidance': channel<GuidanceSession>()(z.object({ id }), CASE_WORKERS),
  'training.saveGuidance': channel<GuidanceSession>()(
    guidanceInput.extend({ id: id.optional() }),
    CASE_WORKERS,
  ),
};
