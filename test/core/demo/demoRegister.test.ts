import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { caseAppointments, personAppointmentPeriods } from '@core/appointments/appointmentsRepo';
import { loadCase } from '@core/cases/casesRepo';
import { createDemoRegister, type DemoLogin } from '@core/index';
import { planGoals } from '@core/plans/planGoalsRepo';
import { findPlan, planMeetings, planMembers } from '@core/plans/plansRepo';
import { refreshExpired } from '@core/plans/planSummaries';
import { getSetting } from '@core/settings/settingsRepo';
import { openDatabase, type Db } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';
import { daysBetween } from '@shared/domain/calendar';
import { closingInForce } from '@shared/domain/caseSteps';
import { appointmentHistory, appointmentProblems, grantedRoles } from '@shared/domain/coordination';
import {
  goalProblems,
  ipGrantedFrom,
  measureProblems,
  meetingProblems,
  planProblems,
} from '@shared/domain/planOverview';

import { newCore, tempDir, TEST_KDF } from '../harness';

const now = () => new Date('2027-03-01T10:00:00');
const today = '2027-03-01';

async function demo(options: { seed?: number; coordinators: number; cases: number }) {
  const dataDir = tempDir();
  const login = await createDemoRegister(dataDir, { kdf: TEST_KDF, now, ...options });
  return { dataDir, login };
}

