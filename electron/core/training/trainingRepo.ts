import type { GuidanceSession, TrainingSession, TrainingSessionRow } from '@shared/api/training';
import type { Course } from '@shared/domain/training';

import type { Db } from '../storage/database';

type CourseFields = Omit<Course, 'id'>;

interface StoredCourse {
  id: number;
  name: string;
  provider: string;
  type: Course['type'];
  validity_months: number | null;
  required: number;
  active: number;
}

const toCourse = (r: StoredCourse): Course => ({
  id: r.id,
  name: r.name,
  provider: r.provider,
  type: r.type,
  validityMonths: r.validity_months,
  required: r.required === 1,
  active: r.active === 1,
});

/** The catalogue: courses in use first, then by name. */
export function listCourses(db: Db): Course[] {
  return (db.prepare('SELECT * FROM courses ORDER BY active DESC, name').all() as StoredCourse[]).map(
    toCourse,
  );
}

export function findCourse(db: Db, id: number): Course | undefined {
  const r = db.prepare('SELECT * FROM courses WHERE id = ?').get(id) as StoredCourse | undefined;
  return r && toCourse(r);
}

const courseParams = (c: CourseFields) => ({
  name: c.name,
  provider: c.provider,
  type: c.type,
  validityMonths: c.validityMonths,
  required: c.required ? 1 : 0,
  active: c.active ? 1 : 0,
});

export function insertCourse(db: Db, c: CourseFields, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO courses (name, provider, type, validity_months, required, active, created_at, updated_at)
       VALUES (@name, @provider, @type, @validityMonths, @required, @active, @at, @at)`,
    )
    .run({ ...courseParams(c), at });
  return Number(lastInsertRowid);
}

export function updateCourse(db: Db, id: number, c: CourseFields, at: string): void {
  db.prepare(
    `UPDATE courses SET name = @name, provider = @provider, type = @type, validity_months = @validityMonths,
       required = @required, active = @active, updated_at = @at WHERE id = @id`,
  ).run({ ...courseParams(c), at, id });
}

const SESSION_ROWS = `
  SELECT s.id, s.course_id AS courseId, k.name AS courseName, k.type AS courseType, s.date, s.place, s.note,
    (SELECT COUNT(*) FROM training_completions t WHERE t.session_id = s.id) AS attendeeCount
  FROM training_sessions s JOIN courses k ON k.id = s.course_id`;

/** Sessions, the latest (or next planned) first. */
export function listSessions(db: Db): TrainingSessionRow[] {
  return db.prepare(`${SESSION_ROWS} ORDER BY s.date DESC, s.id DESC`).all() as TrainingSessionRow[];
}

export function findSession(db: Db, id: number): TrainingSession | undefined {
  const row = db.prepare(`${SESSION_ROWS} WHERE s.id = ?`).get(id) as TrainingSessionRow | undefined;
  if (!row) return undefined;
  const attendees = db
    .prepare(
      'SELECT coordinator_id AS id FROM training_completions WHERE session_id = ? ORDER BY coordinator_id',
    )
    .all(id) as { id: number }[];
  return { ...row, attendeeIds: attendees.map((a) => a.id) };
}

export interface SessionFields {
  courseId: number;
  date: string;
  place: string;
  note: string;
  attendeeIds: number[];
}

/**
 * Writes a session and makes its completions the attendees' (same course and date): one
 * completion per attendee, so each coordinator's history shows it like any other.
 */
export function saveSession(
  db: Db,
  id: number | undefined,
  s: SessionFields,
  by: string,
  at: string,
): number {
  const params = { courseId: s.courseId, date: s.date, place: s.place, note: s.note, by, at };
  let sessionId = id;
  if (sessionId === undefined) {
    sessionId = Number(
      db
        .prepare(
          `INSERT INTO training_sessions (course_id, date, place, note, recorded_by, recorded_at, updated_at)
           VALUES (@courseId, @date, @place, @note, @by, @at, @at)`,
        )
        .run(params).lastInsertRowid,
    );
  } else {
    db.prepare(
      `UPDATE training_sessions SET course_id = @courseId, date = @date, place = @place, note = @note,
         updated_at = @at WHERE id = @id`,
    ).run({ ...params, id: sessionId });
  }
  db.prepare('DELETE FROM training_completions WHERE session_id = ?').run(sessionId);
  const attend = db.prepare(
    `INSERT INTO training_completions (coordinator_id, course_id, session_id, date, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const coordinatorId of s.attendeeIds) attend.run(coordinatorId, s.courseId, sessionId, s.date, by, at);
  return sessionId;
}

