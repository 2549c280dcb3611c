import { dashboardGroups } from '../../../shared/api/dashboards';
import type { Appeal } from '../../../shared/domain/case';
import { addDays, addMonths, addYears, ageOn, birthdayAt } from '../../../shared/domain/calendar';
import { stepsOf } from '../../../shared/domain/caseSteps';
import { interimReplyDue, interimReplyOutcome } from '../../../shared/domain/deadlines';
import { deriveCase } from '../../../shared/domain/deriveCase';
import { loadCases } from './caseRecords';
import { derivedPerCase } from './dashboardCache';
import {
  APPEAL_CANDIDATES,
  APPEAL_RUNNING,
  BORN_BETWEEN,
  HEARD,
  INTERIM_CANDIDATES,
  PENDING_DECISIONS,
} from './dashboardSql';
import {
  bucketed,
  combined,
  emptySets,
  membersGroup,
  memoised,
  sqlGroup,
  type Env,
  type GroupSpec,
  type Member,
} from './figures';

/**
 * Frister: interim replies owed, decisions pending, appeals, and the young (DOMAIN.md section 6).
 * Stored columns are counted in SQL; appeals and the interim replies hidden behind an earlier
 * age-18 deadline are decided by the case page's own functions on the few cases SQL finds.
 */

const keys = dashboardGroups.deadlines;
const byDetail = (a: Member, b: Member) => String(a.detail).localeCompare(String(b.detail)) || a.id - b.id;

/** Open cases whose interim reply is owed and not sent, with its due date. */
function interimOwed(env: Env): Member[] {
  const rows = env.db.prepare(INTERIM_CANDIDATES).all() as { id: number; due: string; kind: string }[];
  const owed = rows.filter((r) => r.kind === 'interimReply').map((r) => ({ id: r.id, detail: r.due }));
  // Behind an earlier age-18 deadline the interim reply does not show in the stored columns.
  const behind = loadCases(
    env.db,
    rows.filter((r) => r.kind !== 'interimReply').map((r) => r.id),
  );
  for (const { record } of behind.values())
    if (interimReplyOutcome(record, env.caseRules) === 'pending')
      owed.push({ id: record.id, detail: interimReplyDue(record.receivedDate, env.caseRules) });
  return owed.sort(byDetail);
}

const interimReplies = membersGroup('cases', 'dueDate', (env) => {
  const soon = addDays(env.today, env.caseRules.dueSoonDays);
  return bucketed(
    keys.interimReplies,
    interimOwed(env),
    // The states of stateByToday: passed is overdue, within the due-soon days is due soon.
    (m) => (String(m.detail) < env.today ? 'overdue' : String(m.detail) <= soon ? 'dueSoon' : 'later'),
    (m) => m,
  );
});

const todayOnly = (env: Env) => ({ today: env.today });

const pendingDecisions = sqlGroup('daysWaiting', { ...PENDING_DECISIONS, params: todayOnly });

/** The appeal warnings of the case page, on the cases with an appeal the municipality has not finished. */
function appealSets(env: Env): Map<string, Member[]> {
  return memoised(env, 'appeals', () => {
    const ids = (env.db.prepare(APPEAL_CANDIDATES).all() as { id: number }[]).map((r) => r.id);
    const sets = emptySets(['awaitingReassessment', 'notForwarded']);
    const derived = derivedPerCase(env.db, 'appeals', env.today, ids, (missing) =>
      appealWarnings(env, missing),
    );
    for (const [id, found] of derived)
      for (const [figure, detail] of Object.entries(found ?? {})) sets.get(figure)!.push({ id, detail });
    for (const list of sets.values()) list.sort(byDetail);
    return sets;
  });
}

/**
 * Per case named, the appeal figures it falls in (by the case page's warnings) with the earliest
 * receipt of an appeal in that state.
 */
function appealWarnings(env: Env, ids: readonly number[]): Map<number, Record<string, string | null>> {
  const found = new Map<number, Record<string, string | null>>();
  for (const { record, person } of loadCases(env.db, ids).values()) {
    const kinds = new Set(deriveCase(record, person, env.caseRules, env.today).warnings.map((w) => w.kind));
    const appeals = stepsOf(record, 'appeal');
    const earliest = (match: (a: Appeal) => boolean) =>
      appeals
        .filter(match)
        .map((a) => a.receivedDate)
        .sort()[0] ?? null;
    const figures: Record<string, string | null> = {};
    if (kinds.has('appealAwaitingReassessment'))
      figures.awaitingReassessment = earliest((a) => a.reassessment === null);
    if (kinds.has('appealNotForwarded'))
      figures.notForwarded = earliest(
        (a) => a.reassessment !== null && a.reassessment !== 'upheld' && a.forwardedDate === null,
      );
    found.set(record.id, figures);
  }
  return found;
}

const appeals = combined([
  {
    keys: ['deadlineRunning'],
    spec: sqlGroup('appealDeadline', { ...APPEAL_RUNNING, params: todayOnly }),
  },
  {
    keys: ['awaitingReassessment', 'notForwarded'],
    spec: membersGroup('cases', 'appealReceived', appealSets),
  },
]);

/** A few days' margin around the birth-date range; the exact tests are the calendar's. */
const MARGIN_DAYS = 3;

interface Young {
  id: number;
  birthDate: string;
}

/**
 * Open cases of persons from the participation age to 18 (and those turning 18 within the
 * warning months): one read for both figures.
 */
function young(env: Env): Young[] {
  const { age18WarningMonths: months, participationAge } = env.caseRules;
  const oldest = addYears(env.today, -18);
  const youngest = [
    addYears(env.today, -participationAge),
    addYears(addMonths(env.today, months), -18),
  ].sort()[1]!;
  return env.db
    .prepare(BORN_BETWEEN)
    .all({ bornFrom: addDays(oldest, -MARGIN_DAYS), bornTo: addDays(youngest, MARGIN_DAYS) }) as Young[];
}

/** Whether the child took part in a mapping, per case: kept until the case changes. */
function heard(env: Env, rows: readonly Young[]): Map<number, boolean | null> {
  return derivedPerCase(
    env.db,
    'heard',
    env.today,
    rows.map((r) => r.id),
    (ids) => {
      const found = env.db.prepare(HEARD).all({ ids: JSON.stringify(ids) }) as { id: number }[];
      const yes = new Set(found.map((r) => r.id));
      return new Map(ids.map((id) => [id, yes.has(id)]));
    },
  );
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
  const wasHeard = heard(env, inAges);
  return inAges
    .filter((r) => wasHeard.get(r.id) === false)
    .map((r) => ({ id: r.id, detail: ageOn(r.birthDate, env.today) }))
    .sort((a, b) => b.detail - a.detail || a.id - b.id);
}

const youth = membersGroup('cases', { turning18: 'birthday18', participationMissing: 'age' }, (env) => {
  const rows = young(env);
  return new Map([
    ['turning18', turning18(env, rows)],
    ['participationMissing', participationMissing(env, rows)],
  ]);
});

export const deadlinesGroups: Record<keyof typeof keys, GroupSpec> = {
  interimReplies,
  pendingDecisions,
  appeals,
  youth,
};
