import {
  planPointKeys,
  type Goal,
  type GoalFields,
  type Measure,
  type MeasureFields,
  type Meeting,
  type MeetingFields,
  type Member,
  type MemberFields,
  type Plan,
  type PlanFields,
  type PlanPoint,
  type PlanPointKey,
} from '../../../shared/domain/plan';
import type { Db } from '../storage/database';

interface StoredPlan {
  id: number;
  case_id: number;
  wanted: number;
  tool: Plan['tool'];
  tool_reference: string;
  period_start: string | null;
  period_end: string | null;
  next_revision_date: string | null;
  last_evaluation_date: string | null;
  closed_date: string | null;
  closed_note: string;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
}

export const toPlan = (r: StoredPlan): Plan => ({
  id: r.id,
  caseId: r.case_id,
  wanted: r.wanted === 1,
  tool: r.tool,
  toolReference: r.tool_reference,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  nextRevisionDate: r.next_revision_date,
  lastEvaluationDate: r.last_evaluation_date,
  closedDate: r.closed_date,
  closedNote: r.closed_note,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
  updatedAt: r.updated_at,
});

const PLAN_COLUMNS = `p.id, p.case_id, p.wanted, p.tool, p.tool_reference, p.period_start, p.period_end,
  p.next_revision_date, p.last_evaluation_date, p.closed_date, p.closed_note, p.recorded_by,
  p.recorded_at, p.updated_at`;

export function findPlan(db: Db, caseId: number): Plan | null {
  const r = db.prepare(`SELECT ${PLAN_COLUMNS} FROM plans p WHERE p.case_id = ?`).get(caseId) as
    StoredPlan | undefined;
  return r ? toPlan(r) : null;
}

const planParams = (p: PlanFields) => ({
  wanted: p.wanted ? 1 : 0,
  tool: p.tool,
  toolReference: p.toolReference,
  periodStart: p.periodStart,
  periodEnd: p.periodEnd,
  nextRevisionDate: p.nextRevisionDate,
  lastEvaluationDate: p.lastEvaluationDate,
  closedDate: p.closedDate,
  closedNote: p.closedNote,
});

