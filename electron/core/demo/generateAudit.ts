import type { AuditAction } from '@shared/api/audit';
import { addDays, isWorkingDay, nextWorkingDayOnOrAfter } from '@shared/domain/calendar';

import type { AuditEntry } from '../audit/auditEntry';
import { appendAudit } from '../audit/auditLog';
import { caseFieldKeys } from '../cases/caseColumns';
import type { Db } from '../storage/database';
import type { DemoCase } from './generateCases';
import type { Random } from './random';

/**
 * The audit log a register of this size would have gathered: working days from the register's
 * creation to now, each with sessions of the demo users (login, work, logout). The work is the
 * register's own history, a sample of its real changes on the days they happened (a case
 * registered, a step recorded, a coordinator appointed or ended, a plan meeting held), each after
 * a read of the case, and between them the reads of a working day: cases (mostly the recently
 * received), their plans, the case list's first page and coordinators' pages. A leder logs in now
 * and then and reads only counts, which are not logged.
 *
 * Every row goes through `appendAudit`, so the hash chain verifies as any other log does; the
 * rows are written in the order of their times, in transactions of a few thousand rows.
 */

export interface HistoryUser {
  id: number;
  username: string;
  role: 'admin' | 'saksbehandler' | 'leder';
}

type Row = Omit<AuditEntry, 'userId' | 'username'>;

/** A change on a case and the row before it: a read of the case, or the new case's person. */
interface Change {
  day: string;
  rows: [Row, Row];
}

/** About this share of the rows are changes (each with the row before it: twice as many rows). */
const CHANGE_SHARE = 0.2;
/** Rows in one session, on average, login and logout included. */
const SESSION_ROWS = 24;
/** The working day, in seconds after local midnight: 07:45 to 15:45. */
const DAY_START = 7 * 3600 + 45 * 60;
const DAY_END = 15 * 3600 + 45 * 60;
const BATCH = 5_000;

const PERSON_FIELDS = ['name', 'nationalId', 'birthDate', 'dueDate', 'address', 'relations'];
/** A new case names every field, as the writer's own row does. */
const CASE_FIELDS = [...caseFieldKeys];

export function generateAuditHistory(
  db: Db,
  random: Random,
  options: {
    rows: number;
    cases: readonly DemoCase[];
    users: readonly HistoryUser[];
    /** The first day of the history (the register's creation), today, and the moment it ends. */
    firstDay: string;
    today: string;
    now: Date;
  },
): void {
  const { rows, users, now } = options;
  const workers = users.filter((u) => u.role !== 'leder');
  const leaders = users.filter((u) => u.role === 'leder');
  const days = workingDays(options.firstDay, options.today, now);
  if (rows <= 0 || workers.length === 0 || days.length === 0) return;
  const reads = readsOf(db, random, options.cases);
  const changesByDay = new Map<string, Change[]>();
  for (const c of sampleChanges(db, random, options.cases, days, rows * CHANGE_SHARE)) {
    const list = changesByDay.get(c.day);
    if (list) list.push(c);
    else changesByDay.set(c.day, [c]);
  }

  // The rows are shared out over the working days by how much happened on each (cumulative
  // rounding, so they add up to `rows`); a day given fewer than a session needs passes them on.
  const weights = days.map((d) => 1 + 2 * (changesByDay.get(d)?.length ?? 0));
  const total = weights.reduce((s, w) => s + w, 0);
  let cumulative = 0;
  let assigned = 0;
  let carried = 0;
  const pending: { at: Date; user: HistoryUser; row: Row }[] = [];
  const flush = () => {
    db.transaction(() => {
      for (const p of pending)
        appendAudit(db, { ...p.row, userId: p.user.id, username: p.user.username }, p.at);
    })();
    pending.length = 0;
  };

  days.forEach((day, i) => {
    cumulative += weights[i]!;
    const target = Math.round((cumulative / total) * rows);
    const budget = target - assigned + carried;
    assigned = target;
    const last = i === days.length - 1;
    if (budget < 3 && !last) {
      carried = budget;
      return;
    }
    carried = 0;
    const sessions = daySessions(
      random,
      budget,
      changesByDay.get(day) ?? [],
      () => reads(day),
      leaders.length > 0,
    );
    const window = dayWindow(day, options.today, now);
    const count = sessions.reduce((s, x) => s + x.rows.length, 0);
    // Times across the working day, in order; the sessions take consecutive runs of them.
    const times = Array.from(
      { length: count },
      () => window.start + random.next() * (window.end - window.start),
    );
    times.sort((a, b) => a - b);
    let t = 0;
    for (const session of sessions) {
      const user = session.leader ? random.pick(leaders) : pickWorker(random, workers);
      for (const row of session.rows)
        pending.push({ at: new Date(window.midnight + Math.floor(times[t++]! * 1000)), user, row });
    }
    if (pending.length >= BATCH) flush();
  });
  flush();
}

