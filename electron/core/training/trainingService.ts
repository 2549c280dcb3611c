import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { readCoordinator } from '../coordinators/coordinatorReadModel';
import { findCoordinator } from '../coordinators/coordinatorsRepo';
import { CoreError } from '../errors';
import type { Db } from '../storage/database';
import {
  deleteCompletion,
  deleteSession,
  findCompletion,
  findCourse,
  findSession,
  insertCompletion,
  insertCourse,
  listCourses,
  listGuidance,
  listSessions,
  saveGuidance,
  saveSession,
  updateCourse,
} from './trainingRepo';

const COURSE_FIELDS = ['name', 'provider', 'type', 'validityMonths', 'required', 'active'] as const;

/** A course to record training on: one that exists, and (for something new) is still offered. */
function requireCourse(db: Db, id: number, options: { offered: boolean }): void {
  const course = findCourse(db, id);
  if (!course) throw new CoreError('VALIDATION', { courseId: 'validation.courseUnknown' });
  if (options.offered && !course.active)
    throw new CoreError('VALIDATION', { courseId: 'validation.courseRetired' });
}

function requireCoordinators(db: Db, ids: readonly number[], field: string): void {
  if (ids.some((id) => !findCoordinator(db, id)))
    throw new CoreError('VALIDATION', { [field]: 'validation.coordinatorUnknown' });
}

function by(ctx: Ctx) {
  return { user: session(ctx).user.username, at: ctx.config.now().toISOString() };
}

export const trainingHandlers: FeatureHandlers<'training'> = {
  // The catalogue, sessions and guidance name coordinators (staff), never the persons they help.
  'training.overview': (ctx) => {
    const { db } = session(ctx);
    return { courses: listCourses(db), sessions: listSessions(db), guidance: listGuidance(db) };
  },

  'training.saveCourse': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { id, ...fields } = input;
      const before = id === undefined ? undefined : findCourse(db, id);
      if (id !== undefined && !before) throw new CoreError('NOT_FOUND');
      const { at } = by(ctx);
      const courseId = id ?? insertCourse(db, fields, at);
      if (before) updateCourse(db, courseId, fields, at);
      const changed = COURSE_FIELDS.filter((f) => !before || before[f] !== fields[f]);
      if (changed.length)
        audit(ctx, {
          action: before ? 'update' : 'create',
          entity: 'course',
          entityId: courseId,
          fields: changed,
        });
      return findCourse(db, courseId)!;
    }),

  'training.getSession': (ctx, input) => {
    const found = findSession(session(ctx).db, input.id);
    if (!found) throw new CoreError('NOT_FOUND');
    return found;
  },

  'training.saveSession': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { id, ...fields } = input;
      const before = id === undefined ? undefined : findSession(db, id);
      if (id !== undefined && !before) throw new CoreError('NOT_FOUND');
      requireCourse(db, fields.courseId, { offered: before?.courseId !== fields.courseId });
      // A planned session has no attendees yet: attendance is recorded once it has been held.
      if (fields.date > ctx.today() && fields.attendeeIds.length > 0)
        throw new CoreError('VALIDATION', { attendeeIds: 'validation.attendanceInFuture' });
      requireCoordinators(db, fields.attendeeIds, 'attendeeIds');
      const { user, at } = by(ctx);
      const sessionId = saveSession(db, id, fields, user, at);
      audit(ctx, {
        action: before ? 'update' : 'create',
        entity: 'training_session',
        entityId: sessionId,
        fields: ['courseId', 'date', 'place', 'note', ...fields.attendeeIds.map((c) => `coordinator:${c}`)],
      });
      return findSession(db, sessionId)!;
    }),

  'training.removeSession': (ctx, input) =>
    inTransaction(ctx, (db) => {
      if (!findSession(db, input.id)) throw new CoreError('NOT_FOUND');
      deleteSession(db, input.id);
      audit(ctx, { action: 'remove', entity: 'training_session', entityId: input.id });
      return { id: input.id };
    }),

  'training.recordCompletion': (ctx, input) =>
    inTransaction(ctx, (db) => {
      requireCoordinators(db, [input.coordinatorId], 'coordinatorId');
      requireCourse(db, input.courseId, { offered: true });
      if (input.date > ctx.today()) throw new CoreError('VALIDATION', { date: 'validation.dateInFuture' });
      const { user, at } = by(ctx);
      const id = insertCompletion(db, input, user, at);
      audit(ctx, {
        action: 'create',
        entity: 'completion',
        entityId: id,
        fields: [`coordinator:${input.coordinatorId}`, 'courseId', 'date', 'note'],
      });
      return readCoordinator(ctx, db, input.coordinatorId);
    }),

  'training.removeCompletion': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const found = findCompletion(db, input.id);
      if (!found) throw new CoreError('NOT_FOUND');
      if (found.sessionId !== null)
        throw new CoreError('VALIDATION', { id: 'validation.completionFromSession' });
      deleteCompletion(db, input.id);
      audit(ctx, {
        action: 'remove',
        entity: 'completion',
        entityId: input.id,
        fields: [`coordinator:${found.coordinatorId}`],
      });
      return readCoordinator(ctx, db, found.coordinatorId);
    }),

  'training.getGuidance': (ctx, input) => {
    const found = listGuidance(session(ctx).db, input.id)[0];
    if (!found) throw new CoreError('NOT_FOUND');
    return found;
  },

  'training.saveGuidance': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { id, ...fields } = input;
      if (id !== undefined && !listGuidance(db, id)[0]) throw new CoreError('NOT_FOUND');
      requireCoordinators(db, fields.coordinatorIds, 'coordinatorIds');
      const { user, at } = by(ctx);
      const sessionId = saveGuidance(db, id, fields, user, at);
      audit(ctx, {
        action: id === undefined ? 'create' : 'update',
        entity: 'guidance',
        entityId: sessionId,
        fields: ['date', 'topic', 'note', ...fields.coordinatorIds.map((c) => `coordinator:${c}`)],
      });
      return listGuidance(db, sessionId)[0]!;
    }),
};
