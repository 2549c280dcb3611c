import type { Migration } from './migration';

/**
 * Schema v4: coordinators at work. The course catalogue (seeded with the common courses), training
 * sessions and completions, guidance sessions, and appointments of coordinators on cases.
 *
 * `appointments.person_id` repeats the case's person so that "a person never has two active
 * coordinators" is one indexed look-up across all their cases. A completion recorded through a
 * session goes with it; a single completion (e-learning) has no session.
 */
export const coordination: Migration = {
  version: 4,
  name: 'coordination',
  up(db) {
    db.exec(`
      CREATE TABLE courses (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        provider TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL CHECK (type IN ('grunnopplaering', 'oppfriskning', 'elaering', 'veiledning')),
        validity_months INTEGER CHECK (validity_months IS NULL OR validity_months > 0),
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE training_sessions (
        id INTEGER PRIMARY KEY,
        course_id INTEGER NOT NULL REFERENCES courses(id),
        date TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX training_sessions_date ON training_sessions(date);

      CREATE TABLE training_completions (
        id INTEGER PRIMARY KEY,
        coordinator_id INTEGER NOT NULL REFERENCES coordinators(id),
        course_id INTEGER NOT NULL REFERENCES courses(id),
        session_id INTEGER REFERENCES training_sessions(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (session_id, coordinator_id)
      ) STRICT;
      CREATE INDEX training_completions_coordinator ON training_completions(coordinator_id, course_id, date);

      CREATE TABLE guidance_sessions (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        topic TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX guidance_sessions_date ON guidance_sessions(date);

      CREATE TABLE guidance_participants (
        session_id INTEGER NOT NULL REFERENCES guidance_sessions(id) ON DELETE CASCADE,
        coordinator_id INTEGER NOT NULL REFERENCES coordinators(id),
        PRIMARY KEY (session_id, coordinator_id)
      ) STRICT;
      CREATE INDEX guidance_participants_coordinator ON guidance_participants(coordinator_id);

      CREATE TABLE appointments (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES persons(id),
        coordinator_id INTEGER NOT NULL REFERENCES coordinators(id),
        role TEXT NOT NULL CHECK (role IN ('koordinator', 'barnekoordinator')),
        start_date TEXT NOT NULL,
        family_wish TEXT NOT NULL CHECK (family_wish IN ('followed', 'notFollowed', 'noWish')),
        family_notified_date TEXT,
        partners_notified_date TEXT,
        end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date),
        end_reason TEXT,
        end_note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((end_date IS NULL) = (end_reason IS NULL))
      ) STRICT;
      CREATE INDEX appointments_case ON appointments(case_id, start_date);
      CREATE INDEX appointments_person ON appointments(person_id);
      CREATE INDEX appointments_coordinator ON appointments(coordinator_id, end_date);
    `);
    const at = new Date().toISOString();
    const seed = db.prepare(
      `INSERT INTO courses (name, provider, type, validity_months, required, active, created_at, updated_at)
       VALUES (?, 'Koordinerende enhet', ?, ?, ?, 1, ?, ?)`,
    );
    // The common courses, in bokmål like the rest of what the KE types; each can be renamed or retired.
    seed.run('Grunnopplæring for koordinatorer', 'grunnopplaering', 36, 1, at, at);
    seed.run('Opplæring for barnekoordinatorer', 'grunnopplaering', 36, 1, at, at);
    seed.run('Oppfriskning for koordinatorer', 'oppfriskning', 24, 1, at, at);
  },
};