/**
 * One day's sessions holding exactly `budget` rows: now and then a leder's (login and logout),
 * then sessions of case work, each with its login and logout around a run of the day's changes
 * and reads in random order. A day too small for a session (the last day's remainder) is reads.
 */
function daySessions(
  random: Random,
  budget: number,
  changes: readonly Change[],
  read: () => Row,
  withLeader: boolean,
): { leader: boolean; rows: Row[] }[] {
  const login: Row = { action: 'login', entity: 'session' };
  const logout: Row = { action: random.chance(0.15) ? 'idle_lock' : 'logout', entity: 'session' };
  if (budget < 3) return [{ leader: false, rows: Array.from({ length: budget }, read) }];
  const leader = withLeader && budget >= 8 && random.chance(0.15);
  const work = budget - (leader ? 2 : 0);
  const k = Math.max(1, Math.round(work / SESSION_ROWS));
  const content = work - 2 * k;
  // On a day with more changes than its rows hold, a fair sample of them: not the first kinds.
  const taken = [...changes];
  shuffle(random, taken);
  taken.length = Math.min(taken.length, Math.floor(content / 2));
  const items: Row[][] = taken.map((c) => c.rows);
  for (let n = content - 2 * taken.length; n > 0; n--) items.push([read()]);
  shuffle(random, items);
  const sessions: { leader: boolean; rows: Row[] }[] = [];
  let from = 0;
  for (let s = 0; s < k; s++) {
    // Each session takes its share of the items, the last all that are left.
    const to = s === k - 1 ? items.length : Math.round(((s + 1) * items.length) / k);
    sessions.push({ leader: false, rows: [login, ...items.slice(from, to).flat(), logout] });
    from = to;
  }
  if (leader) sessions.splice(random.int(0, sessions.length), 0, { leader: true, rows: [login, logout] });
  return sessions;
}

/** The reads of a working day, drawn for a day: what a case worker opens between changes. */
function readsOf(db: Db, random: Random, all: readonly DemoCase[]): (day: string) => Row {
  const cases = [...all].sort((a, b) =>
    a.receivedDate < b.receivedDate ? -1 : a.receivedDate > b.receivedDate ? 1 : 0,
  );
  const received = cases.map((c) => c.receivedDate);
  const withPlan = new Set(
    (db.prepare('SELECT case_id AS id FROM plans').all() as { id: number }[]).map((r) => r.id),
  );
  const coordinators = personsByCoordinator(db);
  const coordinatorIds = [...coordinators.keys()];
  return (day) => {
    const k = upperBound(received, day);
    const r = random.next();
    if (k === 0 || r < 0.12) {
      // The case list's first page, newest first: the persons on it are named.
      const page = cases.slice(Math.max(0, k - 50), k).reverse();
      return { action: 'list', entity: 'case', fields: page.map((c) => `person:${c.personId}`) };
    }
    if (r < 0.18 && coordinatorIds.length) {
      const id = random.pick(coordinatorIds);
      return { action: 'read', entity: 'coordinator', entityId: id, fields: coordinators.get(id)!(day) };
    }
    // An open case, the recently received more often: they are the ones being worked on.
    let c = cases[k - 1]!;
    for (let attempt = 0; attempt < 4; attempt++) {
      c = cases[k - 1 - Math.floor(k * random.next() ** 2)]!;
      if (c.closed === null || c.closed >= day) break;
    }
    const person = `person:${c.personId}`;
    if (r < 0.3 && withPlan.has(c.caseId))
      return { action: 'read', entity: 'case', entityId: c.caseId, fields: ['plan', person] };
    return { action: 'read', entity: 'case', entityId: c.caseId, fields: [person] };
  };
}

/**
 * About `target` of the register's real changes, each on the working day it was recorded (the
 * next one for a date at a weekend): cases received, steps, appointments made and ended, plan
 * meetings. In the order of their ids, so a seed gives the same sample.
 */
