import {
  goalStatuses,
  lifeAreas,
  measureStatuses,
  meetingKinds,
  memberKinds,
  planPointKeys,
  planTools,
} from '@shared/domain/plan';

import {
  caseNumber,
  code,
  date,
  flag,
  id,
  integer,
  recorded,
  ref,
  text,
  type SheetDef,
} from './exportColumns';

/**
 * The export's sheets of the individual plans: each plan with its points, goals, measures and
 * members, and its meetings with who of the members took part.
 */

export const PLAN_SHEETS: readonly SheetDef[] = [
  {
    key: 'plans',
    loaded: true,
    hasId: true,
    sql: `SELECT p.id, p.case_id, c.case_number, p.wanted, p.tool, p.tool_reference, p.period_start,
            p.period_end, p.next_revision_date, p.last_evaluation_date, p.closed_date, p.closed_note,
            p.recorded_by, p.recorded_at, p.updated_at
          FROM plans p JOIN cases c ON c.id = p.case_id ORDER BY p.id`,
    columns: [
      id,
      ref('case_id', 'cases'),
      caseNumber,
      flag('wanted'),
      code('tool', planTools, true),
      text('tool_reference'),
      date('period_start', true),
      date('period_end', true),
      date('next_revision_date', true),
      date('last_evaluation_date', true),
      date('closed_date', true),
      text('closed_note'),
      ...recorded,
    ],
  },
  {
    key: 'planPoints',
    loaded: true,
    hasId: false,
    sql: `SELECT plan_id, point, covered, note FROM plan_points ORDER BY plan_id, point`,
    columns: [ref('plan_id', 'plans'), code('point', planPointKeys), flag('covered'), text('note')],
  },
  {
    key: 'goals',
    loaded: true,
    hasId: true,
    sql: `SELECT id, plan_id, position, text, area, status, target_date, achieved_date FROM plan_goals ORDER BY id`,
    columns: [
      id,
      ref('plan_id', 'plans'),
      integer('position'),
      text('text', { required: true, anonymisable: true }),
      code('area', lifeAreas),
      code('status', goalStatuses),
      date('target_date', true),
      date('achieved_date', true),
    ],
  },
  {
    key: 'measures',
    loaded: true,
    hasId: true,
    sql: `SELECT id, goal_id, position, text, service_unit_id, due_date, status FROM plan_measures ORDER BY id`,
    columns: [
      id,
      ref('goal_id', 'goals'),
      integer('position'),
      text('text', { required: true, anonymisable: true }),
      ref('service_unit_id', 'serviceUnits', true),
      date('due_date', true),
      code('status', measureStatuses),
    ],
  },
  {
    key: 'members',
    loaded: true,
    hasId: true,
    sql: `SELECT id, plan_id, kind, name, role, service_unit_id FROM plan_members ORDER BY id`,
    columns: [
      id,
      ref('plan_id', 'plans'),
      code('kind', memberKinds),
      text('name', { required: true, anonymisable: true }),
      text('role'),
      ref('service_unit_id', 'serviceUnits', true),
    ],
  },
  {
    key: 'meetings',
    loaded: true,
    hasId: true,
    sql: `SELECT id, plan_id, date, kind, other_participants, minutes_written, minutes_reference,
            next_meeting_date, recorded_by, recorded_at, updated_at FROM plan_meetings ORDER BY id`,
    columns: [
      id,
      ref('plan_id', 'plans'),
      date('date'),
      code('kind', meetingKinds),
      text('other_participants'),
      flag('minutes_written'),
      text('minutes_reference'),
      date('next_meeting_date', true),
      ...recorded,
    ],
  },
  {
    key: 'meetingParticipants',
    loaded: true,
    hasId: false,
    sql: `SELECT meeting_id, member_id FROM plan_meeting_participants ORDER BY meeting_id, member_id`,
    columns: [ref('meeting_id', 'meetings'), ref('member_id', 'members')],
  },
];
