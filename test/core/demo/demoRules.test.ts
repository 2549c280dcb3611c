import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { caseAppointments, personAppointmentPeriods } from '@core/appointments/appointmentsRepo';
import { checkCaseFields, checkStep } from '@core/cases/caseChecks';
import { loadCase } from '@core/cases/casesRepo';
import { listCoordinators } from '@core/coordinators/coordinatorsRepo';
import { stagesOfAppeals } from '@core/demo/coverage';
import { firstNameGender } from '@core/demo/generate';
import { CoreError } from '@core/errors';
import { createDemoRegister } from '@core/index';
import { casesOfPerson, findPerson } from '@core/persons/personsRepo';
import { planGoals } from '@core/plans/planGoalsRepo';
import { findPlan, planMeetings, planMembers } from '@core/plans/plansRepo';
import { caseRules } from '@core/settings/rulesInForce';
import { openDatabase, type Db } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';
import { appointmentFields, appointmentEnd } from '@shared/api/appointments';
import { appealStages as listedAppealStages, caseFields, stepInput } from '@shared/api/cases';
import { coordinatorInput } from '@shared/api/coordinators';
import { personInput } from '@shared/api/persons';
import { goalInput, measureInput, meetingInput, memberInput, planFieldsInput } from '@shared/api/plans';
import { serviceUnitInput } from '@shared/api/serviceUnits';
import { completionInput, courseInput, guidanceInput, sessionInput } from '@shared/api/training';
import { newUserInput } from '@shared/api/users';
import { ageOn, birthdayAt } from '@shared/domain/calendar';
import {
  caseStatuses,
  governorOutcomes,
  reassessmentOutcomes,
  type CaseRecord,
  type Person,
} from '@shared/domain/case';
import { checkPersonDates } from '@shared/domain/caseDates';
import { appealStage } from '@shared/domain/caseOutcomes';
import { caseStatus } from '@shared/domain/caseStatus';
import { closingInForce, stepsOf } from '@shared/domain/caseSteps';
import { appointmentProblems } from '@shared/domain/coordination';
import { checkNationalId } from '@shared/domain/nationalId';
import {
  goalProblems,
  ipGrantedFrom,
  measureProblems,
  meetingProblems,
  planProblems,
} from '@shared/domain/planOverview';

import { TEST_KDF } from '../harness';

/**
 * The demo register against the app's own rules: every record it generates is put through the
 * schemas and checks the app uses for what a user types in (persons, cases and their steps in the
 * order of their dates, coordinators, appointments, plans), and through the sense a KE worker
 * expects of it (no event after today, guardians and kindergarten only for children, a mother
 * with a woman's name). Run at the default size for a few seeds, at 06:30 in the morning (the
 * demo may be started before the working day).
 */
const now = () => new Date('2027-03-10T06:30:00');
const today = '2027-03-10';
const SEEDS = [2026, 7, 4711];

interface Opened {
  dir: string;
  db: Db;
}

async function openDemo(seed: number, size = { cases: 150, coordinators: 40 }): Promise<Opened> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-demo-rules-'));
  const login = await createDemoRegister(dir, { kdf: TEST_KDF, now, seed, ...size });
  const keyFile = readKeyFile(path.join(dir, 'samordna.keys'))!;
  const slot = keyFile.slots.find((s) => s.kind === 'user')!;
  const key = (await unwrapKey(slot, login.password, keyFile.registerId))!;
  return { dir, db: openDatabase(path.join(dir, 'samordna.db'), key) };
}

const all = <T>(db: Db, sql: string) => db.prepare(sql).all() as T[];
const ids = (db: Db, table: string) =>
  all<{ id: number }>(db, `SELECT id FROM ${table} ORDER BY id`).map((r) => r.id);

/** The field errors core would answer with, or {} when core accepts. */
function refusal(check: () => void): Record<string, string> {
  try {
    check();
    return {};
  } catch (error) {
    if (error instanceof CoreError) return error.fields ?? { code: error.code };
    throw error;
  }
}