/** The demo register's database opened directly with the demo user's key. */
async function withDemoDb<T>(dataDir: string, login: DemoLogin, use: (db: Db) => T): Promise<T> {
  const keyFile = readKeyFile(path.join(dataDir, 'samordna.keys'))!;
  const slot = keyFile.slots.find((s) => s.kind === 'user')!;
  const key = (await unwrapKey(slot, login.password, keyFile.registerId))!;
  const db = openDatabase(path.join(dataDir, 'samordna.db'), key);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

describe('the demo register: coordinators at work', () => {
  it('keeps the rules core enforces on every generated appointment', async () => {
    const { dataDir, login } = await demo({ coordinators: 60, cases: 1_500 });
    await withDemoDb(dataDir, login, (db) => {
      // No person ever has two coordinators on one day (the end day is the handover day).
      const overlapping = db
        .prepare(
          `SELECT COUNT(*) AS n FROM appointments a JOIN appointments b
             ON a.person_id = b.person_id AND a.id < b.id
           WHERE (a.end_date IS NULL OR b.start_date < a.end_date)
             AND (b.end_date IS NULL OR a.start_date < b.end_date)`,
        )
        .get() as { n: number };
      expect(overlapping.n).toBe(0);
      const backwards = db
        .prepare('SELECT COUNT(*) AS n FROM appointments WHERE end_date < start_date')
        .get() as {
        n: number;
      };
      expect(backwards.n).toBe(0);
      // An inactive coordinator holds nothing running: core refuses to deactivate one who does.
      const inactiveRunning = db
        .prepare(
          `SELECT COUNT(*) AS n FROM appointments a JOIN coordinators k ON k.id = a.coordinator_id
           WHERE k.active = 0 AND (a.end_date IS NULL OR a.end_date > ?)`,
        )
        .get(today) as { n: number };
      expect(inactiveRunning.n).toBe(0);

      const caseIds = (
        db.prepare('SELECT DISTINCT case_id AS id FROM appointments').all() as { id: number }[]
      ).map((r) => r.id);
      expect(caseIds.length).toBeGreaterThan(300);
      for (const caseId of caseIds) {
        const record = loadCase(db, caseId)!;
        const closing = closingInForce(record);
        // A closed case is checked as it stood before its closing, and holds nothing after it.
        const asAppointed = closing ? { steps: record.steps.filter((s) => s.kind !== 'closing') } : record;
        const appointments = caseAppointments(db, caseId);
        const others = personAppointmentPeriods(db, record.personId);
        for (const a of appointments) {
          const problems = appointmentProblems(
            asAppointed,
            others.filter((o) => o.id !== a.id),
            a,
            today,
          );
          expect(problems, `appointment ${a.id} on case ${caseId}`).toEqual({});
          if (closing) expect(a.endDate !== null && a.endDate <= closing.date, `case ${caseId}`).toBe(true);
        }
      }
    });
  });

  it('mixes training states, caseloads, changes and cases still waiting for a coordinator', async () => {
    const { dataDir, login } = await demo({ coordinators: 60, cases: 1_500 });
    const core = newCore({ dataDir, now });
    await core.ok('session.login', login);
    const pool = (await core.ok('coordinators.list', {})).filter((c) => c.active);
    const states = new Map<string, number>();
    for (const c of pool) states.set(c.training.state, (states.get(c.training.state) ?? 0) + 1);
    expect([...states.keys()].sort()).toEqual(['expired', 'expiresSoon', 'never', 'trained']);
    expect(states.get('trained')!).toBeGreaterThan(pool.length / 2);
    const loads = pool.map((c) => c.caseload).sort((a, b) => a - b);
    expect(loads.at(-1)!).toBeGreaterThan(3 * loads[Math.floor(loads.length / 2)]!);
    const withCapacity = pool.filter((c) => c.capacity !== null);
    expect(withCapacity.length).toBeGreaterThan(pool.length / 2);
    const over = withCapacity.filter((c) => c.caseload > c.capacity!);
    expect(over.length).toBeGreaterThan(0);
    expect(over.length).toBeLessThan(withCapacity.length * 0.15);

    const { sessions, guidance } = await core.ok('training.overview', {});
    expect(sessions.filter((s) => s.date <= today).length).toBeGreaterThanOrEqual(6);
    expect(sessions.filter((s) => s.date > today).map((s) => s.attendeeCount)).toEqual([0]);
    expect(guidance.length).toBeGreaterThan(15);
    expect(guidance.every((g) => g.coordinatorIds.length >= 2 && g.coordinatorIds.length <= 6)).toBe(true);

    await withDemoDb(dataDir, login, (db) => {
      const singles = db
        .prepare('SELECT COUNT(*) AS n FROM training_completions WHERE session_id IS NULL')
        .get() as { n: number };
      expect(singles.n).toBeGreaterThan(0);
      let owed = 0;
      let waiting = 0;
      let appointed = 0;
      let oneChange = 0;
      let moreChanges = 0;
      const ids = (db.prepare("SELECT id FROM cases WHERE status != 'closed'").all() as { id: number }[]).map(
        (r) => r.id,
      );
      for (const id of ids) {
        const granted = grantedRoles(loadCase(db, id)!);
        if (!granted.length) continue;
        owed++;
        const history = appointmentHistory(caseAppointments(db, id), granted);
        if (!history.length) {
          waiting++;
          continue;
        }
        appointed++;
        // Appointed within a month of the decision; handed over after a gap of at most 20 days.
        expect(daysBetween(granted[0]!.from, history[0]!.startDate)).toBeLessThanOrEqual(30);
        expect(history.slice(1).every((a) => a.daysWithout !== null && a.daysWithout <= 20)).toBe(true);
        const changes = history.filter((a) => a.isChange).length;
        if (changes === 1) oneChange++;
        if (changes >= 2) moreChanges++;
      }
      expect(waiting / owed).toBeGreaterThan(0.05);
      expect(waiting / owed).toBeLessThan(0.2);
      expect(oneChange / appointed).toBeGreaterThan(0.1);
      expect(oneChange / appointed).toBeLessThan(0.22);
      expect(moreChanges / appointed).toBeGreaterThan(0.01);
      expect(moreChanges / appointed).toBeLessThan(0.06);
    });
  });

  it('gives the same coordination data for the same seed', async () => {
    const dump = async (seed: number) => {
      const { dataDir, login } = await demo({ seed, coordinators: 40, cases: 150 });
      return withDemoDb(dataDir, login, (db) =>
        [
          'appointments',
          'training_sessions',
          'training_completions',
          'guidance_participants',
          'coordinators',
        ].map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()),
      );
    };
    const first = await dump(7);
    expect(await dump(7)).toEqual(first);
    expect(await dump(8)).not.toEqual(first);
  });
});

