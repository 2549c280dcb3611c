import { bit, byId, type LoadWriter } from './loadWriter';

/**
 * A load's writing of the coordinator pool: service units, coordinators, courses with their
 * training sessions and completions, and guidance sessions with who took part. Written first, as
 * cases, plans and letters point to them.
 */
export function writeLoadedCoordinators(w: LoadWriter): void {
  const { db, checked } = w;
  const { rows } = checked;

  // Service units and courses already here (a course of the catalogue, a unit set up first) are
  // taken by name rather than doubled.
  const unitByName = db.prepare('SELECT id FROM service_units WHERE name = ? COLLATE NOCASE');
  const insertUnit = w.inserter(
    'serviceUnits',
    'INSERT INTO service_units (name, active, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  for (const r of byId(rows.serviceUnits)) {
    const found = unitByName.get(r.v.name) as { id: number } | undefined;
    const id = found?.id ?? insertUnit(r, [r.v.name, bit(r.v.active), r.v.created_at, r.v.updated_at]);
    w.ids.serviceUnits.set(r.v.id as number, id);
  }

  w.insertRows(
    'coordinators',
    `INSERT INTO coordinators (name, service_unit_id, position, phone, email, capacity, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    (v) => [
      v.name,
      w.newId('serviceUnits', v.service_unit_id),
      v.position,
      v.phone,
      v.email,
      v.capacity,
      bit(v.active),
      v.created_at,
      v.updated_at,
    ],
  );

  const existingCourses = db.prepare('SELECT id, name FROM courses ORDER BY id').all() as {
    id: number;
    name: string;
  }[];
  const updateCourse = db.prepare(
    `UPDATE courses SET provider = ?, type = ?, validity_months = ?, required = ?, active = ?, created_at = ?,
       updated_at = ? WHERE id = ?`,
  );
  const insertCourse = w.inserter(
    'courses',
    `INSERT INTO courses (name, provider, type, validity_months, required, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of byId(rows.courses)) {
    const v = r.v;
    const sameName = existingCourses.findIndex((c) => c.name.toLowerCase() === String(v.name).toLowerCase());
    const fields = [
      v.provider,
      v.type,
      v.validity_months,
      bit(v.required),
      bit(v.active),
      v.created_at,
      v.updated_at,
    ];
    let id: number;
    if (sameName >= 0) {
      id = existingCourses.splice(sameName, 1)[0]!.id;
      w.atRow('courses', r, () => updateCourse.run(...fields, id));
    } else id = insertCourse(r, [v.name, ...fields]);
    w.ids.courses.set(v.id as number, id);
  }

  w.insertRows(
    'trainingSessions',
    `INSERT INTO training_sessions (course_id, date, place, note, recorded_by, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    (v) => [
      w.newId('courses', v.course_id),
      v.date,
      v.place,
      v.note,
      v.recorded_by,
      v.recorded_at,
      v.updated_at,
    ],
  );
  w.insertRows(
    'completions',
    `INSERT INTO training_completions (coordinator_id, course_id, session_id, date, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    (v) => [
      w.newId('coordinators', v.coordinator_id),
      w.newId('courses', v.course_id),
      w.newId('trainingSessions', v.session_id),
      v.date,
      v.note,
      v.recorded_by,
      v.recorded_at,
    ],
  );

  w.insertRows(
    'guidance',
    `INSERT INTO guidance_sessions (date, topic, note, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    (v) => [v.date, v.topic, v.note, v.recorded_by, v.recorded_at, v.updated_at],
  );
  w.insertRows(
    'guidanceParticipants',
    'INSERT INTO guidance_participants (session_id, coordinator_id) VALUES (?, ?)',
    (v) => [w.newId('guidance', v.session_id), w.newId('coordinators', v.coordinator_id)],
  );
}
