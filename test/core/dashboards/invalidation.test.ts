import { describe, expect, it } from 'vitest';

import type { ChangeKind } from '@core/audit/changes';
import { DASHBOARD_FEEDS } from '@core/dashboards/dashboardFeeds';
import { dashboardKeys, type Dashboard, type DashboardKey } from '@shared/api/dashboards';

import { ADMIN, type TestCore } from '../harness';
import { fixtureRegister, type Fixture } from './fixtureRegister';

type All = Map<DashboardKey, Dashboard>;

async function every(core: TestCore): Promise<All> {
  const all: All = new Map();
  for (const key of dashboardKeys) all.set(key, await core.ok('dashboards.get', { dashboard: key }));
  return all;
}

/** Counted from nothing kept: a new login opens the register anew, and core keeps nothing across. */
async function counted(core: TestCore): Promise<All> {
  await core.ok('session.logout', {});
  await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
  return every(core);
}

/** One change of each kind, made through core as a user makes it. */
const CHANGES: [ChangeKind, (f: Fixture) => Promise<unknown>][] = [
  [
    'plan',
    // Hilde's family no longer wants a plan.
    async ({ core, cases }) => {
      const { plan } = await core.ok('plans.get', { caseId: cases.h1! });
      await core.ok('plans.save', { caseId: cases.h1!, plan: { ...plan!, wanted: false } });
    },
  ],
  [
    'case',
    // A reply sent (late) for I1: it is no longer owed.
    ({ core, cases }) =>
      core.ok('cases.recordStep', {
        caseId: cases.i1!,
        step: {
          kind: 'interimReply',
          sentDate: '2027-06-15',
          reason: 'Venter på vedtak',
          expectedDate: '2027-07-01',
        },
      }),
  ],
  [
    'appointment',
    // Anne's C1 ends today with nobody after: a case without a coordinator, one case less for Anne.
    async ({ core, cases }) => {
      const before = await core.ok('cases.get', { id: cases.c1! });
      await core.ok('appointments.end', {
        caseId: cases.c1!,
        appointmentId: before.coordination.current!.id,
        endDate: '2027-06-15',
        endReason: 'coordinatorLeft',
      });
    },
  ],
  [
    'training',
    // Dag completes the basic course.
    async ({ core, k }) => {
      const { courses } = await core.ok('training.overview', {});
      const basic = courses.find((c) => c.name === 'Grunnopplæring for koordinatorer')!.id;
      await core.ok('training.recordCompletion', {
        coordinatorId: k.dag,
        courseId: basic,
        date: '2027-06-14',
      });
    },
  ],
  [
    'coordinator',
    // Ida's capacity is taken off.
    async ({ core, k }) => {
      const ida = (await core.ok('coordinators.list', {})).find((c) => c.id === k.ida)!;
      await core.ok('coordinators.update', { ...ida, capacity: null });
    },
  ],
  [
    'person',
    // Ingrid's birth date moves two years back: she is in the participation ages, not heard.
    async ({ core, cases }) => {
      const { person } = await core.ok('cases.get', { id: cases.i1! });
      await core.ok('persons.update', { ...person, birthDate: '2011-04-04', nationalId: null });
    },
  ],
];

const groupsOf = (d: Dashboard) => new Map(d.groups.map((g) => [g.key, g.figures]));

describe('a change recounts only the figures its kind of record feeds', () => {
  it.each(CHANGES)(
    'after a change of kind %s, every figure is right',
    async (kind, change) => {
      const fixture = await fixtureRegister();
      const before = await every(fixture.core);
      await change(fixture);
      const after = await every(fixture.core);
      // What is kept is what a count from nothing gives, fed or not.
      expect(after).toEqual(await counted(fixture.core));

      const recounted: string[] = [];
      const moved: string[] = [];
      for (const key of dashboardKeys) {
        const was = groupsOf(before.get(key)!);
        for (const [group, figures] of groupsOf(after.get(key)!)) {
          const name = `${key}/${group}`;
          if (figures !== was.get(group)) recounted.push(name);
          if (JSON.stringify(figures) !== JSON.stringify(was.get(group))) moved.push(name);
        }
      }
      const fed = dashboardKeys.flatMap((key) =>
        Object.entries(DASHBOARD_FEEDS[key] as Record<string, readonly ChangeKind[]>)
          .filter(([, kinds]) => kinds.includes(kind))
          .map(([group]) => `${key}/${group}`),
      );
      // Exactly the groups the kind feeds were counted again, and every group that moved is one.
      expect(recounted.sort()).toEqual(fed.sort());
      expect(moved.filter((g) => !fed.includes(g))).toEqual([]);
      expect(moved.length).toBeGreaterThan(0);
    },
    60_000,
  );
});