describe('the demo register: individual plans', () => {
  it('comes with every plan summary stored as derived with the rules in force: its first read derives none again', async () => {
    const { dataDir, login } = await demo({ coordinators: 20, cases: 300 });
    await withDemoDb(dataDir, login, (db) => {
      const derivedWith = getSetting(db, 'plan.summariesDerivedWith');
      expect(derivedWith).not.toBeNull();
      const expired = db
        .prepare('SELECT count(*) AS n FROM plan_summaries WHERE valid_until <= ?')
        .get(today);
      expect(expired).toEqual({ n: 0 });
      expect(
        (db.prepare('SELECT count(*) AS n FROM plan_summaries').get() as { n: number }).n,
      ).toBeGreaterThan(0);
      refreshExpired(db, today);
      expect(getSetting(db, 'plan.summariesDerivedWith')).toBe(derivedWith);
    });
  });

  it('keeps the rules core enforces on every generated plan, goal, measure, member and meeting', async () => {
    const { dataDir, login } = await demo({ coordinators: 40, cases: 600 });
    await withDemoDb(dataDir, login, (db) => {
      const caseIds = (db.prepare('SELECT case_id AS id FROM plans').all() as { id: number }[]).map(
        (r) => r.id,
      );
      expect(caseIds.length).toBeGreaterThan(100);
      const units = new Set(
        (db.prepare('SELECT id FROM service_units').all() as { id: number }[]).map((r) => r.id),
      );
      for (const caseId of caseIds) {
        const record = loadCase(db, caseId)!;
        const earliest = ipGrantedFrom(record);
        expect(earliest, `case ${caseId} has a plan without a granted IP right`).not.toBeNull();
        const closing = closingInForce(record)?.date ?? today;
        const plan = findPlan(db, caseId)!;
        expect(planProblems(plan, earliest!, today), `plan of case ${caseId}`).toEqual({});
        for (const d of [plan.periodStart, plan.lastEvaluationDate, plan.closedDate])
          if (d !== null && d <= today)
            expect(d <= closing, `case ${caseId}: ${d} after its closing`).toBe(true);
        const members = planMembers(db, plan.id);
        for (const m of members)
          expect(m.kind === 'service', `member ${m.id}`).toBe(
            m.serviceUnitId !== null && units.has(m.serviceUnitId),
          );
        for (const g of planGoals(db, plan.id)) {
          expect(goalProblems(g, earliest!, today), `goal ${g.id}`).toEqual({});
          for (const m of g.measures) {
            expect(measureProblems(m, earliest!), `measure ${m.id}`).toEqual({});
            if (m.serviceUnitId !== null) expect(units.has(m.serviceUnitId)).toBe(true);
          }
        }
        const memberIds = new Set(members.map((m) => m.id));
        for (const m of planMeetings(db, plan.id)) {
          expect(meetingProblems(m, earliest!, today), `meeting ${m.id}`).toEqual({});
          expect(m.date <= closing, `meeting ${m.id} after the closing of case ${caseId}`).toBe(true);
          expect(m.participantIds.every((id) => memberIds.has(id))).toBe(true);
        }
      }
    });
  });

  it('shows plans at every status, with every kind of warning, and some still to start', async () => {
    const { dataDir, login } = await demo({ coordinators: 40, cases: 600 });
    const core = newCore({ dataDir, now });
    await core.ok('session.login', login);
    const list = await core.ok('plans.list', { limit: 500 });
    expect(list.toStart).toBeGreaterThan(0);
    for (const [status, n] of Object.entries(list.statusCounts)) expect(n, status).toBeGreaterThan(0);
    const kinds = new Set(list.rows.flatMap((r) => r.warnings.map((w) => w.kind)));
    expect([...kinds].sort()).toEqual(
      [
        'revisionOverdue',
        'evaluationOverdue',
        'fewMeetings',
        'measureOverdue',
        'planConsentMissing',
        'planConsentWithdrawn',
        'planConsentExpired',
        'planWithoutCoordinator',
      ].sort(),
    );
    // Most plans are running, and most running plans are not in trouble on every count.
    expect(list.rows.filter((r) => r.warnings.length === 0).length).toBeGreaterThan(0);
    const areas = await withDemoDb(dataDir, login, (db) =>
      db.prepare('SELECT count(DISTINCT area) AS n FROM plan_goals').get(),
    );
    expect(areas).toEqual({ n: 9 });

    // The list derives from a few set-based queries, the page from the plan in full: they agree.
    for (const row of list.rows) {
      const page = await core.ok('plans.get', { caseId: row.caseId });
      expect(
        {
          status: row.status,
          progress: row.progress,
          warnings: row.warnings,
          lastEvaluation: row.lastEvaluation,
        },
        `case ${row.caseId}`,
      ).toEqual({
        status: page.overview!.status,
        progress: page.overview!.progress,
        warnings: page.overview!.warnings,
        lastEvaluation: page.overview!.lastEvaluation,
      });
      expect(row.coordinatorName).toBe(page.coordinator?.name ?? null);
    }
  });

  it('gives the same plans for the same seed', async () => {
    const dump = async (seed: number) => {
      const { dataDir, login } = await demo({ seed, coordinators: 20, cases: 150 });
      return withDemoDb(dataDir, login, (db) =>
        [
          'plans',
          'plan_goals',
          'plan_measures',
          'plan_members',
          'plan_meetings',
          'plan_meeting_participants',
        ].map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()),
      );
    };
    const first = await dump(7);
    expect(await dump(7)).toEqual(first);
    expect(await dump(8)).not.toEqual(first);
  });
});
