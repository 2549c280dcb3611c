import { addDays, daysBetween } from '@shared/domain/calendar';
import type { AppointmentRole, EndReason, FamilyWish } from '@shared/domain/coordination';

import { recordPastAppointments } from '../appointments/appointmentWriter';
import type { Writer } from '../derived/writer';
import type { Db } from '../storage/database';
import type { DemoCase } from './generateCases';
import { generateGuidance, generateTraining, type PoolRow } from './generateTraining';
import type { Random } from './random';

/**
 * Coordinators at work in the demo register, drawn from the same seed as the cases: training
 * sessions each spring and autumn with most of the pool attending some (so training states mix),
 * single e-learning completions, guidance every month or two, and coordinators appointed on the
 * cases granted a koordinator or barnekoordinator, with changes, gaps and a few over capacity.
 *
 * The appointments are written through the appointment writer as each case's past, and keep the
 * rules core enforces: an appointment starts on or after its decision, ends on or after its
 * start, a person never has two coordinators on one day, a closed case holds none after its
 * closing, an inactive coordinator holds none that is running, and no notification is dated
 * after today.
 */
export function generateCoordination(writer: Writer, random: Random, cases: readonly DemoCase[]): void {
  const { db, today, by, at } = writer;
  const pool = db
    .prepare('SELECT id, service_unit_id AS unitId, active, capacity FROM coordinators ORDER BY id')
    .all() as PoolRow[];
  if (pool.length === 0) return;
  generateTraining(db, random, pool, today, by, at);
  generateGuidance(db, random, pool, today, by, at);
  const load = generateAppointments(writer, random, pool, cases);
  setCapacities(db, random, pool, load);
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Appointments

/** A weighted draw from a set of coordinators (cumulative weights, binary search). */
interface Draw {
  ids: number[];
  cumulative: number[];
}

function drawOf(ids: number[], weight: (id: number) => number): Draw {
  let sum = 0;
  return { ids, cumulative: ids.map((id) => (sum += weight(id))) };
}

function drawFrom(random: Random, d: Draw): number {
  const x = random.next() * d.cumulative.at(-1)!;
  let lo = 0;
  let hi = d.ids.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.cumulative[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return d.ids[lo]!;
}

interface Period {
  start: string;
  end: string | null;
  reason: EndReason | null;
}

const CHANGE_REASONS: readonly EndReason[] = [
  'coordinatorRequest',
  'familyRequest',
  'familyRequest',
  'workload',
  'workload',
  'workload',
  'betterMatch',
  'betterMatch',
  'other',
];

/** Still without a coordinator, though granted (besides those decided too recently). */
const WITHOUT_COORDINATOR = 0.09;
/**
 * Cases planned with one change of coordinator, and with two or more; a case decided lately has
 * no room for them all, so about 15 % and 3 % of the appointed cases end up with them.
 */
const ONE_CHANGE = 0.15;
const MORE_CHANGES = 0.04;

/** Writes the appointments; returns each coordinator's caseload (running, on open cases). */
function generateAppointments(
  writer: Writer,
  random: Random,
  pool: readonly PoolRow[],
  cases: readonly DemoCase[],
): Map<number, number> {
  const { today } = writer;
  const load = new Map<number, number>();
  const active = pool.filter((c) => c.active === 1);
  const inactive = pool.filter((c) => c.active !== 1);
  if (active.length === 0) return load;
  // Uneven, as in a KE: most coordinators hold a case or two beside their own job, a few hold
  // many. Pareto weights (shape 1.0, capped at 40 times the smallest) give that long tail at any
  // size of pool: the busiest few hold several times the median, a third hold one or none.
  const weights = new Map(pool.map((c) => [c.id, Math.min(40, (1 - random.next()) ** -1)]));
  const weight = (id: number) => weights.get(id)!;
  const everyone = drawOf(
    active.map((c) => c.id),
    weight,
  );
  // Someone from a service that works with the person's age: no kindergarten teacher for an adult.
  const suitable = new Map<string, { active: Draw | null; gone: Draw | null }>();
  const drawsFor = (unitIds: readonly number[]) => {
    const key = unitIds.join(',');
    let draws = suitable.get(key);
    if (!draws) {
      const fits = (c: PoolRow) => unitIds.includes(c.unitId);
      const a = active.filter(fits).map((c) => c.id);
      const g = inactive.filter(fits).map((c) => c.id);
      draws = { active: a.length ? drawOf(a, weight) : null, gone: g.length ? drawOf(g, () => 1) : null };
      suitable.set(key, draws);
    }
    return draws;
  };
  const byUnit = new Map<number, Draw>();
  for (const unitId of new Set(active.map((c) => c.unitId)))
    byUnit.set(
      unitId,
      drawOf(
        active.filter((c) => c.unitId === unitId).map((c) => c.id),
        weight,
      ),
    );
  /** Usually someone from the case's own service, never the one handing over. */
  const pick = (c: DemoCase, not: number | null, ended: boolean): number => {
    const fromUnit = c.serviceUnitId === null ? undefined : byUnit.get(c.serviceUnitId);
    const { active: fitting, gone } = drawsFor(c.unitIds);
    for (let attempt = 0; attempt < 20; attempt++) {
      const d =
        ended && gone && random.chance(0.25)
          ? gone
          : fromUnit && random.chance(0.7)
            ? fromUnit
            : (fitting ?? everyone);
      const id = drawFrom(random, d);
      if (id !== not) return id;
    }
    const others = (fitting ?? everyone).ids.filter((id) => id !== not);
    return others[0] ?? active.find((a) => a.id !== not)?.id ?? active[0]!.id;
  };
  const isInactive = new Set(inactive.map((c) => c.id));

  const notBeyondToday = (d: string) => (d > today ? today : d);
  // Each generated case has its own person; should a person have two, only one gets coordinators.
  const persons = new Set<number>();

  for (const c of cases) {
    if (!c.granted || persons.has(c.personId)) continue;
    // Most are appointed within two weeks of the decision, the rest within a month.
    const first = addDays(c.granted.from, random.chance(0.8) ? random.int(0, 14) : random.int(15, 30));
    const horizon = c.closed ?? today;
    if (first > today || (c.closed !== null && first >= c.closed)) continue;
    if (c.closed === null && random.chance(WITHOUT_COORDINATOR)) continue;

    persons.add(c.personId);
    const r = random.next();
    const changes = r < MORE_CHANGES ? random.int(2, 3) : r < MORE_CHANGES + ONE_CHANGE ? 1 : 0;
    const periods: Period[] = [{ start: first, end: null, reason: null }];
    for (let k = 0; k < changes; k++) {
      const previous = periods.at(-1)!;
      // Each coordinator holds the case a month or more, leaving room for the changes after.
      const room = daysBetween(previous.start, horizon) - 1 - (changes - k - 1) * 50;
      if (room < 30) break;
      const end = addDays(previous.start, random.int(30, Math.min(420, room)));
      // Handed over on the day, or after a gap of up to twenty days.
      const next = addDays(end, random.chance(0.5) ? 0 : random.int(1, 20));
      previous.end = end;
      previous.reason = random.pick(CHANGE_REASONS);
      if (next > today || (c.closed !== null && next >= c.closed)) break;
      periods.push({ start: next, end: null, reason: null });
    }
    const last = periods.at(-1)!;
    if (c.closed !== null && last.end === null) {
      last.end = c.closed;
      last.reason = 'caseClosed';
    }

    let previous: number | null = null;
    const appointments = periods.map((p, i) => {
      const coordinatorId = pick(c, previous, p.end !== null);
      const reason: EndReason | null =
        p.reason !== null && p.reason !== 'caseClosed' && isInactive.has(coordinatorId)
          ? 'coordinatorLeft'
          : p.reason;
      const isChange = i > 0;
      const wish: FamilyWish =
        isChange && periods[i - 1]!.reason === 'familyRequest'
          ? random.chance(0.7)
            ? 'followed'
            : 'noWish'
          : random.chance(0.25)
            ? 'followed'
            : random.chance(0.07)
              ? 'notFollowed'
              : 'noWish';
      // The family is told on appointment as a rule; on a change now and then it is not recorded.
      const familyNotified = random.chance(isChange ? 0.8 : 0.96)
        ? notBeyondToday(addDays(p.start, isChange ? random.int(-7, 3) : random.int(0, 7)))
        : null;
      const partnersNotified = random.chance(0.8)
        ? notBeyondToday(addDays(p.start, random.int(0, 14)))
        : null;
      if (p.end === null) load.set(coordinatorId, (load.get(coordinatorId) ?? 0) + 1);
      previous = coordinatorId;
      return {
        coordinatorId,
        role: c.granted!.role satisfies AppointmentRole,
        startDate: p.start,
        familyWish: wish,
        familyNotifiedDate: familyNotified,
        partnersNotifiedDate: partnersNotified,
        endDate: p.end,
        endReason: reason,
        endNote: '',
      };
    });
    recordPastAppointments(writer, { caseId: c.caseId, personId: c.personId }, appointments);
  }
  return load;
}

/**
 * Capacity as the KE would have agreed it: at or above what each holds, with a few coordinators
 * over theirs. Those without a capacity keep none.
 */
function setCapacities(
  db: Db,
  random: Random,
  pool: readonly PoolRow[],
  load: ReadonlyMap<number, number>,
): void {
  const update = db.prepare('UPDATE coordinators SET capacity = ? WHERE id = ?');
  const withCapacity = pool.filter((c) => c.capacity !== null);
  const overloadable = shuffled(
    random,
    withCapacity.filter((c) => (load.get(c.id) ?? 0) >= 3),
  );
  const over = new Set(
    overloadable.slice(0, Math.max(1, Math.round(withCapacity.length * 0.05))).map((c) => c.id),
  );
  for (const c of withCapacity) {
    const n = load.get(c.id) ?? 0;
    if (over.has(c.id)) update.run(n - random.int(1, Math.min(3, n - 1)), c.id);
    else if (n > c.capacity!) update.run(Math.min(500, n + random.int(0, 3)), c.id);
  }
}