export function insertPlan(db: Db, caseId: number, p: PlanFields, by: string, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO plans (case_id, wanted, tool, tool_reference, period_start, period_end,
         next_revision_date, last_evaluation_date, closed_date, closed_note, recorded_by, recorded_at, updated_at)
       VALUES (@caseId, @wanted, @tool, @toolReference, @periodStart, @periodEnd, @nextRevisionDate,
         @lastEvaluationDate, @closedDate, @closedNote, @by, @at, @at)`,
    )
    .run({ caseId, ...planParams(p), by, at });
  return Number(lastInsertRowid);
}

export function updatePlan(db: Db, id: number, p: PlanFields, at: string): void {
  db.prepare(
    `UPDATE plans SET wanted = @wanted, tool = @tool, tool_reference = @toolReference,
       period_start = @periodStart, period_end = @periodEnd, next_revision_date = @nextRevisionDate,
       last_evaluation_date = @lastEvaluationDate, closed_date = @closedDate, closed_note = @closedNote,
       updated_at = @at
     WHERE id = @id`,
  ).run({ ...planParams(p), at, id });
}

export function touchPlan(db: Db, id: number, at: string): void {
  db.prepare('UPDATE plans SET updated_at = ? WHERE id = ?').run(at, id);
}

/** All nine points in the regulation's order; one not recorded is not covered. */
export function planPoints(db: Db, planId: number | null): PlanPoint[] {
  const stored =
    planId === null
      ? []
      : (db.prepare('SELECT point, covered, note FROM plan_points WHERE plan_id = ?').all(planId) as {
          point: PlanPointKey;
          covered: number;
          note: string;
        }[]);
  const byKey = new Map(stored.map((r) => [r.point, r]));
  return planPointKeys.map((key) => {
    const r = byKey.get(key);
    return { key, covered: r?.covered === 1, note: r?.note ?? '' };
  });
}

export function replacePoints(db: Db, planId: number, points: readonly PlanPoint[]): void {
  db.prepare('DELETE FROM plan_points WHERE plan_id = ?').run(planId);
  const insert = db.prepare('INSERT INTO plan_points (plan_id, point, covered, note) VALUES (?, ?, ?, ?)');
  for (const p of points) insert.run(planId, p.key, p.covered ? 1 : 0, p.note);
}

interface StoredGoal {
  id: number;
  plan_id: number;
  position: number;
  text: string;
  area: Goal['area'];
  status: Goal['status'];
  target_date: string | null;
  achieved_date: string | null;
}

interface StoredMeasure {
  id: number;
  goal_id: number;
  position: number;
  text: string;
  service_unit_id: number | null;
  service_unit_name: string | null;
  due_date: string | null;
  status: Measure['status'];
}

const toMeasure = (r: StoredMeasure): Measure => ({
  id: r.id,
  goalId: r.goal_id,
  position: r.position,
  text: r.text,
  serviceUnitId: r.service_unit_id,
  serviceUnitName: r.service_unit_name,
  dueDate: r.due_date,
  status: r.status,
});

const toGoal = (r: StoredGoal, measures: Measure[]): Goal => ({
  id: r.id,
  position: r.position,
  text: r.text,
  area: r.area,
  status: r.status,
  targetDate: r.target_date,
  achievedDate: r.achieved_date,
  measures,
});

const MEASURE_SELECT = `SELECT m.*, s.name AS service_unit_name
  FROM plan_measures m LEFT JOIN service_units s ON s.id = m.service_unit_id`;

/** Goals of the plans given (all when none is given), in order, each with its measures in order. */
export function loadGoals(db: Db, planId?: number): Map<number, Goal[]> {
  const goals = (
    planId === undefined
      ? db.prepare('SELECT * FROM plan_goals ORDER BY plan_id, position').all()
      : db.prepare('SELECT * FROM plan_goals WHERE plan_id = ? ORDER BY position').all(planId)
  ) as StoredGoal[];
  const measures = (
    planId === undefined
      ? db.prepare(`${MEASURE_SELECT} ORDER BY m.goal_id, m.position`).all()
      : db
          .prepare(
            `${MEASURE_SELECT} WHERE m.goal_id IN (SELECT id FROM plan_goals WHERE plan_id = ?)
             ORDER BY m.goal_id, m.position`,
          )
          .all(planId)
  ) as StoredMeasure[];
  const byGoal = new Map<number, Measure[]>();
  for (const m of measures) {
    const list = byGoal.get(m.goal_id);
    if (list) list.push(toMeasure(m));
    else byGoal.set(m.goal_id, [toMeasure(m)]);
  }
  const byPlan = new Map<number, Goal[]>();
  for (const g of goals) {
    const goal = toGoal(g, byGoal.get(g.id) ?? []);
    const list = byPlan.get(g.plan_id);
    if (list) list.push(goal);
    else byPlan.set(g.plan_id, [goal]);
  }
  return byPlan;
}

export function planGoals(db: Db, planId: number | null): Goal[] {
  return planId === null ? [] : (loadGoals(db, planId).get(planId) ?? []);
}

const goalParams = (g: GoalFields) => ({
  text: g.text,
  area: g.area,
  status: g.status,
  targetDate: g.targetDate,
  achievedDate: g.achievedDate,
});

/** A new goal goes last. */
export function insertGoal(db: Db, planId: number, g: GoalFields): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO plan_goals (plan_id, position, text, area, status, target_date, achieved_date)
       VALUES (@planId, (SELECT count(*) FROM plan_goals WHERE plan_id = @planId), @text, @area, @status,
         @targetDate, @achievedDate)`,
    )
    .run({ planId, ...goalParams(g) });
  return Number(lastInsertRowid);
}

export function updateGoal(db: Db, id: number, g: GoalFields): void {
  db.prepare(
    `UPDATE plan_goals SET text = @text, area = @area, status = @status, target_date = @targetDate,
       achieved_date = @achievedDate WHERE id = @id`,
  ).run({ ...goalParams(g), id });
}