function sampleChanges(
  db: Db,
  random: Random,
  cases: readonly DemoCase[],
  days: readonly string[],
  target: number,
): Change[] {
  const lastDay = days.at(-1)!;
  const personOf = new Map(cases.map((c) => [c.caseId, c.personId]));
  const readCase = (caseId: number): Row => ({
    action: 'read',
    entity: 'case',
    entityId: caseId,
    fields: [`person:${personOf.get(caseId)}`],
  });
  const candidates: { date: string; caseId: number; build: () => [Row, Row] }[] = [];
  for (const c of cases)
    candidates.push({
      date: c.receivedDate,
      caseId: c.caseId,
      build: () => [
        { action: 'create', entity: 'person', entityId: c.personId, fields: PERSON_FIELDS },
        { action: 'create', entity: 'case', entityId: c.caseId, fields: CASE_FIELDS },
      ],
    });
  const steps = db.prepare('SELECT id, case_id AS caseId, kind, date FROM case_steps ORDER BY id').all() as {
    id: number;
    caseId: number;
    kind: string;
    date: string;
  }[];
  for (const s of steps)
    candidates.push({
      date: s.date,
      caseId: s.caseId,
      build: () => [
        readCase(s.caseId),
        { action: 'step_create', entity: 'case', entityId: s.caseId, fields: [`${s.kind}:${s.id}`] },
      ],
    });
  const appointments = db
    .prepare(
      'SELECT id, case_id AS caseId, start_date AS start, end_date AS end FROM appointments ORDER BY id',
    )
    .all() as { id: number; caseId: number; start: string; end: string | null }[];
  for (const a of appointments) {
    const change = (action: AuditAction, date: string, fields: string[]) =>
      candidates.push({
        date,
        caseId: a.caseId,
        build: () => [
          readCase(a.caseId),
          { action, entity: 'case', entityId: a.caseId, fields: [`appointment:${a.id}`, ...fields] },
        ],
      });
    change('appointment_create', a.start, ['coordinatorId', 'role', 'startDate', 'familyWish']);
    if (a.end !== null) change('appointment_end', a.end, ['endDate', 'endReason']);
  }
  const meetings = db
    .prepare(
      'SELECT m.id, p.case_id AS caseId, m.date FROM plan_meetings m JOIN plans p ON p.id = m.plan_id ORDER BY m.id',
    )
    .all() as { id: number; caseId: number; date: string }[];
  for (const m of meetings)
    candidates.push({
      date: m.date,
      caseId: m.caseId,
      build: () => [
        readCase(m.caseId),
        {
          action: 'meeting_create',
          entity: 'case',
          entityId: m.caseId,
          fields: [`meeting:${m.id}`, 'date', 'kind', 'participantIds'],
        },
      ],
    });
  const keep = Math.min(1, target / Math.max(1, candidates.length));
  const out: Change[] = [];
  for (const c of candidates) {
    if (!random.chance(keep)) continue;
    const day = nextWorkingDayOnOrAfter(c.date);
    if (day <= lastDay) out.push({ day, rows: c.build() });
  }
  return out;
}

/**
 * Each coordinator's persons on a day, as the coordinator page names them in its audit row: those
 * with an appointment running that day (never a person not yet in the register).
 */
function personsByCoordinator(db: Db): Map<number, (day: string) => string[]> {
  const appointments = new Map<number, { personId: number; start: string; end: string | null }[]>();
  for (const { id } of db.prepare('SELECT id FROM coordinators ORDER BY id').all() as { id: number }[])
    appointments.set(id, []);
  const rows = db
    .prepare(
      `SELECT a.coordinator_id AS coordinatorId, c.person_id AS personId, a.start_date AS start,
         a.end_date AS "end"
       FROM appointments a JOIN cases c ON c.id = a.case_id ORDER BY a.coordinator_id, c.person_id`,
    )
    .all() as { coordinatorId: number; personId: number; start: string; end: string | null }[];
  for (const r of rows) appointments.get(r.coordinatorId)?.push(r);
  return new Map(
    [...appointments].map(([id, list]) => [
      id,
      (day: string) => [
        ...new Set(
          list
            .filter((a) => a.start <= day && (a.end === null || a.end >= day))
            .map((a) => `person:${a.personId}`),
        ),
      ],
    ]),
  );
}

/** Working days from `first` to today; today only when enough of its working day has passed. */
function workingDays(first: string, today: string, now: Date): string[] {
  const days: string[] = [];
  for (let d = first; d < today; d = addDays(d, 1)) if (isWorkingDay(d)) days.push(d);
  const { start, end } = dayWindow(today, today, now);
  if (isWorkingDay(today) && end - start >= 600) days.push(today);
  return days;
}

/** The working day's span in seconds after local midnight; today's ends a minute before now. */
function dayWindow(day: string, today: string, now: Date): { midnight: number; start: number; end: number } {
  const midnight = new Date(`${day}T00:00:00`).getTime();
  const end = day === today ? Math.min(DAY_END, (now.getTime() - midnight) / 1000 - 60) : DAY_END;
  return { midnight, start: DAY_START, end };
}

/** Case workers do most of the work; the administrator some. */
function pickWorker(random: Random, workers: readonly HistoryUser[]): HistoryUser {
  const staff = workers.filter((u) => u.role === 'saksbehandler');
  const admins = workers.filter((u) => u.role === 'admin');
  return admins.length > 0 && (staff.length === 0 || random.chance(0.15))
    ? random.pick(admins)
    : random.pick(staff);
}

function shuffle<T>(random: Random, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** How many of the sorted `values` are at or before `value`. */
function upperBound(values: readonly string[], value: string): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