/** The schema's complaints, by path, or {} when it parses. */
function schemaProblems(
  schema: {
    safeParse(v: unknown): {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  value: unknown,
) {
  const result = schema.safeParse(value);
  return result.success
    ? {}
    : Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
}

/** A person is a child while under 18 (deriveCase's ageConditionMet); one not yet born is too. */
const childOn = (person: Person, day: string) =>
  person.birthDate === null || ageOn(person.birthDate, day) < 18;

/** The first name's gender in the demo's own name lists. */
const genderOf = (name: string) => firstNameGender(name.split(' ')[0]!);

/** A fødselsnummer's individual number ends in an odd digit for a man, an even one for a woman. */
const numberGender = (nationalId: string) => (Number(nationalId[8]) % 2 === 1 ? 'male' : 'female');

describe.each(SEEDS)('the demo register of seed %i passes the app’s own rules', (seed) => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openDemo(seed);
  }, 60_000);
  afterAll(() => {
    opened?.db.close();
    if (opened) rmSync(opened.dir, { recursive: true, force: true });
  });

  it('every person passes the person form and core: a valid synthetic fødselsnummer of their birth date and gender', () => {
    const { db } = opened;
    for (const id of ids(db, 'persons')) {
      const person = findPerson(db, id)!;
      const where = `person ${id} (${person.name})`;
      expect(schemaProblems(personInput, person), where).toEqual({});
      const firstReceived =
        casesOfPerson(db, id)
          .map((c) => c.receivedDate)
          .sort()[0] ?? null;
      expect(checkPersonDates(person, today, firstReceived), where).toEqual({});
      if (person.nationalId !== null) {
        const check = checkNationalId(person.nationalId, { allowSynthetic: true });
        expect(check, where).toMatchObject({ ok: true, kind: 'synthetic', birthDate: person.birthDate });
        expect(numberGender(person.nationalId), where).toBe(genderOf(person.name));
      }
    }
  });

  it('every case and every step passes the checks core makes, entered in the order of their dates', () => {
    const { db } = opened;
    for (const id of ids(db, 'cases')) {
      const record = loadCase(db, id)!;
      const person = findPerson(db, record.personId)!;
      const where = `case ${record.caseNumber}`;
      const fields = caseFields.safeParse(record);
      expect(schemaProblems(caseFields, record), where).toEqual({});
      expect(
        refusal(() => checkCaseFields(db, fields.data!, today, person)),
        where,
      ).toEqual({});
      // Each step as a new step on the case as it stood before it (the record is in date order).
      record.steps.forEach((step, i) => {
        const before: CaseRecord = { ...record, steps: record.steps.slice(0, i) };
        const { id: _id, ...typed } = step;
        const parsed = stepInput.safeParse(typed);
        expect(schemaProblems(stepInput, typed), `${where}, ${step.kind} ${step.id}`).toEqual({});
        expect(
          refusal(() => checkStep(db, before, person, parsed.data!, today)),
          `${where}, ${step.kind} ${step.id}`,
        ).toEqual({});
      });
    }
  });

  it('every coordinator, appointment and plan passes the forms’ schemas and core’s checks', () => {
    const { db } = opened;
    for (const c of listCoordinators(db))
      expect(schemaProblems(coordinatorInput, c), `coordinator ${c.id}`).toEqual({});
    for (const caseId of ids(db, 'cases')) {
      const record = loadCase(db, caseId)!;
      const closing = closingInForce(record);
      const asAppointed = closing ? { steps: record.steps.filter((s) => s.kind !== 'closing') } : record;
      const others = personAppointmentPeriods(db, record.personId);
      for (const a of caseAppointments(db, caseId)) {
        const where = `appointment ${a.id} on case ${record.caseNumber}`;
        expect(schemaProblems(appointmentFields, a), where).toEqual({});
        if (a.endDate !== null) expect(schemaProblems(appointmentEnd, a), where).toEqual({});
        const rest = others.filter((o) => o.id !== a.id);
        expect(appointmentProblems(asAppointed, rest, a, today), where).toEqual({});
      }
      const plan = findPlan(db, caseId);
      if (!plan) continue;
      const earliest = ipGrantedFrom(record)!;
      const where = `plan of case ${record.caseNumber}`;
      expect(schemaProblems(planFieldsInput, plan), where).toEqual({});
      expect(planProblems(plan, earliest, today), where).toEqual({});
      for (const g of planGoals(db, plan.id)) {
        expect(schemaProblems(goalInput, g), `${where}, goal ${g.id}`).toEqual({});
        expect(goalProblems(g, earliest, today), `${where}, goal ${g.id}`).toEqual({});
        for (const m of g.measures) {
          expect(schemaProblems(measureInput, m), `${where}, measure ${m.id}`).toEqual({});
          expect(measureProblems(m, earliest), `${where}, measure ${m.id}`).toEqual({});
        }
      }
      for (const m of planMembers(db, plan.id))
        expect(schemaProblems(memberInput, m), `${where}, member ${m.id}`).toEqual({});
      for (const m of planMeetings(db, plan.id)) {
        expect(schemaProblems(meetingInput, m), `${where}, meeting ${m.id}`).toEqual({});
        expect(meetingProblems(m, earliest, today), `${where}, meeting ${m.id}`).toEqual({});
      }
    }
  });

  it('every service unit, user, course, training session, completion and guidance passes the forms’ schemas', () => {
    const { db } = opened;
    const flag = (v: number) => v === 1;
    for (const u of all<{ name: string; active: number }>(db, 'SELECT name, active FROM service_units'))
      expect(schemaProblems(serviceUnitInput, { ...u, active: flag(u.active) }), u.name).toEqual({});
    const staff = newUserInput.omit({ password: true });
    for (const u of all<object>(db, 'SELECT username, display_name AS displayName, role FROM users'))
      expect(schemaProblems(staff, u), JSON.stringify(u)).toEqual({});
    const courses = all<{ name: string; required: number; active: number }>(
      db,
      'SELECT name, provider, type, validity_months AS validityMonths, required, active FROM courses',
    );
    for (const c of courses)
      expect(
        schemaProblems(courseInput, { ...c, required: flag(c.required), active: flag(c.active) }),
        c.name,
      ).toEqual({});
    const attendees = (sessionId: number) =>
      all<{ id: number }>(
        db,
        `SELECT coordinator_id AS id FROM training_completions WHERE session_id = ${sessionId}`,
      ).map((r) => r.id);
    for (const s of all<{ id: number; date: string }>(
      db,
      'SELECT id, course_id AS courseId, date, place, note FROM training_sessions',
    )) {
      const session = { ...s, attendeeIds: attendees(s.id) };
      expect(schemaProblems(sessionInput, session), `session ${s.id}`).toEqual({});
      // Core refuses attendees of a session that has not been held.
      if (s.date > today) expect(session.attendeeIds, `session ${s.id}`).toEqual([]);
    }
    for (const c of all<object>(
      db,
      `SELECT coordinator_id AS coordinatorId, course_id AS courseId, date, note
         FROM training_completions WHERE session_id IS NULL`,
    ))
      expect(schemaProblems(completionInput, c), JSON.stringify(c)).toEqual({});
    for (const g of all<{ id: number }>(db, 'SELECT id, date, topic, note FROM guidance_sessions')) {
      const coordinatorIds = all<{ id: number }>(
        db,
        `SELECT coordinator_id AS id FROM guidance_participants WHERE session_id = ${g.id}`,
      ).map((r) => r.id);
      expect(schemaProblems(guidanceInput, { ...g, coordinatorIds }), `guidance ${g.id}`).toEqual({});
    }
  });

  it('dates nothing after today but what is planned, and records nothing after now', () => {
    const { db } = opened;
    // What may lie ahead: a plan's period and revision, targets and due dates, the next meeting,
    // the next training session, a child's due date. Every other date is of something that happened.
    const planned = new Set([
      'persons.due_date',
      'plans.period_start',
      'plans.period_end',
      'plans.next_revision_date',
      'plan_goals.target_date',
      'plan_measures.due_date',
      'plan_meetings.next_meeting_date',
      'training_sessions.date',
    ]);
    const tables = all<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    const checked: string[] = [];
    for (const { name } of tables) {
      for (const { name: column } of all<{ name: string }>(db, `PRAGMA table_info(${name})`)) {
        const key = `${name}.${column}`;
        const isDate = column === 'date' || column.endsWith('_date');
        const isStamp = column.endsWith('_at');
        if ((!isDate && !isStamp) || planned.has(key)) continue;
        checked.push(key);
        const limit = isDate ? today : now().toISOString();
        const late = all<{ v: string }>(
          db,
          `SELECT ${column} AS v FROM ${name} WHERE ${column} > ?`.replace('?', `'${limit}'`),
        );
        expect(
          late.map((r) => r.v),
          key,
        ).toEqual([]);
      }
    }
    expect(checked).toContain('appointments.family_notified_date');
    expect(checked).toContain('case_steps.date');
  });

  it('gives guardians, a guardian’s consent, kindergarten and childhood goals to children only', () => {
    const { db } = opened;
    const units = new Map(
      all<{ id: number; name: string }>(db, 'SELECT id, name FROM service_units').map((u) => [u.id, u.name]),
    );
    const kindergarten = (unitId: number | null) => unitId !== null && units.get(unitId) === 'Barnehagen';
    const rules = caseRules(db);
    for (const id of ids(db, 'cases')) {
      const record = loadCase(db, id)!;
      const person = findPerson(db, record.personId)!;
      const where = `case ${record.caseNumber}, born ${person.birthDate}, received ${record.receivedDate}`;
      const child = childOn(person, record.receivedDate);
      // Under school age: kindergarten is for children from one to five.
      const preschool = person.birthDate === null || ageOn(person.birthDate, record.receivedDate) < 6;
      if (record.rightsRequested.includes('barnekoordinator')) expect(child, where).toBe(true);
      if (!child) {
        expect(record.appliedBy, where).not.toBe('guardian');
        expect(
          person.relations.filter((r) => r.parentalResponsibility || r.relation === 'guardian'),
          where,
        ).toEqual([]);
        for (const m of stepsOf(record, 'mapping')) {
          expect(m.childParticipated, where).toBe(false);
          expect(m.participants, where).not.toMatch(/foresatte/i);
        }
      }
      // The young person consents from the own-consent age; a guardian consents for a younger child.
      for (const c of stepsOf(record, 'consent')) {
        const own = person.birthDate !== null && ageOn(person.birthDate, c.date) >= rules.ownConsentAge;
        expect(c.givenBy, `${where}, consent of ${c.date}`).toBe(own ? 'person' : 'guardian');
      }
      if (!preschool) {
        expect(
          record.services.filter((s) => kindergarten(s.serviceUnitId)),
          where,
        ).toEqual([]);
        for (const a of caseAppointments(db, id)) {
          const unit = all<{ u: number }>(
            db,
            `SELECT service_unit_id AS u FROM coordinators WHERE id = ${a.coordinatorId}`,
          )[0]!.u;
          expect(kindergarten(unit), `${where}, appointment ${a.id}`).toBe(false);
        }
      }
      for (const closing of stepsOf(record, 'closing'))
        if (closing.reason === 'turned18')
          expect(person.birthDate !== null && birthdayAt(person.birthDate, 18) <= closing.date, where).toBe(
            true,
          );
      const plan = findPlan(db, id);
      if (!plan) continue;
      if (!preschool) {
        for (const g of planGoals(db, plan.id)) {
          expect(g.text, where).not.toMatch(/barnehage/i);
          for (const m of g.measures)
            expect(kindergarten(m.serviceUnitId), `${where}, measure ${m.id}`).toBe(false);
        }
        for (const m of planMembers(db, plan.id))
          expect(kindergarten(m.serviceUnitId), `${where}, member ${m.id}`).toBe(false);
      }
      if (!child)
        for (const m of planMembers(db, plan.id))
          expect(m.role, `${where}, member ${m.id}`).not.toBe('foresatt');
    }
  });

  it('names a mother with a woman’s name and a father with a man’s, and no two coordinators alike', () => {
    const { db } = opened;
    const gendered: Record<string, 'female' | 'male'> = {
      mother: 'female',
      father: 'male',
      mor: 'female',
      far: 'male',
      søster: 'female',
      bror: 'male',
    };
    const relations = all<{ name: string; relation: string }>(
      db,
      'SELECT name, relation FROM person_relations',
    );
    const members = all<{ name: string; role: string }>(
      db,
      "SELECT name, role FROM plan_members WHERE kind = 'family'",
    );
    expect(relations.filter((r) => r.relation === 'mother').length).toBeGreaterThan(0);
    for (const { name, role } of [
      ...relations.map((r) => ({ name: r.name, role: r.relation })),
      ...members,
    ]) {
      const expected = gendered[role];
      if (expected) expect(genderOf(name), `${role}: ${name}`).toBe(expected);
    }
    const names = listCoordinators(db).map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const staff = all<{ n: string }>(db, 'SELECT display_name AS n FROM users').map((r) => r.n);
    expect(staff.filter((n) => names.includes(n))).toEqual([]);
  });
});

