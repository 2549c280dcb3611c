import { dashboardGroups, type UpcomingSession } from '@shared/api/dashboards';
import { caseloadBand } from '@shared/domain/coordination';
import { hasValidTraining, type TrainingState } from '@shared/domain/training';

import { allFacts } from '../coordinators/coordinatorFacts';
import { listCoordinators, type CoordinatorRecord } from '../coordinators/coordinatorsRepo';
import {
  CASES_OF_UNIT,
  NEXT_SESSIONS,
  PLANNED_BEHIND,
  WITHOUT_COORDINATOR,
  UNIT_EXISTS,
  UNTRAINED_CASES,
} from './dashboardSql';
import {
  bucketed,
  combined,
  membersGroup,
  memoised,
  sqlGroup,
  type Env,
  type GroupSpec,
  type Member,
} from './figures';

/**
 * Opplæringsstatus and Saksfordeling: the pool of coordinators. Training and caseload come from
 * the same functions as the Koordinatorer list (coordinatorFacts.ts), so the figures agree with
 * its filters; the coordinators counted are the active ones.
 */

export interface PoolMember extends CoordinatorRecord {
  caseload: number;
  training: TrainingState;
}

/** The active coordinators with their caseload and training state today. */
export function activePool(env: Env): PoolMember[] {
  return memoised(env, 'pool', () => {
    const facts = allFacts(env.db, env.today, env.coordinationRules);
    return listCoordinators(env.db)
      .filter((c) => c.active)
      .map((c) => ({ ...c, caseload: facts.caseload(c.id), training: facts.training(c.id).state }));
  });
}

const collator = new Intl.Collator('nb');
const coordinatorMember = (c: PoolMember): Member => ({ id: c.id, detail: null });
/** Most cases first, then by name: the list a leader reads to even out the load. */
const byLoad = (a: PoolMember, b: PoolMember) => b.caseload - a.caseload || collator.compare(a.name, b.name);

// ---- Opplæringsstatus ----

const trainingStatus = membersGroup('coordinators', null, (env) =>
  bucketed(dashboardGroups.training.status, activePool(env), (c) => c.training, coordinatorMember),
);

/**
 * The coordinatorUntrained warning of the case page: open cases whose current coordinator has
 * started and has no valid training; and those coordinators.
 */
function untrainedSets(env: Env) {
  return memoised(env, 'untrained', () => {
    const untrained = activePool(env).filter(
      (c) => !hasValidTraining({ state: c.training, validUntil: null }),
    );
    const rows = env.db
      .prepare(UNTRAINED_CASES)
      .all({ today: env.today, untrained: JSON.stringify(untrained.map((c) => c.id)) }) as {
      caseId: number;
      coordinatorId: number;
    }[];
    const holding = new Set(rows.map((r) => r.coordinatorId));
    const names = new Map(untrained.map((c) => [c.id, c.name]));
    return new Map<string, Member[]>([
      [
        'coordinators',
        untrained
          .filter((c) => holding.has(c.id))
          .sort(byLoad)
          .map(coordinatorMember),
      ],
      [
        'cases',
        rows
          .map((r) => ({ id: r.caseId, name: names.get(r.coordinatorId)! }))
          .sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id)
          .map((r) => ({ id: r.id, detail: null })),
      ],
    ]);
  });
}

const untrainedWithCases = combined([
  { keys: ['coordinators'], spec: membersGroup('coordinators', null, untrainedSets) },
  { keys: ['cases'], spec: membersGroup('cases', null, untrainedSets) },
]);

export function nextSessions(env: Env): UpcomingSession[] {
  return env.db.prepare(NEXT_SESSIONS).all({ today: env.today }) as UpcomingSession[];
}

export const trainingGroups: Record<keyof typeof dashboardGroups.training, GroupSpec> = {
  status: trainingStatus,
  untrainedWithCases,
};

// ---- Saksfordeling ----

const caseload = membersGroup('coordinators', null, (env) =>
  bucketed(
    dashboardGroups.assignments.caseload,
    [...activePool(env)].sort(byLoad),
    ({ caseload: n }) => caseloadBand(n),
    coordinatorMember,
  ),
);

const capacity = membersGroup('coordinators', null, (env) =>
  bucketed(
    dashboardGroups.assignments.capacity,
    [...activePool(env)].sort((a, b) => room(a) - room(b) || byLoad(a, b)),
    (c) =>
      c.capacity === null
        ? 'notSet'
        : c.caseload > c.capacity
          ? 'over'
          : c.caseload === c.capacity
            ? 'at'
            : 'under',
    coordinatorMember,
  ),
);

/** Cases a coordinator can still take (negative: over); the fullest first. */
const room = (c: PoolMember) => (c.capacity === null ? Infinity : c.capacity - c.caseload);

/**
 * Granted a coordinator right, nobody running or planned: the withoutCoordinator situation of the case
 * page, with its days (from the grant or the last end), for every such case and not only those
 * past the warning's days.
 */
const withoutCoordinator = sqlGroup('daysWithout', {
  ...WITHOUT_COORDINATOR,
  params: (env) => ({ today: env.today }),
});

const UNIT_PREFIX = 'unit-';
const unitIdOf = (figure: string) =>
  /^unit-[1-9]\d{0,15}$/.test(figure) ? Number(figure.slice(UNIT_PREFIX.length)) : null;

/**
 * Open cases per service unit of the coordinator holding them: the caseloads of the unit's
 * coordinators (as the Koordinatorer list counts them), less the appointments planned behind
 * another coordinator who still holds the case.
 */
function casesPerUnit(env: Env) {
  return memoised(env, 'units', () => {
    const behind = new Map(
      (env.db.prepare(PLANNED_BEHIND).all({ today: env.today }) as { id: number; n: number }[]).map((r) => [
        r.id,
        r.n,
      ]),
    );
    const units = new Map<number, { unitId: number; name: string; n: number }>();
    for (const c of activePool(env)) {
      const held = c.caseload - (behind.get(c.id) ?? 0);
      if (held <= 0) continue;
      const unit = units.get(c.serviceUnitId) ?? { unitId: c.serviceUnitId, name: c.serviceUnitName, n: 0 };
      unit.n += held;
      units.set(c.serviceUnitId, unit);
    }
    return [...units.values()].sort((a, b) => collator.compare(a.name, b.name) || a.unitId - b.unitId);
  });
}

/** Open cases per service unit of the coordinator holding them: one figure per unit holding any. */
const serviceUnits: GroupSpec = {
  list: () => 'cases',
  detail: () => null,
  figures: (env) => casesPerUnit(env).map((u) => ({ key: `${UNIT_PREFIX}${u.unitId}`, label: u.name })),
  knows: (env, figure) => {
    const unit = unitIdOf(figure);
    return unit !== null && env.db.prepare(UNIT_EXISTS).get({ unit }) !== undefined;
  },
  counts: (env) => new Map(casesPerUnit(env).map((u) => [`${UNIT_PREFIX}${u.unitId}`, u.n])),
  members: (env, figure) =>
    env.db.prepare(CASES_OF_UNIT).all({ today: env.today, unit: unitIdOf(figure) }) as Member[],
};

export const assignmentsGroups: Record<keyof typeof dashboardGroups.assignments, GroupSpec> = {
  caseload,
  capacity,
  withoutCoordinator,
  serviceUnits,
};
