import { addDays, addMonths, weekday } from '@shared/domain/calendar';
import { defaultCoordinationRules } from '@shared/domain/coordinationRules';
import { completionExpiry } from '@shared/domain/training';

import type { Db } from '../storage/database';
import type { Random } from './random';

/**
 * Training and guidance in the demo register (see generateCoordination.ts): sessions each spring
 * and autumn, single e-learning completions, guidance every month or two.
 */

export interface PoolRow {
  id: number;
  unitId: number;
  active: number;
  capacity: number | null;
}

/** A workday on or after the day (sessions and guidance are held on weekdays). */
function weekdayFrom(day: string): string {
  let d = day;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}

// ---------------------------------------------------------------------------------------------
// Training

interface CourseRow {
  id: number;
  name: string;
  type: string;
  validityMonths: number | null;
}

interface HeldSession {
  id: number;
  course: CourseRow;
  date: string;
  expiry: string | null;
}

const PLACES = ['Rådhuset, møterom 2', 'Kulturhuset, lille sal', 'Digitalt (Teams)', 'Helsehuset'];
const TRAINING_MIX = { never: 0.08, expired: 0.1, expiresSoon: 0.08 } as const;
/** Trained coordinators who took the e-learning course instead of a session. */
const ELEARNING_SHARE = 0.15;
const ELEARNING_MONTHS = 24;
const NOTICE_DAYS = defaultCoordinationRules.trainingNoticeDays;

export function generateTraining(
  db: Db,
  random: Random,
  pool: readonly PoolRow[],
  today: string,
  by: string,
  at: string,
): void {
  const courses = db
    .prepare(
      'SELECT id, name, type, validity_months AS validityMonths FROM courses WHERE required = 1 ORDER BY id',
    )
    .all() as CourseRow[];
  const byName = (name: string) => courses.find((c) => c.name === name);
  const basic = byName('Grunnopplæring for koordinatorer') ?? courses[0];
  const children = byName('Opplæring for barnekoordinatorer') ?? basic;
  const refresher = courses.find((c) => c.type === 'oppfriskning') ?? basic;
  if (!basic || !children || !refresher) return;
  // The register's own e-learning course: taken alone, when the next session is too far off.
  const elearning = Number(
    db
      .prepare(
        `INSERT INTO courses (name, provider, type, validity_months, required, active, created_at, updated_at)
         VALUES ('E-læring: koordinatorrollen', 'Nettkurs', 'elaering', ?, 1, 1, ?, ?)`,
      )
      .run(ELEARNING_MONTHS, at, at).lastInsertRowid,
  );

  // One session each spring (March to May) and autumn (September to November), from the spring
  // three years back, and the next one planned (no attendees until it has been held).
  const insertSession = db.prepare(
    `INSERT INTO training_sessions (course_id, date, place, note, recorded_by, recorded_at, updated_at)
     VALUES (?, ?, ?, '', ?, ?, ?)`,
  );
  const autumnCourses = [children, refresher];
  const held: HeldSession[] = [];
  const firstYear = Number(today.slice(0, 4)) - 3;
  for (let term = 0; ; term++) {
    const year = firstYear + Math.floor(term / 2);
    const spring = term % 2 === 0;
    const month = (spring ? 3 : 9) + random.int(0, 2);
    const date = weekdayFrom(
      `${year}-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    );
    const course = spring ? basic : autumnCourses[Math.floor(term / 2) % 2]!;
    const id = Number(insertSession.run(course.id, date, random.pick(PLACES), by, at, at).lastInsertRowid);
    if (date > today) break;
    held.push({
      id,
      course,
      date,
      expiry: completionExpiry({ date, validityMonths: course.validityMonths }),
    });
  }

  const attend = db.prepare(
    `INSERT INTO training_completions (coordinator_id, course_id, session_id, date, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const single = db.prepare(
    `INSERT INTO training_completions (coordinator_id, course_id, date, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, 'Gjennomført på nett', ?, ?)`,
  );
  const soon = addDays(today, NOTICE_DAYS);
  const valid = held.filter((s) => s.expiry === null || s.expiry > soon);
  const expiring = held.filter((s) => s.expiry !== null && s.expiry > today && s.expiry <= soon);
  const expired = held.filter((s) => s.expiry !== null && s.expiry <= today);

  for (const c of pool) {
    const r = random.next();
    if (r < TRAINING_MIX.never) continue;
    if (r < TRAINING_MIX.never + TRAINING_MIX.expired) {
      // Trained once, long enough ago that it has run out.
      if (expired.length && random.chance(0.6)) {
        const s = random.pick(expired);
        attend.run(c.id, s.course.id, s.id, s.date, by, at);
      } else single.run(c.id, elearning, addMonths(today, -random.int(25, 34)), by, at);
      continue;
    }
    if (r < TRAINING_MIX.never + TRAINING_MIX.expired + TRAINING_MIX.expiresSoon) {
      // The latest valid training runs out within the notice days.
      if (expiring.length && random.chance(0.6)) {
        const s = random.pick(expiring);
        attend.run(c.id, s.course.id, s.id, s.date, by, at);
      } else {
        let date = addMonths(addDays(today, random.int(1, NOTICE_DAYS - 1)), -ELEARNING_MONTHS);
        while (completionExpiry({ date, validityMonths: ELEARNING_MONTHS })! <= today)
          date = addDays(date, 1);
        single.run(c.id, elearning, date, by, at);
      }
      continue;
    }
    // Trained: a session still valid, now and then an older one before it, or the e-learning.
    if (!valid.length || random.chance(ELEARNING_SHARE)) {
      single.run(c.id, elearning, addDays(today, -random.int(20, 600)), by, at);
      continue;
    }
    const s = random.pick(valid);
    attend.run(c.id, s.course.id, s.id, s.date, by, at);
    const earlier = held.filter((h) => h.date < s.date && h.course.id !== s.course.id);
    if (earlier.length && random.chance(0.3)) {
      const e = random.pick(earlier);
      attend.run(c.id, e.course.id, e.id, e.date, by, at);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Guidance

const TOPICS = [
  'Ansvarsgruppemøter som fungerer',
  'Individuell plan i praksis',
  'Barnets stemme i samarbeidet',
  'Samtykke og taushetsplikt',
  'Overgangen til voksen',
  'Krevende samtaler med familier',
  'Når koordinatoren byttes',
  'Samarbeid med skolen og PPT',
];

export function generateGuidance(
  db: Db,
  random: Random,
  pool: readonly PoolRow[],
  today: string,
  by: string,
  at: string,
): void {
  const active = pool.filter((c) => c.active === 1);
  if (active.length < 2) return;
  const insert = db.prepare(
    `INSERT INTO guidance_sessions (date, topic, note, recorded_by, recorded_at, updated_at)
     VALUES (?, ?, '', ?, ?, ?)`,
  );
  const take = db.prepare('INSERT INTO guidance_participants (session_id, coordinator_id) VALUES (?, ?)');
  // Every month or two over the last three years.
  for (let day = weekdayFrom(addDays(addMonths(today, -36), random.int(0, 20))); day <= today;) {
    const id = Number(insert.run(day, random.pick(TOPICS), by, at, at).lastInsertRowid);
    const count = Math.min(active.length, random.int(2, 6));
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(random.pick(active).id);
    for (const c of chosen) take.run(id, c);
    day = weekdayFrom(addDays(day, random.int(28, 60)));
  }
}
