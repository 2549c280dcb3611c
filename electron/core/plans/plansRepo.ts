import {
  planPointKeys,
  type Meeting,
  type MeetingFields,
  type Member,
  type MemberFields,
  type Plan,
  type PlanFields,
  type PlanPoint,
  type PlanPointKey,
} from '@shared/domain/plan';

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