export function deleteSession(db: Db, id: number): void {
  db.prepare('DELETE FROM training_sessions WHERE id = ?').run(id);
}

export function insertCompletion(
  db: Db,
  c: { coordinatorId: number; courseId: number; date: string; note: string },
  by: string,
  at: string,
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO training_completions (coordinator_id, course_id, date, note, recorded_by, recorded_at)
         VALUES (@coordinatorId, @courseId, @date, @note, @by, @at)`,
      )
      .run({ ...c, by, at }).lastInsertRowid,
  );
}

export function findCompletion(db: Db, id: number) {
  return db
    .prepare(
      'SELECT id, coordinator_id AS coordinatorId, session_id AS sessionId FROM training_completions WHERE id = ?',
    )
    .get(id) as { id: number; coordinatorId: number; sessionId: number | null } | undefined;
}

export function deleteCompletion(db: Db, id: number): void {
  db.prepare('DELETE FROM training_completions WHERE id = ?').run(id);
}

interface StoredGuidance {
  id: number;
  date: string;
  topic: string;
  note: string;
}

/** Guidance sessions (all, or one), the latest first, with who took part. */
export function listGuidance(db: Db, id?: number): GuidanceSession[] {
  const sessions = db
    .prepare(
      `SELECT id, date, topic, note FROM guidance_sessions WHERE (@id IS NULL OR id = @id) ORDER BY date DESC, id DESC`,
    )
    .all({ id: id ?? null }) as StoredGuidance[];
  const people = db
    .prepare(
      `SELECT p.session_id AS sessionId, c.id, c.name FROM guidance_participants p
       JOIN coordinators c ON c.id = p.coordinator_id
       WHERE (@id IS NULL OR p.session_id = @id) ORDER BY c.name`,
    )
    .all({ id: id ?? null }) as { sessionId: number; id: number; name: string }[];
  return sessions.map((s) => {
    const mine = people.filter((p) => p.sessionId === s.id);
    return { ...s, coordinatorIds: mine.map((p) => p.id), coordinatorNames: mine.map((p) => p.name) };
  });
}

export function saveGuidance(
  db: Db,
  id: number | undefined,
  g: { date: string; topic: string; note: string; coordinatorIds: number[] },
  by: string,
  at: string,
): number {
  const params = { date: g.date, topic: g.topic, note: g.note, by, at };
  let sessionId = id;
  if (sessionId === undefined) {
    sessionId = Number(
      db
        .prepare(
          `INSERT INTO guidance_sessions (date, topic, note, recorded_by, recorded_at, updated_at)
           VALUES (@date, @topic, @note, @by, @at, @at)`,
        )
        .run(params).lastInsertRowid,
    );
  } else {
    db.prepare(
      'UPDATE guidance_sessions SET date = @date, topic = @topic, note = @note, updated_at = @at WHERE id = @id',
    ).run({ ...params, id: sessionId });
  }
  db.prepare('DELETE FROM guidance_participants WHERE session_id = ?').run(sessionId);
  const add = db.prepare('INSERT INTO guidance_participants (session_id, coordinator_id) VALUES (?, ?)');
  for (const c of g.coordinatorIds) add.run(sessionId, c);
  return sessionId;
}
