import type { dashboardGroups } from '@shared/api/dashboards';
import { addDays, addMonths, addYears, ageOn, birthdayAt } from '@shared/domain/calendar';

import {
  APPEAL_RUNNING,
  APPEALS_AWAITING,
  APPEALS_NOT_FORWARDED,
  BORN_BETWEEN,
  INTERIM_REPLIES,
  PENDING_DECISIONS,
} from './dashboardSql';
import {
  caseMembersGroup,
  combined,
  ofCases,
  sqlGroup,
  type Env,
  type GroupSpec,
  type Member,
} from './figures';

/**
 * Frister: interim replies owed, decisions pending, appeals, and the young (DOMAIN.md section 6).
 * Counted in SQL on the columns stored per case with its summary (the interim reply owed also
 * behind an earlier age-18 deadline, the appeals' warnings: shared/domain/caseFigures.ts); only
 * the ages are judged in code, by the calendar's own birthday rules, on the few persons SQL finds.
 */

const byDetail = (a: Member, b: Member) => String(a.detail).localeCompare(String(b.detail)) || a.id - b.id;

const todayOnly = (env: Env) => ({ today: env.today });

const interimReplies = sqlGroup('dueDate', {
  ...INTERIM_REPLIES,
  params: (env) => ({ today: env.today, soon: addDays(env.today, env.caseRules.dueSoonDays) }),
});

const pendingDecisions = sqlGroup('daysWaiting', { ...PENDING_DECISIONS, params: todayOnly });

const noParams = () => ({});

const appeals = combined([
  {
    keys: ['deadlineRunning'],
    spec: sqlGroup('appealDeadline', { ...APPEAL_RUNNING, params: todayOnly }),
  },
  {
    keys: ['awaitingReassessment'],
    spec: sqlGroup('appealReceived', { ...APPEALS_AWAITING, params: noParams }),
  },
  {
    keys: ['notForwarded'],
    spec: sqlGroup('appealReceived', { ...APPEALS_NOT_FORWARDED, params: noParams }),
  },
]);

/** A few days' margin around the birth-date range; the exact tests are the calendar's. */
const MARGIN_DAYS = 3;

interface Young {
  id: number;
  birthDate: string;
  /** The child took part in a mapping (1) or not (0). */
  heard: number;
}

/**
 * Open cases of persons from the participation age to 18 (and those turning 18 within the
 * warning months): one read for both figures.
 */
function young(env: Env, ids?: readonly number[]): Young[] {
  const { age18WarningMonths: months, participationAge } = env.caseRules;
  const oldest = addYears(env.today, -18);
  const youngest = [
    addYears(env.today, -participationAge),
    addYears(addMonths(env.today, months), -18),
  ].sort()[1]!;
  const born = { bornFrom: addDays(oldest, -MARGIN_DAYS), bornTo: addDays(youngest, MARGIN_DAYS) };
  return (
    ids
      ? env.db.prepare(ofCases(BORN_BETWEEN, 'c.id')).all({ ...born, ids: JSON.stringify(ids) })
      : env.db.prepare(BORN_BETWEEN).all(born)
  ) as Young[];
}

/** Open cases whose person turns 18 from today until the warning months ahead (age18Approaching's window). */
function turning18(env: Env, rows: readonly Young[]): Member[] {
  const months = env.caseRules.age18WarningMonths;
  return rows
    .map((r) => ({ id: r.id, detail: birthdayAt(r.birthDate, 18) }))
    .filter((m) => m.detail >= env.today && addMonths(m.detail, -months) <= env.today)
    .sort(byDetail);
}

/** The participationMissing warning: a child from the participation age, under 18, not heard. */
function participationMissing(env: Env, rows: readonly Young[]): Member[] {
  const from = env.caseRules.participationAge;
  const inAges = rows.filter((r) => {
    const age = ageOn(r.birthDate, env.today);
    return age >= from && age < 18;
  });
  return inAges
    .filter((r) => r.heard === 0)
    .map((r) => ({ id: r.id, detail: ageOn(r.birthDate, env.today) }))
    .sort((a, b) => b.detail - a.detail || a.id - b.id);
}

const youth = caseMembersGroup({ turning18: 'birthday18', participationMissing: 'age' }, (env, ids) => {
  const rows = young(env, ids);
  return new Map([
    ['turning18', turning18(env, rows)],
    ['participationMissing', participationMissing(env, rows)],
  ]);
});

export const deadlinesGroups: Record<keyof typeof dashboardGroups.deadlines, GroupSpec> = {
  interimReplies,
  pendingDecisions,
  appeals,
  youth,
};
