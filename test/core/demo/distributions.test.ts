import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadCase } from '@core/cases/casesRepo';
import { createCore, createDemoRegister, type DemoLogin } from '@core/index';
import { openDatabase, type Db } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';
import { addDays, addMonths, isWorkingDay } from '@shared/domain/calendar';
import { defaultCaseRules } from '@shared/domain/case';
import { appealsOf, stepsOf } from '@shared/domain/caseSteps';
import { interimReplyOutcome } from '@shared/domain/deadlines';

import { TEST_KDF } from '../harness';

/**
 * The shapes of a generated register at a size where shares mean something (60 coordinators,
 * 2 000 cases, 2 000 rows of audit history): what the dashboards and the leadership report will
 * show on it should look like a KE's, not like uniform noise.
 */
const now = () => new Date('2027-03-01T10:00:00');
const today = '2027-03-01';
const AUDIT_ROWS = 2_000;

let dir: string;
let login: DemoLogin;
let db: Db;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'samordna-demo-shapes-'));
  login = await createDemoRegister(dir, {
    kdf: TEST_KDF,
    now,
    coordinators: 60,
    cases: 2_000,
    auditRows: AUDIT_ROWS,
  });
  const keyFile = readKeyFile(path.join(dir, 'samordna.keys'))!;
  const slot = keyFile.slots.find((s) => s.kind === 'user')!;
  db = openDatabase(
    path.join(dir, 'samordna.db'),
    (await unwrapKey(slot, login.password, keyFile.registerId))!,
  );
}, 60_000);

afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const caseIds = () => all<{ id: number }>('SELECT id FROM cases ORDER BY id').map((r) => r.id);