/** Removes a goal (its measures go with it) and closes the gap in the order. */
export function deleteGoal(db: Db, planId: number, id: number): void {
  db.prepare('DELETE FROM plan_goals WHERE id = ?').run(id);
  renumber(db, 'plan_goals', 'plan_id', planId);
}

/** Positions 0, 1, 2, ... in the present order: a removal leaves no gap. */
function renumber(db: Db, table: 'plan_goals' | 'plan_measures', parent: string, parentId: number): void {
  const ids = db
    .prepare(`SELECT id FROM ${table} WHERE ${parent} = ? ORDER BY position, id`)
    .all(parentId) as { id: number }[];
  const set = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  ids.forEach((r, i) => set.run(i, r.id));
}

/** Swaps the positions of two rows of the same table. */
export function swapPositions(
  db: Db,
  table: 'plan_goals' | 'plan_measures',
  a: { id: number; position: number },
  b: { id: number; position: number },
): void {
  const set = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  set.run(b.position, a.id);
  set.run(a.position, b.id);
}

const measureParams = (m: MeasureFields) => ({
  text: m.text,
  serviceUnitId: m.serviceUnitId,
  dueDate: m.dueDate,
  status: m.status,
});

export function insertMeasure(db: Db, goalId: number, m: MeasureFields): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO plan_measures (goal_id, position, text, service_unit_id, due_date, status)
       VALUES (@goalId, (SELECT count(*) FROM plan_measures WHERE goal_id = @goalId), @text, @serviceUnitId,
         @dueDate, @status)`,
    )
    .run({ goalId, ...measureParams(m) });
  return Number(lastInsertRowid);
}

export function updateMeasure(db: Db, id: number, m: MeasureFields): void {
  db.prepare(
    `UPDATE plan_measures SET text = @text, service_unit_id = @serviceUnitId, due_date = @dueDate,
       status = @status WHERE id = @id`,
  ).run({ ...measureParams(m), id });
}

export function deleteMeasure(db: Db, goalId: number, id: number): void {
  db.prepare('DELETE FROM plan_measures WHERE id = ?').run(id);
  renumber(db, 'plan_measures', 'goal_id', goalId);
}

interface StoredMember {
  id: number;
  kind: Member['kind'];
  name: string;
  role: string;
  service_unit_id: number | null;
  service_unit_name: string | null;
}

/** The responsibility group: service members first, then family, each by name. */
export function planMembers(db: Db, planId: number | null): Member[] {
  if (planId === null) return [];
  const rows = db
    .prepare(
      `SELECT m.id, m.kind, m.name, m.role, m.service_unit_id, s.name AS service_unit_name
       FROM plan_members m LEFT JOIN service_units s ON s.id = m.service_unit_id
       WHERE m.plan_id = ? ORDER BY m.kind DESC, m.name, m.id`,
    )
    .all(planId) as StoredMember[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    role: r.role,
    serviceUnitId: r.service_unit_id,
    serviceUnitName: r.service_unit_name,
  }));
}

const memberParams = (m: MemberFields) => ({
  kind: m.kind,
  name: m.name,
  role: m.role,
  serviceUnitId: m.serviceUnitId,
});

export function insertMember(db: Db, planId: number, m: MemberFields): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO plan_members (plan_id, kind, name, role, service_unit_id)
       VALUES (@planId, @kind, @name, @role, @serviceUnitId)`,
    )
    .run({ planId, ...memberParams(m) });
  return Number(lastInsertRowid);
}

export function updateMember(db: Db, id: number, m: MemberFields): void {
  db.prepare(
    'UPDATE plan_members SET kind = @kind, name = @name, role = @role, service_unit_id = @serviceUnitId WHERE id = @id',
  ).run({ ...memberParams(m), id });
}

export function deleteMember(db: Db, id: number): void {
  db.prepare('DELETE FROM plan_members WHERE id = ?').run(id);
}