describe('the demo register shows every status and every stage of an appeal', () => {
  const everyStage = [
    'awaitingReassessment',
    'awaitingForwarding',
    'atGovernor',
    ...reassessmentOutcomes.map((o) => `reassessment:${o}`),
    ...governorOutcomes.map((o) => `governor:${o}`),
  ];

  it.each(SEEDS)(
    'has a few cases in each status and each appeal stage at the default size (seed %i)',
    async (seed) => {
      const { dir, db } = await openDemo(seed);
      try {
        const statuses = new Map<string, number>();
        const stages = new Map<string, number>();
        for (const id of ids(db, 'cases')) {
          const record = loadCase(db, id)!;
          const status = caseStatus(record);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          // The stored status the list filters on is the derived one.
          expect(all<{ s: string }>(db, `SELECT status AS s FROM cases WHERE id = ${id}`)[0]!.s).toBe(status);
          for (const s of stagesOfAppeals(record)) stages.set(s, (stages.get(s) ?? 0) + 1);
          // The stages Saker filters by (under treatment, at Statsforvalteren, decided).
          for (const a of stepsOf(record, 'appeal')) {
            const listed = `list:${appealStage(a)}`;
            stages.set(listed, (stages.get(listed) ?? 0) + 1);
          }
        }
        const summary = JSON.stringify({
          statuses: Object.fromEntries(statuses),
          stages: Object.fromEntries(stages),
        });
        for (const status of caseStatuses)
          expect(statuses.get(status) ?? 0, `${status} ${summary}`).toBeGreaterThanOrEqual(2);
        for (const stage of everyStage)
          expect(stages.get(stage) ?? 0, `${stage} ${summary}`).toBeGreaterThanOrEqual(1);
        const pending = ['awaitingReassessment', 'awaitingForwarding', 'atGovernor'];
        for (const stage of [...pending, ...listedAppealStages.map((s) => `list:${s}`)])
          expect(stages.get(stage) ?? 0, `${stage} ${summary}`).toBeGreaterThanOrEqual(2);
      } finally {
        db.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