describe('a generated register has the shapes of a real one', () => {
  it('spreads cases over the last two years as applications arrive: working days, fewer in July', () => {
    const received = all<{ d: string }>('SELECT received_date AS d FROM cases').map((r) => r.d);
    expect(received.every((d) => d <= today && d >= addDays(today, -731))).toBe(true);
    // Every quarter of the two years has its share; the later year a little more than the first.
    for (let q = 0; q < 8; q++) {
      const from = addMonths(today, -3 * (q + 1));
      const inQuarter = received.filter((d) => d > from && d <= addMonths(today, -3 * q)).length;
      expect(inQuarter, `quarter ${q}`).toBeGreaterThan(received.length * 0.07);
    }
    const lastYear = received.filter((d) => d > addMonths(today, -12)).length;
    expect(lastYear).toBeGreaterThan(received.length - lastYear);
    const closedDays = received.filter((d) => !isWorkingDay(d)).length;
    expect(closedDays / received.length).toBeLessThan(0.06);
    const july = received.filter((d) => d.slice(5, 7) === '07').length / 2;
    expect(july).toBeLessThan((received.length / 24) * 0.7);
  });

  it('gives most coordinators few cases and a few many, one coordinator per person at a time', async () => {
    const core = createCore({ dataDir: dir, kdf: TEST_KDF, now });
    try {
      const r = await core.dispatch('session.login', login);
      expect(r.ok).toBe(true);
      const list = await core.dispatch('coordinators.list', {});
      if (!list.ok) throw new Error(list.error.code);
      const loads = (list.data as { active: boolean; caseload: number }[])
        .filter((c) => c.active)
        .map((c) => c.caseload)
        .sort((a, b) => b - a);
      const sum = loads.reduce((s, n) => s + n, 0);
      const median = loads[Math.floor(loads.length / 2)]!;
      // The busiest tenth hold about a third of the running cases; the median is well under the mean.
      const top = loads.slice(0, Math.ceil(loads.length / 10)).reduce((s, n) => s + n, 0);
      expect(top / sum, loads.join(' ')).toBeGreaterThan(0.25);
      expect(median, loads.join(' ')).toBeLessThan(0.75 * (sum / loads.length));
      expect(loads[0]!, loads.join(' ')).toBeGreaterThan(4 * median);
    } finally {
      core.close();
    }
    const twoRunning = all<{ n: number }>(
      `SELECT count(*) AS n FROM (SELECT person_id FROM appointments WHERE end_date IS NULL
         GROUP BY person_id HAVING count(*) > 1)`,
    );
    expect(twoRunning).toEqual([{ n: 0 }]);
  });

  it('has appeals on a few per cent of the cases, at every stage, and new decisions after those won', () => {
    const ids = caseIds();
    let appealed = 0;
    const stages = { awaitingReassessment: 0, notForwarded: 0, atGovernor: 0, governorDecided: 0, upheld: 0 };
    let won = 0;
    let decidedAgain = 0;
    for (const id of ids) {
      const record = loadCase(db, id)!;
      const appeals = stepsOf(record, 'appeal');
      if (appeals.length) appealed++;
      for (const decision of stepsOf(record, 'decision')) {
        for (const a of appealsOf(record, decision.id)) {
          // Received within the four weeks from the day the family was told.
          expect(a.receivedDate >= decision.notifiedDate!).toBe(true);
          expect(a.receivedDate <= addDays(decision.notifiedDate!, 28)).toBe(true);
          if (a.reassessment === null) stages.awaitingReassessment++;
          else if (a.reassessment === 'upheld') stages.upheld++;
          else if (a.forwardedDate === null) stages.notForwarded++;
          else if (a.governorOutcome === null) stages.atGovernor++;
          else stages.governorDecided++;
          const final = a.governorOutcome ?? (a.reassessment === 'upheld' ? 'upheld' : null);
          if (final === 'upheld' || final === 'partlyUpheld' || final === 'quashed') {
            won++;
            const on = a.governorOutcomeDate ?? a.reassessmentDate!;
            if (stepsOf(record, 'decision').some((d) => d.right === decision.right && d.decisionDate > on))
              decidedAgain++;
          }
        }
      }
    }
    expect(appealed / ids.length).toBeGreaterThan(0.02);
    expect(appealed / ids.length).toBeLessThan(0.08);
    // Waiting for the municipality (to reassess, or to send on what it did not uphold) is short,
    // so at this size there are a few such appeals, not necessarily of both kinds.
    const { awaitingReassessment, notForwarded, ...others } = stages;
    expect(awaitingReassessment + notForwarded, JSON.stringify(stages)).toBeGreaterThan(0);
    for (const [stage, n] of Object.entries(others)) expect(n, stage).toBeGreaterThan(0);
    expect(won).toBeGreaterThan(0);
    // All but those won in the last three weeks are decided again.
    expect(decidedAgain / won).toBeGreaterThan(0.8);
  });

  it('sends an interim reply on most cases not decided within a month, some late, some never', () => {
    const outcomes = new Map<string, number>();
    for (const id of caseIds()) {
      const outcome = interimReplyOutcome(loadCase(db, id)!, defaultCaseRules);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    const owed = ['sentInTime', 'sentLate', 'missed'].reduce((s, k) => s + (outcomes.get(k) ?? 0), 0);
    const summary = JSON.stringify(Object.fromEntries(outcomes));
    expect(owed, summary).toBeGreaterThan(300);
    expect(outcomes.get('sentInTime')! / owed, summary).toBeGreaterThan(0.65);
    expect(outcomes.get('sentInTime')! / owed, summary).toBeLessThan(0.92);
    expect(outcomes.get('sentLate'), summary).toBeGreaterThan(0);
    expect(outcomes.get('missed'), summary).toBeGreaterThan(0);
    expect(outcomes.get('notNeeded'), summary).toBeGreaterThan(0);
  });
});

describe('the generated audit history', () => {
  interface Row {
    id: number;
    at: string;
    username: string;
    action: string;
    entity: string;
    entity_id: string | null;
    fields: string;
  }

  it('verifies as one hash chain through core, in the order of time', async () => {
    const core = createCore({ dataDir: dir, kdf: TEST_KDF, now });
    try {
      expect((await core.dispatch('session.login', login)).ok).toBe(true);
      const verified = await core.dispatch('audit.verify', {});
      if (!verified.ok) throw new Error(verified.error.code);
      const total = all<{ n: number }>('SELECT count(*) AS n FROM audit')[0]!.n;
      expect(verified.data).toEqual({ ok: true, checked: total, firstBrokenId: null, anchor: null });
    } finally {
      core.close();
    }
    const rows = all<Row>('SELECT * FROM audit ORDER BY id');
    expect(rows.slice(1).every((r, i) => r.at >= rows[i]!.at)).toBe(true);
    // The history: all but the register's setup and its users, and the rows of now (the demo row
    // and the logins of these tests).
    const history = rows.filter(
      (r) => r.at < now().toISOString() && r.entity !== 'user' && r.action !== 'setup',
    );
    expect(history.length).toBe(AUDIT_ROWS);
  });

  it('holds the working days of the demo users: sessions of reads and changes naming cases', () => {
    const rows = all<Row>(
      "SELECT * FROM audit WHERE entity NOT IN ('user', 'demo') AND action != 'setup' AND at < ? ORDER BY id",
      now().toISOString(),
    );
    const first = new Date(rows[0]!.at);
    const last = new Date(rows.at(-1)!.at);
    expect(last.getTime() - first.getTime()).toBeGreaterThan(1.8 * 365 * 86_400_000);
    for (const r of rows) {
      const at = new Date(r.at);
      const minutes = at.getHours() * 60 + at.getMinutes();
      expect(minutes >= 7 * 60 + 45 && minutes <= 15 * 60 + 45, r.at).toBe(true);
    }
    const users = all<{ username: string; role: string }>('SELECT username, role FROM users');
    expect(users.filter((u) => u.role === 'saksbehandler').length).toBeGreaterThanOrEqual(2);
    const byUser = new Map<string, Row[]>();
    for (const r of rows) byUser.set(r.username, [...(byUser.get(r.username) ?? []), r]);
    for (const u of users) expect(byUser.get(u.username)?.length ?? 0, u.username).toBeGreaterThan(0);
    // A leder sees counts only, which are not logged: their rows are logins and logouts.
    const leder = users.find((u) => u.role === 'leder')!;
    expect(byUser.get(leder.username)!.every((r) => r.entity === 'session')).toBe(true);

    const actions = new Map<string, number>();
    for (const r of rows) actions.set(r.action, (actions.get(r.action) ?? 0) + 1);
    expect(actions.get('login')).toBeGreaterThan(100);
    expect(actions.get('read')!).toBeGreaterThan(rows.length * 0.3);
    for (const change of ['step_create', 'appointment_create', 'meeting_create', 'create'])
      expect(actions.get(change), change).toBeGreaterThan(10);

    // A row naming a case comes on or after the day the case was received.
    const received = new Map(
      all<{ id: number; d: string }>('SELECT id, received_date AS d FROM cases').map((c) => [
        String(c.id),
        c.d,
      ]),
    );
    const onCases = rows.filter((r) => r.entity === 'case' && r.entity_id !== null);
    expect(onCases.length).toBeGreaterThan(rows.length * 0.4);
    for (const r of onCases) {
      const d = new Date(r.at);
      const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      expect(day >= received.get(r.entity_id!)!, `${r.action} on case ${r.entity_id} at ${r.at}`).toBe(true);
    }
  });
});
