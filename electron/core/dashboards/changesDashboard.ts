import { dashboardGroups } from '@shared/api/dashboards';
import { daysBetween } from '@shared/domain/calendar';
import type { EndReason } from '@shared/domain/coordination';

import { CHANGES } from './dashboardSql';
import {
  bucketed,
  caseMembersGroup,
  emptySets,
  memoised,
  ofCases,
  type Env,
  type GroupSpec,
  type Member,
} from './figures';

/**
 * Koordinatorbytter: a change is an appointment that ended in the period for any reason but the
 * case closing. The family and the partners are told of a change on the appointment that comes
 * next (its notification dates), so a change nobody has taken over yet has no one to be told
 * about: it shows among the gaps, not among "not informed".
 */

const keys = dashboardGroups.changes;

interface Change {
  id: number;
  caseId: number;
  endDate: string;
  reason: EndReason;
  closedDate: string | null;
  nextStart: string | null;
  familyNotified: string | null;
  partnersNotified: string | null;
}

/** The changes in the period (of the cases in `ids` alone, when given). */
function changesIn(env: Env, ids?: readonly number[]): Change[] {
  const period = { from: env.period!.from, to: env.period!.to };
  const read = () =>
    (ids
      ? env.db.prepare(ofCases(CHANGES, 'a.case_id')).all({ ...period, ids: JSON.stringify(ids) })
      : env.db.prepare(CHANGES).all(period)) as Change[];
  return memoised(env, `changes${ids ? JSON.stringify(ids) : ''}`, () =>
    read().sort((a, b) => b.endDate.localeCompare(a.endDate) || a.id - b.id),
  );
}

const asRow = (c: Change): Member => ({ id: c.caseId, detail: c.endDate });

/** Newest first: one row per change. */
const reasons = caseMembersGroup('endDate', (env, ids) =>
  bucketed(keys.reasons, changesIn(env, ids), (c) => c.reason, asRow),
);

function followUpSets(env: Env, ids?: readonly number[]): Map<string, Member[]> {
  const changes = changesIn(env, ids);
  const sets = emptySets(keys.followUp);
  const perCase = new Map<number, number>();
  for (const c of changes) perCase.set(c.caseId, (perCase.get(c.caseId) ?? 0) + 1);
  sets.set(
    'casesWithTwoOrMore',
    [...perCase]
      .filter(([, n]) => n >= 2)
      .map(([id, n]) => ({ id, detail: n }))
      .sort((a, b) => b.detail - a.detail || a.id - b.id),
  );
  // The longest untold first.
  const oldestFirst = [...changes].reverse();
  sets.set(
    'familyNotInformed',
    oldestFirst.filter((c) => c.nextStart !== null && c.familyNotified === null).map(asRow),
  );
  sets.set(
    'partnersNotInformed',
    oldestFirst.filter((c) => c.nextStart !== null && c.partnersNotified === null).map(asRow),
  );
  return sets;
}

const followUp = caseMembersGroup(
  { casesWithTwoOrMore: 'changes', familyNotInformed: 'endDate', partnersNotInformed: 'endDate' },
  followUpSets,
);

/**
 * Days the case went without a coordinator after the change: until the next start (0 for a
 * handover on the same day), else until the case was closed, else until today.
 */
function daysWithout(c: Change, today: string): number {
  const until = c.nextStart ?? (c.closedDate !== null && c.closedDate < today ? c.closedDate : today);
  return Math.max(0, daysBetween(c.endDate, until));
}

const gaps = caseMembersGroup('daysWithout', (env, ids) =>
  bucketed(
    keys.gaps,
    changesIn(env, ids)
      .map((c) => ({ id: c.caseId, days: daysWithout(c, env.today) }))
      .sort((a, b) => b.days - a.days || a.id - b.id),
    ({ days }) => (days === 0 ? 'sameDay' : days <= 7 ? 'days1to7' : days <= 30 ? 'days8to30' : 'over30'),
    ({ id, days }) => ({ id, detail: days }),
  ),
);

export const changesGroups: Record<keyof typeof keys, GroupSpec> = { reasons, followUp, gaps };
