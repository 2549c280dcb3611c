import { bit, byId, type LoadWriter } from './loadWriter';

/**
 * A load's writing of the individual plans: each plan with its points, goals and measures, its
 * members, and its meetings with who of the members took part.
 */
export function writeLoadedPlans(w: LoadWriter): void {
  w.insertRows(
    'plans',
    `INSERT INTO plans (case_id, wanted, tool, tool_reference, period_start, period_end, next_revision_date,
       last_evaluation_date, closed_date, closed_note, recorded_by, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    (v) => [
      w.newId('cases', v.case_id),
      bit(v.wanted),
      v.tool,
      v.tool_reference,
      v.period_start,
      v.period_end,
      v.next_revision_date,
      v.last_evaluation_date,
      v.closed_date,
      v.closed_note,
      v.recorded_by,
      v.recorded_at,
      v.updated_at,
    ],
  );
  w.insertRows(
    'planPoints',
    'INSERT INTO plan_points (plan_id, point, covered, note) VALUES (?, ?, ?, ?)',
    (v) => [w.newId('plans', v.plan_id), v.point, bit(v.covered), v.note],
  );
  w.insertRows(
    'goals',
    `INSERT INTO plan_goals (plan_id, position, text, area, status, target_date, achieved_date)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    (v) => [
      w.newId('plans', v.plan_id),
      v.position,
      v.text,
      v.area,
      v.status,
      v.target_date,
      v.achieved_date,
    ],
  );
  w.insertRows(
    'measures',
    `INSERT INTO plan_measures (goal_id, position, text, service_unit_id, due_date, status) VALUES (?, ?, ?, ?, ?, ?)`,
    (v) => [
      w.newId('goals', v.goal_id),
      v.position,
      v.text,
      w.newId('serviceUnits', v.service_unit_id),
      v.due_date,
      v.status,
    ],
  );
  w.insertRows(
    'members',
    'INSERT INTO plan_members (plan_id, kind, name, role, service_unit_id) VALUES (?, ?, ?, ?, ?)',
    (v) => [w.newId('plans', v.plan_id), v.kind, v.name, v.role, w.newId('serviceUnits', v.service_unit_id)],
  );
  writeMeetings(w);
}

/** The meetings, then their participants, each with the plan of its meeting. */
function writeMeetings(w: LoadWriter): void {
  const { rows } = w.checked;
  const insertMeeting = w.inserter(
    'meetings',
    `INSERT INTO plan_meetings (plan_id, date, kind, other_participants, minutes_written, minutes_reference,
       next_meeting_date, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const planOfMeeting = new Map<number, number>();
  for (const r of byId(rows.meetings)) {
    const v = r.v;
    const planId = w.newId('plans', v.plan_id)!;
    const id = insertMeeting(r, [
      planId,
      v.date,
      v.kind,
      v.other_participants,
      bit(v.minutes_written),
      v.minutes_reference,
      v.next_meeting_date,
      v.recorded_by,
      v.recorded_at,
      v.updated_at,
    ]);
    w.ids.meetings.set(v.id as number, id);
    planOfMeeting.set(id, planId);
  }
  w.insertRows(
    'meetingParticipants',
    'INSERT INTO plan_meeting_participants (meeting_id, member_id, plan_id) VALUES (?, ?, ?)',
    (v) => {
      const meetingId = w.newId('meetings', v.meeting_id)!;
      return [meetingId, w.newId('members', v.member_id), planOfMeeting.get(meetingId)];
    },
  );
}