export function memberInMeetings(db: Db, memberId: number): boolean {
  return (
    db.prepare('SELECT 1 FROM plan_meeting_participants WHERE member_id = ? LIMIT 1').get(memberId) !==
    undefined
  );
}

interface StoredMeeting {
  id: number;
  plan_id: number;
  date: string;
  kind: Meeting['kind'];
  other_participants: string;
  minutes_written: number;
  minutes_reference: string;
  next_meeting_date: string | null;
}

const toMeeting = (r: StoredMeeting, participantIds: number[]): Meeting => ({
  id: r.id,
  date: r.date,
  kind: r.kind,
  participantIds,
  otherParticipants: r.other_participants,
  minutesWritten: r.minutes_written === 1,
  minutesReference: r.minutes_reference,
  nextMeetingDate: r.next_meeting_date,
});

const MEETING_COLUMNS =
  'id, plan_id, date, kind, other_participants, minutes_written, minutes_reference, next_meeting_date';

/** A plan's meetings, newest first, with who took part. */
export function planMeetings(db: Db, planId: number | null): Meeting[] {
  if (planId === null) return [];
  const rows = db
    .prepare(`SELECT ${MEETING_COLUMNS} FROM plan_meetings WHERE plan_id = ? ORDER BY date DESC, id DESC`)
    .all(planId) as StoredMeeting[];
  const participants = db
    .prepare(
      `SELECT p.meeting_id, p.member_id FROM plan_meeting_participants p
       JOIN plan_meetings m ON m.id = p.meeting_id WHERE m.plan_id = ? ORDER BY p.member_id`,
    )
    .all(planId) as { meeting_id: number; member_id: number }[];
  const byMeeting = new Map<number, number[]>();
  for (const p of participants)
    byMeeting.set(p.meeting_id, [...(byMeeting.get(p.meeting_id) ?? []), p.member_id]);
  return rows.map((r) => toMeeting(r, byMeeting.get(r.id) ?? []));
}

const meetingParams = (m: MeetingFields) => ({
  date: m.date,
  kind: m.kind,
  otherParticipants: m.otherParticipants,
  minutesWritten: m.minutesWritten ? 1 : 0,
  minutesReference: m.minutesReference,
  nextMeetingDate: m.nextMeetingDate,
});

export function insertMeeting(db: Db, planId: number, m: MeetingFields, by: string, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO plan_meetings (plan_id, date, kind, other_participants, minutes_written,
         minutes_reference, next_meeting_date, recorded_by, recorded_at, updated_at)
       VALUES (@planId, @date, @kind, @otherParticipants, @minutesWritten, @minutesReference,
         @nextMeetingDate, @by, @at, @at)`,
    )
    .run({ planId, ...meetingParams(m), by, at });
  const id = Number(lastInsertRowid);
  setParticipants(db, id, m.participantIds);
  return id;
}

export function updateMeeting(db: Db, id: number, m: MeetingFields, at: string): void {
  db.prepare(
    `UPDATE plan_meetings SET date = @date, kind = @kind, other_participants = @otherParticipants,
       minutes_written = @minutesWritten, minutes_reference = @minutesReference,
       next_meeting_date = @nextMeetingDate, updated_at = @at WHERE id = @id`,
  ).run({ ...meetingParams(m), at, id });
  setParticipants(db, id, m.participantIds);
}

function setParticipants(db: Db, meetingId: number, memberIds: readonly number[]): void {
  db.prepare('DELETE FROM plan_meeting_participants WHERE meeting_id = ?').run(meetingId);
  const insert = db.prepare(
    `INSERT INTO plan_meeting_participants (meeting_id, member_id, plan_id)
     SELECT id, ?, plan_id FROM plan_meetings WHERE id = ?`,
  );
  for (const m of memberIds) insert.run(m, meetingId);
}

export function deleteMeeting(db: Db, id: number): void {
  db.prepare('DELETE FROM plan_meetings WHERE id = ?').run(id);
}
